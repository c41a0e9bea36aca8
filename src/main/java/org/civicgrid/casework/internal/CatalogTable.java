package org.civicgrid.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.civicgrid.casework.AssigneeLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalog's table {@code case_category}, in catalog order (position). */
@Repository
class CatalogTable {

	private final JdbcClient jdbc;

	CatalogTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CategoryDefinition> all() {
		return jdbc.sql("select * from case_category order by position, code").query(CatalogTable::definition).list();
	}

	Optional<CategoryDefinition> find(String code) {
		return jdbc.sql("select * from case_category where code = :code").param("code", code)
			.query(CatalogTable::definition).optional();
	}

	boolean isEmpty() {
		return !jdbc.sql("select exists(select 1 from case_category)").query(Boolean.class).single();
	}

	/** Inserts or replaces the class; a new one goes last. Two nodes seeding at once insert each code once. */
	void save(CategoryDefinition d, Instant at) {
		jdbc.sql("""
				insert into case_category (code, kind, big_code, big_name, small_code, small_name, filing_standard,
				    time_limit, closing_standard, responsible_units, escalate_to, position, updated_at)
				values (:code, :kind, :big, :bigName, :small, :smallName, :filing, :limit, :closing, :units, :escalate,
				    (select coalesce(max(position), 0) + 1 from case_category), :at)
				on conflict (code) do update set big_name = excluded.big_name, small_name = excluded.small_name,
				    filing_standard = excluded.filing_standard, time_limit = excluded.time_limit,
				    closing_standard = excluded.closing_standard, responsible_units = excluded.responsible_units,
				    escalate_to = excluded.escalate_to, updated_at = excluded.updated_at""")
			.param("code", d.code())
			.param("kind", d.code().startsWith("C") ? "COMPONENT" : "EVENT")
			.param("big", d.code().substring(1, 3))
			.param("bigName", d.bigName())
			.param("small", d.code().substring(3, 5))
			.param("smallName", d.smallName())
			.param("filing", d.filingStandard())
			.param("limit", d.timeLimit())
			.param("closing", d.closingStandard())
			.param("units", String.join(",", d.responsibleUnits()))
			.param("escalate", d.escalateTo() == null ? null : d.escalateTo().name())
			.param("at", Timestamp.from(at))
			.update();
		// a big class has one name: renaming it in one small class renames it in all
		jdbc.sql("update case_category set big_name = :bigName where kind = :kind and big_code = :big and big_name <> :bigName")
			.param("bigName", d.bigName())
			.param("kind", d.code().startsWith("C") ? "COMPONENT" : "EVENT")
			.param("big", d.code().substring(1, 3))
			.update();
	}

	private static CategoryDefinition definition(ResultSet rs, int row) throws SQLException {
		String units = rs.getString("responsible_units");
		String escalate = rs.getString("escalate_to");
		return new CategoryDefinition(rs.getString("code"), rs.getString("big_name"), rs.getString("small_name"),
				rs.getString("filing_standard"), rs.getString("time_limit"), rs.getString("closing_standard"),
				units.isBlank() ? List.of() : Arrays.asList(units.split(",")),
				escalate == null ? null : AssigneeLevel.valueOf(escalate));
	}
}
