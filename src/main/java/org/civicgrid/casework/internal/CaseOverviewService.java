package org.civicgrid.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.civicgrid.casework.CaseCounts;
import org.civicgrid.casework.CaseOverview;
import org.civicgrid.casework.CaseStatus;
import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.Colour;
import org.civicgrid.casework.IndicatorHeadline;
import org.civicgrid.casework.PublicStep;
import org.civicgrid.casework.TaskSummary;
import org.civicgrid.shared.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home pages' figures from what the board and the indicators already count: the board's SQL
 * ({@link CaseBoardFigures}, {@link BoardService}) and {@link IndicatorService}. A case waits for the caller when
 * it is open and {@link CaseActionPolicy} leaves the caller an action on it, the rule 我的任务 lists by.
 */
@Service
@Transactional(readOnly = true)
public class CaseOverviewService implements CaseOverview {

	private final CaseBoardFigures figures;
	private final BoardService boards;
	private final IndicatorService indicators;
	private final CaseViews views;
	private final DepartmentService departments;

	CaseOverviewService(CaseBoardFigures figures, BoardService boards, IndicatorService indicators, CaseViews views,
			DepartmentService departments) {
		this.figures = figures;
		this.boards = boards;
		this.indicators = indicators;
		this.views = views;
		this.departments = departments;
	}

	@Override
	public TaskSummary tasks(Caller caller, int pressing) {
		Map<Colour, Long> byColour = new EnumMap<>(Colour.class);
		for (Colour colour : Colour.values()) {
			byColour.put(colour, 0L);
		}
		List<CaseView> first = new ArrayList<>();
		long[] total = { 0 };
		eachWaiting(caller, view -> {
			total[0]++;
			if (view.colour() != null) {
				byColour.merge(view.colour(), 1L, Long::sum);
			}
			if (first.size() < pressing) {
				first.add(view);
			}
		});
		return new TaskSummary(byColour, total[0], first);
	}

	/**
	 * The open cases waiting for the caller that pass {@code filter}, newest first, at most {@code limit}: the staff's
	 * 我的任务 list, whose counts {@link #tasks} gives.
	 */
	public List<CaseView> waiting(Caller caller, Predicate<CaseView> filter, int limit) {
		List<CaseView> waiting = new ArrayList<>();
		eachWaiting(caller, view -> {
			if (filter.test(view)) {
				waiting.add(view);
			}
		});
		return waiting.stream()
			.sorted(Comparator.comparing(CaseView::createdAt).thenComparing(CaseView::id).reversed())
			.limit(limit)
			.toList();
	}

	/** Every open case waiting for the caller, earliest deadline first. */
	private void eachWaiting(Caller caller, Consumer<CaseView> each) {
		figures.eachOpenByDeadline(CaseVisibility.where(caller, departments.unitOf(caller)), stored -> {
			CaseView view = views.view(caller, stored);
			if (view.waitsForAction()) {
				each.accept(view);
			}
		});
	}

	@Override
	public CaseCounts counts(Caller caller) {
		return boards.counts(caller);
	}

	@Override
	public Map<PublicStep, Long> reportsByStep(Caller caller) {
		Map<PublicStep, Long> steps = new EnumMap<>(PublicStep.class);
		for (PublicStep step : PublicStep.values()) {
			steps.put(step, 0L);
		}
		Map<CaseStatus, Long> byStatus = figures.byStatus(CaseVisibility.reportedBy(caller));
		byStatus.forEach((status, count) -> steps.merge(PublicStep.of(status), count, Long::sum));
		return steps;
	}

	@Override
	public IndicatorHeadline headline(Caller caller, LocalDate from, LocalDate to) {
		IndicatorReport report = indicators.indicators(caller,
				new IndicatorQuery(from, to, IndicatorQuery.GroupBy.REGION, null));
		IndicatorRow total = report.total();
		return new IndicatorHeadline(report.from(), report.to(), report.region(), total.filed(), total.closed(),
				total.onTimeClosureRate(), total.satisfaction(), total.rated(), report.groups().stream()
					.map(g -> new IndicatorHeadline.Group(g.key(), g.name(), g.filed(), g.closed()))
					.toList());
	}
}
