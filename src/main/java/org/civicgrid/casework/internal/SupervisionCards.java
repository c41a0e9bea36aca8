package org.civicgrid.casework.internal;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.civicgrid.casework.CaseSupervised;
import org.civicgrid.casework.internal.SupervisionBoard.CardIssued;
import org.civicgrid.casework.SupervisionCard;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cards issued (督办黄牌/红牌), recorded in the same transaction as the supervise step, so the board can show
 * them; the supervisor and the note come from that step's trace entry.
 */
@Repository
class SupervisionCards {

	private final JdbcClient jdbc;

	SupervisionCards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(CaseSupervised event) {
		jdbc.sql("insert into event_case_card (case_id, card, at) values (:id, :card, :at)")
			.param("id", event.id().value())
			.param("card", event.card().name())
			.param("at", Timestamp.from(event.at()))
			.update();
	}

	/** The cards of these cases, oldest first, by case id. */
	Map<Long, List<CardIssued>> of(Collection<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return Map.of();
		}
		record Row(long caseId, CardIssued card) {
		}
		return jdbc.sql("""
				select c.case_id, c.card, c.at, h.actor, h.note from event_case_card c
				left join event_case_history h on h.case_id = c.case_id and h.at = c.at and h.action = 'supervise'
				where c.case_id in (:ids) order by c.at, c.id""")
			.param("ids", caseIds)
			.query((rs, i) -> new Row(rs.getLong("case_id"), new CardIssued(SupervisionCard.valueOf(rs.getString("card")),
					rs.getString("actor"), rs.getTimestamp("at").toInstant(), rs.getString("note"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Row::caseId, Collectors.mapping(Row::card, Collectors.toList())));
	}
}
