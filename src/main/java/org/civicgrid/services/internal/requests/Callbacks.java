package org.civicgrid.services.internal.requests;

import static org.civicgrid.services.internal.requests.Requests.instant;
import static org.civicgrid.services.internal.requests.Requests.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The call-back tasks ({@code service_callback}). */
@Repository
class Callbacks {

	private static final String SELECT = """
			select c.*, g.subject_kind, g.subject_id, g.subject_label, g.score, g.comment
			from service_callback c join service_rating g on g.id = c.rating_id""";

	private final JdbcClient jdbc;

	Callbacks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long ratingId, String region, CallbackRule.Why why, Instant at) {
		return jdbc.sql("""
				insert into service_callback (rating_id, region_code, why, created_at) values (:rating, :region, :why, :at)
				returning id""")
			.param("rating", ratingId).param("region", region).param("why", why.name()).param("at", ts(at))
			.query(Long.class).single();
	}

	/** The demo's history: every open call-back created before {@code cut} was made a day later by community1. */
	int demoMadeBefore(Instant cut) {
		return jdbc.sql("""
				update service_callback set done_at = created_at + interval '1 day', done_by = 'community1',
				    called_at = created_at + interval '1 day', answer = '已电话回访，居民表示理解', reopened = false
				where created_at < :cut and done_at is null""").param("cut", java.sql.Timestamp.from(cut)).update();
	}

	Optional<Callback> find(long id) {
		return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(this::row).optional();
	}

	/** Marks it done unless it was done already (by this call or meanwhile by another); false then. */
	boolean complete(long id, String by, Instant at, Instant calledAt, String answer, boolean reopened) {
		return jdbc.sql("""
				update service_callback set done_at = :at, done_by = :by, called_at = :called, answer = :answer,
				    reopened = :reopened
				where id = :id and done_at is null""")
			.param("id", id).param("at", ts(at)).param("by", by).param("called", ts(calledAt)).param("answer", answer)
			.param("reopened", reopened).update() == 1;
	}

	/** Open ones oldest first (差评 before the sample), then done ones newest first. */
	Paged<Callback> list(RegionScope scope, Boolean done, PageRequest page) {
		String where = " where c.region_code like :scope and (:done::boolean is null or (c.done_at is not null) = :done)";
		long total = jdbc.sql("select count(*) from service_callback c" + where).param("scope", scope.likePattern())
			.param("done", done).query(Long.class).single();
		List<Callback> rows = jdbc.sql(SELECT + where + """
				 order by (c.done_at is null) desc, case when c.done_at is null then c.why end,
				    case when c.done_at is null then c.created_at end, c.done_at desc, c.id desc
				limit :limit offset :offset""")
			.param("scope", scope.likePattern()).param("done", done).param("limit", page.size())
			.param("offset", (long) page.page() * page.size()).query(this::row).list();
		return new Paged<>(rows, page.page(), page.size(), total);
	}

	private Callback row(ResultSet rs, int n) throws SQLException {
		int score = rs.getInt("score");
		return new Callback(rs.getLong("id"), rs.getLong("rating_id"), rs.getString("region_code"),
				CallbackRule.Why.valueOf(rs.getString("why")), instant(rs, "created_at"),
				SubjectKind.valueOf(rs.getString("subject_kind")), rs.getLong("subject_id"),
				rs.getString("subject_label"), score, RatingGrade.of(score), rs.getString("comment"),
				instant(rs, "done_at"), rs.getString("done_by"), instant(rs, "called_at"), rs.getString("answer"),
				(Boolean) rs.getObject("reopened"));
	}
}
