package org.civicgrid.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The household and household_member tables. */
@Repository
class StoredHouseholds {

	/** A household row without its members. */
	record Row(long id, String number, String gridCode, Long houseId, Long headPersonId, String address,
			int version) {
	}

	/** One member: the person and the relation to the head, in list order. */
	record Member(long personId, String relation) {
	}

	private final JdbcClient jdbc;

	StoredHouseholds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Row> find(long id) {
		return jdbc.sql("select * from household where id = :id").param("id", id).query(StoredHouseholds::row)
			.optional();
	}

	Optional<Row> findByNumber(String number) {
		return jdbc.sql("select * from household where number = :n").param("n", number).query(StoredHouseholds::row)
			.optional();
	}

	Optional<Long> householdOf(long personId) {
		return jdbc.sql("select household_id from household_member where person_id = :p").param("p", personId)
			.query(Long.class).optional();
	}

	List<Row> ofHouse(long houseId) {
		return jdbc.sql("select * from household where house_id = :h order by number").param("h", houseId)
			.query(StoredHouseholds::row).list();
	}

	List<Member> members(long householdId) {
		return jdbc.sql("select person_id, relation from household_member where household_id = :h order by position")
			.param("h", householdId).query((rs, i) -> new Member(rs.getLong(1), rs.getString(2))).list();
	}

	long insert(Row r, Instant now) {
		return jdbc.sql("""
				insert into household (number, grid_code, house_id, head_person_id, address, created_at, updated_at)
				values (:number, :grid, :house, :head, :address, :now, :now) returning id""")
			.params(params(r)).param("now", Timestamp.from(now)).query(Long.class).single();
	}

	void update(long id, Row r, Instant now) {
		jdbc.sql("""
				update household set grid_code = :grid, house_id = :house, head_person_id = :head, address = :address,
				  updated_at = :now, version = version + 1
				where id = :id""")
			.params(params(r)).param("id", id).param("now", Timestamp.from(now)).update();
	}

	void replaceMembers(long householdId, List<Member> members) {
		jdbc.sql("delete from household_member where household_id = :h").param("h", householdId).update();
		for (int i = 0; i < members.size(); i++) {
			jdbc.sql("""
					insert into household_member (household_id, person_id, relation, position)
					values (:h, :p, :r, :i)""")
				.param("h", householdId).param("p", members.get(i).personId()).param("r", members.get(i).relation())
				.param("i", i).update();
		}
	}

	/** What a household list is filtered by, checked: the scope, part of the number or address, a region prefix. */
	record Filter(String scopePattern, String text, String regionPattern) {

		String where(Map<String, Object> params) {
			StringBuilder where = new StringBuilder(" where hh.grid_code like :scope");
			params.put("scope", scopePattern);
			if (text != null) {
				where.append(" and (hh.number like :text or hh.address like :text)");
				params.put("text", "%" + PeopleCriteria.escapeLike(text) + "%");
			}
			if (regionPattern != null) {
				where.append(" and hh.grid_code like :region");
				params.put("region", regionPattern);
			}
			return where.toString();
		}
	}

	/** The list's order, which its export keeps. */
	static final String ORDER = " order by hh.number";

	Paged<Row> search(Filter filter, PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		String order = RegistrySorts.HOUSEHOLDS.orderBy(page.sort());
		return Queries.page(jdbc, "household hh", "select hh.* from household hh", filter.where(params), order, params,
				StoredHouseholds::row, page);
	}

	/**
	 * Every household of the filter in the list's order with its house's key and its members in list order: names,
	 * relations and the sealed ID numbers (base64), for an export's cursor.
	 */
	static String exportSql(Filter filter, Map<String, Object> params) {
		return """
				select hh.number, hh.grid_code, hh.address, h.building_code, h.unit, h.floor, h.room,
				       m.names, m.relations, m.id_numbers
				from household hh
				left join house h on h.id = hh.house_id
				left join lateral (
				  select array_agg(p.name order by hm.position) as names,
				         array_agg(hm.relation order by hm.position) as relations,
				         array_agg(encode(p.id_number_sealed, 'base64') order by hm.position) as id_numbers
				  from household_member hm join person p on p.id = hm.person_id
				  where hm.household_id = hh.id) m on true""" + filter.where(params) + ORDER;
	}

	long count(String pattern) {
		return jdbc.sql("select count(*) from household where grid_code like :p").param("p", pattern)
			.query(Long.class).single();
	}

	private static Map<String, Object> params(Row r) {
		Map<String, Object> p = new HashMap<>();
		p.put("number", r.number());
		p.put("grid", r.gridCode());
		p.put("house", r.houseId());
		p.put("head", r.headPersonId());
		p.put("address", r.address());
		return p;
	}

	private static Row row(ResultSet rs, int i) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("number"), rs.getString("grid_code"),
				(Long) rs.getObject("house_id"), (Long) rs.getObject("head_person_id"), rs.getString("address"),
				rs.getInt("version"));
	}
}
