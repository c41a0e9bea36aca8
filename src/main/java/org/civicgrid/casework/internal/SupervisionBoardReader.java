package org.civicgrid.casework.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.civicgrid.casework.Category;
import org.civicgrid.casework.Colour;
import org.civicgrid.casework.internal.SupervisionBoard.CardIssued;
import org.civicgrid.casework.SupervisionCard;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The supervision board from the stored deadlines: open cases that are yellow or red by the one rule
 * ({@link CaseColours}: a fresh report not answered in time, a case being handled, one reported back late), within
 * what the caller sees ({@link CaseVisibility}); each shown as the caller's
 * {@link CaseViews} shows it, so the supervise and instruct buttons follow {@link CaseActionPolicy}.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionBoardReader {

	/** Red or yellow by the one rule ({@link CaseColours}), within the caller's sight. */
	private static final String PRESSING = " " + CaseColours.OPEN + " and yellow_at <= coalesce(clock_stopped_at, :now)";

	private final JdbcClient jdbc;
	private final CaseRows rows;
	private final CaseViews views;
	private final SupervisionCards cards;
	private final Catalog catalog;
	private final Clock clock;

	SupervisionBoardReader(JdbcClient jdbc, JsonMapper json, CaseViews views, SupervisionCards cards, Catalog catalog,
			Clock clock) {
		this.jdbc = jdbc;
		this.rows = new CaseRows(json);
		this.views = views;
		this.cards = cards;
		this.catalog = catalog;
		this.clock = clock;
	}

	public SupervisionBoard board(Caller caller) {
		caller.requireRole(Role.SUPERVISOR, Role.LEADER, Role.STREET_STAFF);
		Instant now = clock.instant();
		Map.Entry<String, Map<String, Object>> visible = CaseVisibility.where(caller);
		Map<String, Object> params = new HashMap<>(visible.getValue());
		params.put("now", Timestamp.from(now));
		String where = " where (" + visible.getKey() + ") and" + PRESSING;

		record Group(Colour colour, String category, String unit, long count) {
		}
		List<Group> groups = jdbc.sql("select case when " + CaseColours.measured(Colour.RED)
				+ " then 'RED' else 'YELLOW' end as colour,"
				+ " category_code, coalesce(assignee_unit, '') as unit, count(*) as n from event_case" + where
				+ " group by 1, 2, 3")
			.params(params)
			.query((rs, i) -> new Group(Colour.valueOf(rs.getString("colour")), rs.getString("category_code"),
					rs.getString("unit"), rs.getLong("n")))
			.list();
		Map<Colour, Long> byColour = new LinkedHashMap<>(); // red first, as the board reads
		byColour.put(Colour.RED, 0L);
		byColour.put(Colour.YELLOW, 0L);
		groups.forEach(g -> byColour.merge(g.colour(), g.count(), Long::sum));

		List<StoredCase> stored = jdbc.sql("select * from event_case" + where
				+ " order by deadline - coalesce(clock_stopped_at, :now), id limit " + SupervisionBoard.LIMIT)
			.params(params)
			.query((rs, i) -> rows.stored(rs, List.of()))
			.list();
		Map<Long, List<CardIssued>> issued = cards.of(stored.stream().map(s -> s.file().id().value()).toList());
		Map<SupervisionCard, Long> cardsIssued = new EnumMap<>(SupervisionCard.class);
		for (SupervisionCard card : SupervisionCard.values()) {
			cardsIssued.put(card, issued.values().stream().flatMap(List::stream).filter(c -> c.card() == card).count());
		}
		List<SupervisionBoard.Entry> entries = new ArrayList<>();
		for (StoredCase s : stored) {
			var view = views.view(caller, s);
			long overdue = Duration.between(view.deadline(), CaseColours.measuredAt(s.file().clock().stopped(), now))
				.toMinutes();
			entries.add(new SupervisionBoard.Entry(view, overdue, issued.getOrDefault(s.file().id().value(), List.of())));
		}
		return new SupervisionBoard(now, byColour,
				counts(groups, Group::category, code -> catalog.find(code).map(Category::smallName).orElse(code),
						Group::colour, Group::count),
				counts(groups, Group::unit, unit -> unit, Group::colour, Group::count), cardsIssued, entries);
	}

	/** Red and yellow per key, the most pressing first (most red, then most in all). */
	private static <G> List<SupervisionBoard.Count> counts(List<G> groups, Function<G, String> key,
			Function<String, String> name, Function<G, Colour> colour, Function<G, Long> count) {
		Map<String, long[]> byKey = new LinkedHashMap<>();
		for (G g : groups) {
			long[] c = byKey.computeIfAbsent(key.apply(g), k -> new long[2]);
			c[colour.apply(g) == Colour.RED ? 0 : 1] += count.apply(g);
		}
		return byKey.entrySet().stream()
			.map(e -> new SupervisionBoard.Count(e.getKey(), name.apply(e.getKey()), e.getValue()[0], e.getValue()[1]))
			.sorted((a, b) -> a.red() != b.red() ? Long.compare(b.red(), a.red()) : Long.compare(b.total(), a.total()))
			.toList();
	}
}
