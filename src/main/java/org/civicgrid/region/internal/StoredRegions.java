package org.civicgrid.region.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civicgrid.region.RegionSummary;
import org.civicgrid.region.StaffDuty;
import org.civicgrid.region.StaffMember;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The region, region_staff and region_revision tables. */
@Repository
class StoredRegions {

	private static final String COLUMNS = """
			code, name, level, parent_code, boundary::text as boundary, centroid_lat, centroid_lng, households,
			population, ab_partner_code""";

	private final JdbcClient jdbc;

	StoredRegions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(String code) {
		return jdbc.sql("select exists(select 1 from region where code = :c)").param("c", code).query(Boolean.class).single();
	}

	Optional<RegionRow> find(String code) {
		return jdbc.sql("select " + COLUMNS + " from region where code = :c").param("c", code).query(StoredRegions::row).optional();
	}

	/** The regions above a code, from the district down. */
	List<RegionSummary> ancestors(String code) {
		List<String> prefixes = new ArrayList<>();
		for (var p = RegionCode.of(code).parent(); p.isPresent(); p = p.get().parent()) {
			prefixes.add(p.get().value());
		}
		if (prefixes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select code, name, level from region where code in (:codes) order by length(code)")
			.param("codes", prefixes)
			.query((rs, i) -> new RegionSummary(rs.getString(1), rs.getString(2), RegionLevel.valueOf(rs.getString(3))))
			.list();
	}

	/** Sets every region's households and population to the given counters, zero where none is given. */
	void replaceCounters(List<org.civicgrid.region.PopulationCounter> counters) {
		jdbc.sql("update region set households = 0, population = 0 where households <> 0 or population <> 0").update();
		for (org.civicgrid.region.PopulationCounter c : counters) {
			jdbc.sql("update region set households = :h, population = :p where code = :c")
				.param("h", c.households()).param("p", c.population()).param("c", c.code()).update();
		}
	}

	int childCount(String code) {
		return jdbc.sql("select count(*) from region where parent_code = :c").param("c", code).query(Integer.class).single();
	}

	/** Every region under a prefix (itself included) whose code is at most {@code maxLength} long, in code order. */
	List<RegionRow> subtree(String prefix, int maxLength) {
		return jdbc.sql("select " + COLUMNS + " from region where code like :p and length(code) <= :len order by code")
			.param("p", prefix + "%").param("len", maxLength)
			.query(StoredRegions::row).list();
	}

	/** The codes under a prefix of one length (one level), in code order: an index-only scan of the prefix index. */
	List<String> codesOfLength(String prefix, int length) {
		return jdbc.sql("select code from region where code like :p and length(code) = :len order by code")
			.param("p", prefix + "%").param("len", length).query(String.class).list();
	}

	List<RegionRow> children(String parent) {
		return jdbc.sql("select " + COLUMNS + " from region where parent_code = :p order by code").param("p", parent)
			.query(StoredRegions::row).list();
	}

	List<RegionRow> gridsWithBoundaries() {
		return jdbc.sql("select " + COLUMNS + " from region where level = 'GRID' and boundary is not null order by code")
			.query(StoredRegions::row).list();
	}

	/**
	 * The code, name, level and boundary of every region at one of {@code levels} that has a boundary, in code
	 * order; nothing else is read, so nothing else can reach the public map.
	 */
	List<PublicMap.Shape> shapesAt(List<RegionLevel> levels) {
		return jdbc.sql("""
				select code, name, level, boundary::text as boundary from region
				where level in (:levels) and boundary is not null order by code""")
			.param("levels", levels.stream().map(RegionLevel::name).toList())
			.query((rs, i) -> new PublicMap.Shape(rs.getString("code"), rs.getString("name"),
					RegionLevel.valueOf(rs.getString("level")), rs.getString("boundary")))
			.list();
	}

	/** Inserts or updates a region, keeping the stored boundary when none is given; true when it was new. */
	boolean upsert(String code, String name, RegionLevel level, String boundary, Envelope box, Point centroid) {
		return jdbc.sql("""
				insert into region (code, name, level, parent_code, boundary, min_lng, min_lat, max_lng, max_lat,
				                    centroid_lng, centroid_lat, updated_at)
				values (:code, :name, :level, :parent, cast(:boundary as jsonb), :minLng, :minLat, :maxLng, :maxLat,
				        :cLng, :cLat, now())
				on conflict (code) do update set name = excluded.name,
				  boundary = coalesce(excluded.boundary, region.boundary),
				  min_lng = coalesce(excluded.min_lng, region.min_lng), min_lat = coalesce(excluded.min_lat, region.min_lat),
				  max_lng = coalesce(excluded.max_lng, region.max_lng), max_lat = coalesce(excluded.max_lat, region.max_lat),
				  centroid_lng = coalesce(excluded.centroid_lng, region.centroid_lng),
				  centroid_lat = coalesce(excluded.centroid_lat, region.centroid_lat),
				  updated_at = now()
				returning (xmax = 0)""")
			.param("code", code).param("name", name).param("level", level.name())
			.param("parent", RegionCode.of(code).parent().map(RegionCode::value).orElse(null)).param("boundary", boundary)
			.param("minLng", box == null ? null : box.getMinX()).param("minLat", box == null ? null : box.getMinY())
			.param("maxLng", box == null ? null : box.getMaxX()).param("maxLat", box == null ? null : box.getMaxY())
			.param("cLng", centroid == null ? null : centroid.getX()).param("cLat", centroid == null ? null : centroid.getY())
			.query(Boolean.class).single();
	}

	void setPartner(String code, String partner) {
		jdbc.sql("update region set ab_partner_code = :p where code = :c").param("p", partner).param("c", code).update();
	}

	/** Unpairs {@code code} from {@code partner}, if that is still its partner. */
	void releasePartner(String code, String partner) {
		jdbc.sql("update region set ab_partner_code = null where code = :c and ab_partner_code = :p")
			.param("c", code).param("p", partner).update();
	}

	List<StaffMember> staff(String code) {
		return jdbc.sql("select duty, name, phone, photo_url from region_staff where region_code = :c order by sort_order, id")
			.param("c", code)
			.query((rs, i) -> member(rs))
			.list();
	}

	/** The staff of every region under a prefix, by region code, in one query (for exports). */
	Map<String, List<StaffMember>> staffUnder(String prefix) {
		Map<String, List<StaffMember>> byRegion = new HashMap<>();
		jdbc.sql("""
				select region_code, duty, name, phone, photo_url from region_staff where region_code like :p
				order by region_code, sort_order, id""")
			.param("p", prefix + "%")
			.query(rs -> {
				byRegion.computeIfAbsent(rs.getString("region_code"), k -> new ArrayList<>()).add(member(rs));
			});
		return byRegion;
	}

	private static StaffMember member(ResultSet rs) throws SQLException {
		return new StaffMember(StaffDuty.valueOf(rs.getString("duty")), rs.getString("name"), rs.getString("phone"),
				rs.getString("photo_url"));
	}

	void replaceStaff(String code, List<StaffMember> staff) {
		jdbc.sql("delete from region_staff where region_code = :c").param("c", code).update();
		int order = 0;
		for (StaffMember member : staff) {
			jdbc.sql("""
					insert into region_staff (region_code, duty, name, phone, photo_url, sort_order)
					values (:c, :duty, :name, :phone, :photo, :order)""")
				.param("c", code).param("duty", member.duty().name()).param("name", member.name().trim())
				.param("phone", member.phone()).param("photo", member.photoUrl()).param("order", order++)
				.update();
		}
	}

	long revision() {
		return jdbc.sql("select revision from region_revision where id = 1").query(Long.class).single();
	}

	void bumpRevision() {
		jdbc.sql("update region_revision set revision = revision + 1 where id = 1").update();
	}

	private static RegionRow row(ResultSet rs, int i) throws SQLException {
		return new RegionRow(rs.getString("code"), rs.getString("name"), RegionLevel.valueOf(rs.getString("level")),
				rs.getString("parent_code"), rs.getString("boundary"), (Double) rs.getObject("centroid_lat"),
				(Double) rs.getObject("centroid_lng"), rs.getInt("households"), rs.getInt("population"),
				rs.getString("ab_partner_code"));
	}
}
