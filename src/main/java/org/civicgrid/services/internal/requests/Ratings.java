package org.civicgrid.services.internal.requests;

import static org.civicgrid.services.internal.requests.Requests.instant;
import static org.civicgrid.services.internal.requests.Requests.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.civicgrid.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one table of ratings ({@code service_rating}): one row per rated subject. */
@Repository
class Ratings {

	private static final String SELECT = """
			select g.*, c.id as callback_id from service_rating g left join service_callback c on c.rating_id = g.id""";

	private final JdbcClient jdbc;

	Ratings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The new rating's id; empty when the subject was rated already (by this call or another node's). */
	Optional<Long> insert(RatedSubject s, int score, String comment, Instant at) {
		return jdbc.sql("""
				insert into service_rating (subject_kind, subject_id, subject_label, score, comment, resident_account,
				    rated_at, region_code, hall, counter, item_code, item_name, staff, grid_worker)
				values (:kind, :id, :label, :score, :comment, :resident, :at, :region, :hall, :counter, :item,
				    :itemName, :staff, :gridWorker)
				on conflict (subject_kind, subject_id) do nothing returning id""")
			.param("kind", s.kind().name()).param("id", s.id()).param("label", s.label()).param("score", score)
			.param("comment", comment).param("resident", s.residentAccount()).param("at", ts(at))
			.param("region", s.regionCode()).param("hall", s.hall()).param("counter", s.counter())
			.param("item", s.itemCode()).param("itemName", s.itemName()).param("staff", s.staff())
			.param("gridWorker", s.gridWorker())
			.query(Long.class).optional();
	}

	Optional<Rating> find(long id) {
		return jdbc.sql(SELECT + " where g.id = :id").param("id", id).query(this::row).optional();
	}

	Optional<Rating> of(SubjectKind kind, long subjectId) {
		return jdbc.sql(SELECT + " where g.subject_kind = :kind and g.subject_id = :id").param("kind", kind.name())
			.param("id", subjectId).query(this::row).optional();
	}

	List<Rating> ofResident(long account) {
		return jdbc.sql(SELECT + " where g.resident_account = :a order by g.rated_at desc, g.id desc")
			.param("a", account).query(this::row).list();
	}

	List<Rating> inScope(RegionScope scope, int limit) {
		return jdbc.sql(SELECT + " where g.region_code like :scope order by g.rated_at desc, g.id desc limit :limit")
			.param("scope", scope.likePattern()).param("limit", limit).query(this::row).list();
	}

	private Rating row(ResultSet rs, int n) throws SQLException {
		int score = rs.getInt("score");
		return new Rating(rs.getLong("id"), SubjectKind.valueOf(rs.getString("subject_kind")), rs.getLong("subject_id"),
				rs.getString("subject_label"), score, RatingGrade.of(score), rs.getString("comment"),
				instant(rs, "rated_at"), rs.getString("region_code"), rs.getString("hall"), rs.getString("counter"),
				rs.getString("item_code"), rs.getString("item_name"), rs.getString("staff"),
				rs.getString("grid_worker"), rs.getObject("callback_id", Long.class));
	}
}
