package org.civicgrid.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.civicgrid.registry.ComponentCode;
import org.civicgrid.registry.PartState;
import org.civicgrid.registry.PartView;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The part table. */
@Repository
class StoredParts {

	/** A checked part, in canonical form. */
	record Data(String code, String name, String ownerUnit, String maintainer, PartState state, Double lat,
			Double lng, String gridCode) {

		Map<String, Object> fields() {
			Map<String, Object> f = new LinkedHashMap<>();
			f.put("code", code);
			f.put("name", name);
			f.put("ownerUnit", ownerUnit);
			f.put("maintainer", maintainer);
			f.put("state", state);
			f.put("lat", lat);
			f.put("lng", lng);
			f.put("gridCode", gridCode);
			return f;
		}

		static Data of(PartView v) {
			return new Data(v.code(), v.name(), v.ownerUnit(), v.maintainer(), v.state(), v.lat(), v.lng(),
					v.gridCode());
		}
	}

	private final JdbcClient jdbc;

	StoredParts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PartView> find(long id) {
		return jdbc.sql("select * from part where id = :id").param("id", id).query(StoredParts::row).optional();
	}

	Optional<PartView> findByCode(String code) {
		return jdbc.sql("select * from part where code = :c").param("c", code).query(StoredParts::row).optional();
	}

	long insert(Data d, Instant now) {
		return jdbc.sql("""
				insert into part (code, class_code, name, owner_unit, maintainer, state, lat, lng, grid_code,
				  created_at, updated_at)
				values (:code, :class, :name, :owner, :maintainer, :state, :lat, :lng, :grid, :now, :now)
				returning id""")
			.params(params(d)).param("now", Timestamp.from(now)).query(Long.class).single();
	}

	void update(long id, Data d, Instant now) {
		jdbc.sql("""
				update part set name = :name, owner_unit = :owner, maintainer = :maintainer, state = :state,
				  lat = :lat, lng = :lng, grid_code = :grid, updated_at = :now, version = version + 1
				where id = :id""")
			.params(params(d)).param("id", id).param("now", Timestamp.from(now)).update();
	}

	/**
	 * What a part list is filtered by, checked: the scope, a code prefix, the class code (4 digits), a state and a
	 * region prefix; null criteria are ignored.
	 */
	record Filter(String scopePattern, String codePrefix, String classCode, PartState state, String regionPattern) {

		String where(Map<String, Object> params) {
			StringBuilder where = new StringBuilder(" where grid_code like :scope");
			params.put("scope", scopePattern);
			if (codePrefix != null) {
				where.append(" and code like :code");
				params.put("code", PeopleCriteria.escapeLike(codePrefix) + "%");
			}
			if (classCode != null) {
				where.append(" and class_code = :class");
				params.put("class", classCode);
			}
			if (state != null) {
				where.append(" and state = :state");
				params.put("state", state.name());
			}
			if (regionPattern != null) {
				where.append(" and grid_code like :region");
				params.put("region", regionPattern);
			}
			return where.toString();
		}
	}

	/** The list's order, which its export keeps. */
	static final String ORDER = " order by code";

	Paged<PartView> search(Filter filter, PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		String order = RegistrySorts.PARTS.orderBy(page.sort());
		return Queries.page(jdbc, "part", "select * from part", filter.where(params), order, params, StoredParts::row,
				page);
	}

	/** Every part of the filter in the list's order, for an export's cursor. */
	static String exportSql(Filter filter, Map<String, Object> params) {
		return "select * from part" + filter.where(params) + ORDER;
	}

	long count(String pattern) {
		return jdbc.sql("select count(*) from part where grid_code like :p").param("p", pattern).query(Long.class)
			.single();
	}

	private static Map<String, Object> params(Data d) {
		Map<String, Object> p = new HashMap<>();
		p.put("code", d.code());
		p.put("class", d.code().substring(6, 10));
		p.put("name", d.name());
		p.put("owner", d.ownerUnit());
		p.put("maintainer", d.maintainer());
		p.put("state", d.state().name());
		p.put("lat", d.lat());
		p.put("lng", d.lng());
		p.put("grid", d.gridCode());
		return p;
	}

	static PartView row(ResultSet rs, int i) throws SQLException {
		ComponentCode code = ComponentCode.parse(rs.getString("code"));
		return new PartView(rs.getLong("id"), code.value(), code.classCode(), code.bigClass().label(),
				rs.getString("name"), rs.getString("owner_unit"), rs.getString("maintainer"),
				PartState.valueOf(rs.getString("state")), (Double) rs.getObject("lat"), (Double) rs.getObject("lng"),
				rs.getString("grid_code"), rs.getInt("version"));
	}
}
