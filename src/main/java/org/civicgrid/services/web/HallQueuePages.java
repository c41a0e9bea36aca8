package org.civicgrid.services.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.civicgrid.services.internal.CatalogReading;
import org.civicgrid.services.internal.ServiceItem;
import org.civicgrid.services.internal.halls.HallCounter;
import org.civicgrid.services.internal.halls.HallReading;
import org.civicgrid.services.internal.halls.QueueService;
import org.civicgrid.services.internal.halls.QueueState;
import org.civicgrid.services.internal.halls.QueueTicket;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.time.Times;
import org.civicgrid.shared.web.ProblemText;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A hall's queue for its staff on a PC (each counter's 叫号, then 办结, 过号 or 重呼 for the number it called, the
 * waiting numbers per item, what was finished today), and the hall's screen (大厅叫号屏), which anyone may read.
 */
@Controller
class HallQueuePages {

	private static final int FINISHED_SHOWN = 20;

	private final HallReading halls;
	private final QueueService queue;
	private final CatalogReading catalog;
	private final ProblemText problems;
	private final Times times;

	HallQueuePages(HallReading halls, QueueService queue, CatalogReading catalog, ProblemText problems, Times times) {
		this.halls = halls;
		this.queue = queue;
		this.catalog = catalog;
		this.problems = problems;
		this.times = times;
	}

	/** A counter at its desk: the numbers it called and has not finished, how many wait for what it serves. */
	public record Desk(HallCounter counter, List<QueueTicket> called, int waiting) {
	}

	/** The numbers waiting for one item, in order, with the estimate for the last of them. */
	public record ItemQueue(String itemCode, String itemName, List<QueueTicket> tickets) {
	}

	@GetMapping("/services/halls/{code}/queue")
	String desk(@AuthenticationPrincipal Caller caller, @PathVariable String code, Model model) {
		List<QueueTicket> tickets = queue.hallToday(caller, code);
		HallReading.HallView hall = halls.hall(code);
		Map<String, String> names = catalog.allPublished().stream()
			.collect(Collectors.toMap(ServiceItem::code, ServiceItem::name, (a, b) -> a));
		List<QueueTicket> waiting = tickets.stream().filter(t -> t.state() == QueueState.WAITING).toList();
		model.addAttribute("hall", hall);
		model.addAttribute("itemNames", names);
		model.addAttribute("desks", hall.counters().stream()
			.map(c -> new Desk(c, tickets.stream().filter(t -> t.state() == QueueState.CALLED
					&& t.counterNo() != null && t.counterNo() == c.number()).toList(),
					(int) waiting.stream().filter(t -> c.serves(t.itemCode())).count()))
			.toList());
		Map<String, List<QueueTicket>> byItem = new LinkedHashMap<>();
		waiting.forEach(t -> byItem.computeIfAbsent(t.itemCode(), k -> new java.util.ArrayList<>()).add(t));
		model.addAttribute("waiting", byItem.entrySet().stream()
			.map(e -> new ItemQueue(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue())).toList());
		model.addAttribute("waitingCount", waiting.size());
		List<QueueTicket> finished = tickets.stream().filter(t -> t.finishedAt() != null)
			.sorted(Comparator.comparing(QueueTicket::finishedAt).reversed()).toList();
		model.addAttribute("finished", finished.stream().limit(FINISHED_SHOWN).toList());
		model.addAttribute("servedCount", finished.stream().filter(t -> t.state() == QueueState.SERVED).count());
		model.addAttribute("skippedCount", finished.stream().filter(t -> t.state() == QueueState.SKIPPED).count());
		return "services/halls/queue-desk";
	}

	@PostMapping("/services/halls/{code}/queue/call-next")
	String callNext(@AuthenticationPrincipal Caller caller, @PathVariable String code, @RequestParam int counter,
			Model model, Locale locale) {
		try {
			queue.callNext(caller, code, counter);
		}
		catch (ProblemException e) {
			return refused(caller, code, e, model, locale);
		}
		return "redirect:/services/halls/" + code + "/queue";
	}

	@PostMapping("/services/halls/{code}/queue/{number}/{step:recall|served|skipped}")
	String step(@AuthenticationPrincipal Caller caller, @PathVariable String code, @PathVariable int number,
			@PathVariable String step, Model model, Locale locale) {
		try {
			switch (step) {
				case "recall" -> queue.recall(caller, code, number);
				case "served" -> queue.serve(caller, code, number);
				default -> queue.skip(caller, code, number);
			}
		}
		catch (ProblemException e) {
			return refused(caller, code, e, model, locale);
		}
		return "redirect:/services/halls/" + code + "/queue";
	}

	/** The page again with the refusal said above it; an unknown hall is the error page's 404. */
	private String refused(Caller caller, String code, ProblemException e, Model model, Locale locale) {
		if (e instanceof NotFoundException && halls.all().stream().noneMatch(h -> h.hall().code().equals(code))) {
			throw e;
		}
		model.addAttribute("refusal", problems.of(e, locale));
		return desk(caller, code, model);
	}

	@GetMapping("/services/halls/{code}/screen")
	String screen(@PathVariable String code, Model model) {
		HallReading.HallView hall = halls.hall(code);
		model.addAttribute("hall", hall);
		model.addAttribute("counterNames", hall.counters().stream()
			.collect(Collectors.toMap(c -> String.valueOf(c.number()), HallCounter::name)));
		model.addAttribute("called", queue.called(code));
		model.addAttribute("waiting", queue.waiting(code));
		model.addAttribute("zone", times.zone().getId());
		return "services/halls/screen";
	}
}
