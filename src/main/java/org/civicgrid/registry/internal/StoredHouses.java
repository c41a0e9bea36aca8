package org.civicgrid.registry.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civicgrid.registry.HouseView;
import org.civicgrid.registry.Occupancy;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The house table; each house comes with how many household members live in it. */
@Repository
class StoredHouses {

	/** A checked house, in canonical form. */
	record Data(String buildingCode, String gridCode, int unit, int floor, String room, Occupancy occupancy,
			BigDecimal area, String use, String address) {

		Map<String, Object> fields() {
			Map<String, Object> f = new LinkedHashMap<>();
			f.put("buildingCode", buildingCode);
			f.put("unit", unit);
			f.put("floor", floor);
			f.put("room", room);
			f.put("occupancy", occupancy);
			f.put("area", area == null ? null : area.stripTrailingZeros().toPlainString());
			f.put("use", use);
			f.put("address", address);
			return f;
		}

		static Data of(HouseView v) {
			return new Data(v.buildingCode(), v.gridCode(), v.unit(), v.floor(), v.room(), v.occupancy(), v.area(),
					v.use(), v.address());
		}
	}

	private static final String SELECT = """
			select h.*, (select count(*) from household_member m join household hh on hh.id = m.household_id
			             where hh.house_id = h.id) as residents
			from house h""";

	private final JdbcClient jdbc;

	StoredHouses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<HouseView> find(long id) {
		return jdbc.sql(SELECT + " where h.id = :id").param("id", id).query(StoredHouses::row).optional();
	}

	Optional<HouseView> findByKey(String building, int unit, int floor, String room) {
		return jdbc.sql(SELECT + " where h.building_code = :b and h.unit = :u and h.floor = :f and h.room = :r")
			.param("b", building).param("u", unit).param("f", floor).param("r", room)
			.query(StoredHouses::row).optional();
	}

	long insert(Data d, Instant now) {
		return jdbc.sql("""
				insert into house (building_code, grid_code, unit, floor, room, occupancy, area, use, address,
				  created_at, updated_at)
				values (:building, :grid, :unit, :floor, :room, :occupancy, :area, :use, :address, :now, :now)
				returning id""")
			.params(params(d)).param("now", Timestamp.from(now)).query(Long.class).single();
	}

	void update(long id, Data d, Instant now) {
		jdbc.sql("""
				update house set occupancy = :occupancy, area = :area, use = :use, address = :address,
				  updated_at = :now, version = version + 1
				where id = :id""")
			.params(params(d)).param("id", id).param("now", Timestamp.from(now)).update();
	}

	/** A building's houses by unit, floor from the top, room. */
	List<HouseView> ofBuilding(String building) {
		return jdbc.sql(SELECT + " where h.building_code = :b order by h.unit, h.floor desc, h.room")
			.param("b", building).query(StoredHouses::row).list();
	}

	/**
	 * What a house list is filtered by, already checked: the caller's scope, an address substring, a building, an
	 * occupancy and a region prefix (of the building code); null criteria are ignored.
	 */
	record Filter(String scopePattern, String address, String building, Occupancy occupancy, String regionPattern) {

		String where(Map<String, Object> params) {
			StringBuilder where = new StringBuilder(" where h.grid_code like :scope");
			params.put("scope", scopePattern);
			if (address != null) {
				where.append(" and h.address like :address");
				params.put("address", "%" + PeopleCriteria.escapeLike(address) + "%");
			}
			if (building != null) {
				where.append(" and h.building_code = :building");
				params.put("building", building);
			}
			if (occupancy != null) {
				where.append(" and h.occupancy = :occupancy");
				params.put("occupancy", occupancy.name());
			}
			if (regionPattern != null) {
				where.append(" and h.building_code like :region");
				params.put("region", regionPattern);
			}
			return where.toString();
		}
	}

	/** The list's order, which its export keeps. */
	static final String ORDER = " order by h.building_code, h.unit, h.floor, h.room, h.id";

	Paged<HouseView> search(Filter filter, PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		String order = RegistrySorts.HOUSES.orderBy(page.sort());
		return Queries.page(jdbc, "house h", SELECT, filter.where(params), order, params, StoredHouses::row, page);
	}

	/** Every house of the filter in the list's order, for an export's cursor. */
	static String exportSql(Filter filter, Map<String, Object> params) {
		return SELECT + filter.where(params) + ORDER;
	}

	/** Houses per occupancy under a region prefix, every occupancy present. */
	Map<Occupancy, Long> countByOccupancy(String pattern) {
		Map<Occupancy, Long> counts = new EnumMap<>(Occupancy.class);
		for (Occupancy o : Occupancy.values()) {
			counts.put(o, 0L);
		}
		jdbc.sql("select occupancy, count(*) from house where grid_code like :p group by occupancy")
			.param("p", pattern)
			.query(rs -> {
				counts.put(Occupancy.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return counts;
	}

	private static Map<String, Object> params(Data d) {
		Map<String, Object> p = new HashMap<>();
		p.put("building", d.buildingCode());
		p.put("grid", d.gridCode());
		p.put("unit", d.unit());
		p.put("floor", d.floor());
		p.put("room", d.room());
		p.put("occupancy", d.occupancy().name());
		p.put("area", d.area());
		p.put("use", d.use());
		p.put("address", d.address());
		return p;
	}

	static HouseView row(ResultSet rs, int i) throws SQLException {
		return new HouseView(rs.getLong("id"), rs.getString("building_code"), rs.getString("grid_code"),
				rs.getInt("unit"), rs.getInt("floor"), rs.getString("room"),
				Occupancy.valueOf(rs.getString("occupancy")), rs.getBigDecimal("area"), rs.getString("use"),
				rs.getString("address"), rs.getInt("residents"), rs.getInt("version"));
	}
}
