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
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
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

	/** The counts and the {@link SupervisionBoard#LIMIT} most overdue cases. */
	public SupervisionBoard board(Caller caller) {
		return board(caller, true);
	}

	/** The counts alone, without cases: the page lists its cases by {@link #cases}. */
	public SupervisionBoard counts(Caller caller) {
		return board(caller, false);
	}

	/**
	 * The red and yellow cases the caller sees that match the search, a page of them in the order asked for (the
	 * most overdue first by default, {@link SupervisionQuery#SORTS}).
	 */
	public Paged<SupervisionBoard.Entry> cases(Caller caller, SupervisionQuery query, PageRequest page) {
		caller.requireRole(Role.SUPERVISOR, Role.LEADER, Role.STREET_STAFF);
		String order = SupervisionQuery.SORTS.orderBy(page.sort());
		Instant now = clock.instant();
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder(pressing(caller, now, params));
		SupervisionQuery q = query == null ? SupervisionQuery.all() : query;
		if (q.colour() != null) {
			where.append(" and ").append(CaseColours.measured(q.colour()));
		}
		if (present(q.category())) {
			where.append(" and category_code like :category");
			params.put("category", CaseSearch.literal(q.category().strip()) + "%");
		}
		if (present(q.grid())) {
			where.append(" and grid_code like :grid");
			params.put("grid", CaseSearch.literal(q.grid().strip()) + "%");
		}
		if (present(q.unit())) {
			where.append(" and assignee_unit = :unit");
			params.put("unit", q.unit().strip());
		}
		if (present(q.text())) {
			where.append(" and ").append(CaseSearch.text(q.text(), params));
		}
		long total = jdbc.sql("select count(*) from event_case" + where).params(params).query(Long.class).single();
		List<StoredCase> stored = jdbc.sql("select * from event_case" + where + order
				+ " limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, i) -> rows.stored(rs, List.of()))
			.list();
		return new Paged<>(entries(caller, stored, now), page.page(), page.size(), total);
	}

	private SupervisionBoard board(Caller caller, boolean withCases) {
		caller.requireRole(Role.SUPERVISOR, Role.LEADER, Role.STREET_STAFF);
		Instant now = clock.instant();
		Map<String, Object> params = new HashMap<>();
		String where = pressing(caller, now, params);

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

		Map<SupervisionCard, Long> cardsIssued = new EnumMap<>(SupervisionCard.class);
		for (SupervisionCard card : SupervisionCard.values()) {
			cardsIssued.put(card, 0L);
		}
		jdbc.sql("select card, count(*) as n from event_case_card where case_id in (select id from event_case" + where
				+ ") group by card")
			.params(params)
			.query((rs, i) -> Map.entry(SupervisionCard.valueOf(rs.getString("card")), rs.getLong("n")))
			.list()
			.forEach(e -> cardsIssued.put(e.getKey(), e.getValue()));

		List<SupervisionBoard.Entry> entries = List.of();
		if (withCases) {
			List<StoredCase> stored = jdbc.sql("select * from event_case" + where
					+ SupervisionQuery.SORTS.orderBy(null) + " limit " + SupervisionBoard.LIMIT)
				.params(params)
				.query((rs, i) -> rows.stored(rs, List.of()))
				.list();
			entries = entries(caller, stored, now);
		}
		return new SupervisionBoard(now, byColour,
				counts(groups, Group::category, code -> catalog.find(code).map(Category::smallName).orElse(code),
						Group::colour, Group::count),
				counts(groups, Group::unit, unit -> unit, Group::colour, Group::count), cardsIssued, entries);
	}

	/** The board's condition (red or yellow, within the caller's sight) as a where clause; fills its parameters. */
	private static String pressing(Caller caller, Instant now, Map<String, Object> params) {
		Map.Entry<String, Map<String, Object>> visible = CaseVisibility.where(caller);
		params.putAll(visible.getValue());
		params.put("now", Timestamp.from(now));
		return " where (" + visible.getKey() + ") and" + PRESSING;
	}

	/** Each case as the caller's views show it, with how overdue it is and its cards. */
	private List<SupervisionBoard.Entry> entries(Caller caller, List<StoredCase> stored, Instant now) {
		Map<Long, List<CardIssued>> issued = cards.of(stored.stream().map(s -> s.file().id().value()).toList());
		List<SupervisionBoard.Entry> entries = new ArrayList<>();
		for (StoredCase s : stored) {
			var view = views.view(caller, s);
			long overdue = Duration.between(view.deadline(), CaseColours.measuredAt(s.file().clock().stopped(), now))
				.toMinutes();
			entries.add(new SupervisionBoard.Entry(view, overdue, issued.getOrDefault(s.file().id().value(), List.of())));
		}
		return entries;
	}

	private static boolean present(String s) {
		return s != null && !s.isBlank();
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
