package org.civicgrid.services.internal.requests;

import static org.civicgrid.services.internal.requests.Requests.instant;
import static org.civicgrid.services.internal.requests.Requests.ts;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agency matters ({@code agency_matter}) and their steps ({@code agency_step}). */
@Repository
class AgencyMatters {

	private final JdbcClient jdbc;

	AgencyMatters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String title, String itemCode, String region, String gridWorker, String name, String phone,
			Long account, boolean atHome, Instant at, String by) {
		long id = jdbc.sql("select nextval('agency_matter_id_seq')").query(Long.class).single();
		jdbc.sql("""
				insert into agency_matter (id, number, title, item_code, region_code, grid_worker, resident_name,
				    resident_phone, resident_account, at_home, status, started_at, started_by)
				values (:id, :number, :title, :item, :region, :worker, :name, :phone, :account, :atHome, 'OPEN', :at, :by)""")
			.param("id", id).param("number", "DB" + String.format("%08d", id)).param("title", title)
			.param("item", itemCode).param("region", region).param("worker", gridWorker).param("name", name)
			.param("phone", phone).param("account", account).param("atHome", atHome).param("at", ts(at))
			.param("by", by).update();
		return id;
	}

	Optional<AgencyMatter> find(long id, boolean lock) {
		return jdbc.sql("select * from agency_matter where id = :id" + (lock ? " for update" : "")).param("id", id)
			.query(this::row).optional().map(m -> m.withSteps(steps(id)));
	}

	void addStep(long matter, LocalDate day, String department, String outcome, String note, String by, Instant at) {
		jdbc.sql("""
				insert into agency_step (matter_id, on_day, department, outcome, note, recorded_by, recorded_at)
				values (:m, :day, :dept, :outcome, :note, :by, :at)""")
			.param("m", matter).param("day", Date.valueOf(day)).param("dept", department).param("outcome", outcome)
			.param("note", note).param("by", by).param("at", ts(at)).update();
	}

	void finish(long id, Instant at, String result) {
		jdbc.sql("update agency_matter set status = 'DONE', finished_at = :at, result = :result where id = :id")
			.param("id", id).param("at", ts(at)).param("result", result).update();
	}

	void reopen(long id) {
		jdbc.sql("update agency_matter set status = 'OPEN', finished_at = null where id = :id").param("id", id).update();
	}

	List<AgencyStep> steps(long matter) {
		return jdbc.sql("select * from agency_step where matter_id = :m order by on_day, id").param("m", matter)
			.query((rs, n) -> new AgencyStep(rs.getLong("id"), rs.getDate("on_day").toLocalDate(),
					rs.getString("department"), rs.getString("outcome"), rs.getString("note"),
					rs.getString("recorded_by"), instant(rs, "recorded_at")))
			.list();
	}

	Paged<AgencyMatter> inScope(RegionScope scope, String status, PageRequest page) {
		String where = " from agency_matter where region_code like :scope and (:status::text is null or status = :status)";
		long total = jdbc.sql("select count(*)" + where).param("scope", scope.likePattern()).param("status", status)
			.query(Long.class).single();
		List<AgencyMatter> rows = jdbc.sql("select *" + where
				+ " order by (status = 'OPEN') desc, started_at desc, id desc limit :limit offset :offset")
			.param("scope", scope.likePattern()).param("status", status).param("limit", page.size())
			.param("offset", (long) page.page() * page.size()).query(this::row).list();
		return new Paged<>(rows, page.page(), page.size(), total);
	}

	List<AgencyMatter> ofResident(long account) {
		return jdbc.sql("select * from agency_matter where resident_account = :a order by started_at desc, id desc")
			.param("a", account).query(this::row).list().stream().map(m -> m.withSteps(steps(m.id()))).toList();
	}

	private AgencyMatter row(ResultSet rs, int n) throws SQLException {
		return new AgencyMatter(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
				rs.getString("item_code"), rs.getString("region_code"), rs.getString("grid_worker"),
				rs.getString("resident_name"), rs.getString("resident_phone"),
				rs.getObject("resident_account", Long.class), rs.getBoolean("at_home"), rs.getString("status"),
				instant(rs, "started_at"), rs.getString("started_by"), instant(rs, "finished_at"),
				rs.getString("result"), List.of());
	}
}
