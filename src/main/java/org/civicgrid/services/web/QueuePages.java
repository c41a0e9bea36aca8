package org.civicgrid.services.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.civicgrid.services.internal.CatalogReading;
import org.civicgrid.services.internal.ServiceItem;
import org.civicgrid.services.internal.halls.HallCounter;
import org.civicgrid.services.internal.halls.HallReading;
import org.civicgrid.services.internal.halls.QueueService;
import org.civicgrid.services.internal.halls.QueueTicket;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.web.ProblemText;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The walk-in queue on a resident's phone: choose a hall and an item (or come from the item's page), take a number,
 * then watch it: how many are ahead, the estimated wait, and once called the counter to go to. The page asks
 * {@code /services/queue/mine.json} every ten seconds (the signed-in session's own JSON: the API takes tokens, not
 * the page's session) and rewrites the cards, without reloading.
 */
@Controller
class QueuePages {

	private final HallReading halls;
	private final QueueService queue;
	private final CatalogReading catalog;
	private final ProblemText problems;

	QueuePages(HallReading halls, QueueService queue, CatalogReading catalog, ProblemText problems) {
		this.halls = halls;
		this.queue = queue;
		this.catalog = catalog;
		this.problems = problems;
	}

	/** A hall or an item to choose, with how many wait for it now and the estimate of a number taken now. */
	public record Choice(String code, String name, int waiting, int waitMinutes) {
	}

	@GetMapping("/services/queue")
	String page(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String hall,
			@RequestParam(required = false) String item, Model model) {
		Map<String, String> names = itemNames();
		List<HallReading.HallView> all = halls.all();
		model.addAttribute("tickets", queue.mine(caller));
		model.addAttribute("itemNames", names);
		model.addAttribute("hallNames", all.stream()
			.collect(Collectors.toMap(v -> v.hall().code(), v -> v.hall().name())));
		model.addAttribute("counterNames", all.stream().flatMap(v -> v.counters().stream())
			.collect(Collectors.toMap(c -> c.hallCode() + "/" + c.number(), HallCounter::name)));
		String h = blank(hall) ? null : hall;
		String i = blank(item) ? null : item;
		if (h != null) {
			HallReading.HallView view = halls.hall(h);
			Map<String, QueueService.Outlook> outlook = queue.outlook(h);
			model.addAttribute("hall", view);
			if (i != null && outlook.containsKey(i)) {
				model.addAttribute("item", choice(i, outlook, i, names.getOrDefault(i, i)));
			}
			else {
				model.addAttribute("items", outlook.keySet().stream().filter(names::containsKey)
					.map(code -> choice(code, outlook, code, names.get(code))).toList());
			}
		}
		else if (i != null) {
			model.addAttribute("itemCode", i);
			model.addAttribute("itemName", names.getOrDefault(i, i));
			model.addAttribute("halls", halls.serving(i).stream()
				.map(v -> choice(v.hall().code(), queue.outlook(v.hall().code()), i, v.hall().name())).toList());
		}
		else {
			model.addAttribute("halls", all.stream()
				.map(v -> new Choice(v.hall().code(), v.hall().name(), 0, 0)).toList());
		}
		return "services/halls/queue";
	}

	@PostMapping("/services/queue")
	String take(@AuthenticationPrincipal Caller caller, @RequestParam String hall, @RequestParam String item,
			Model model, Locale locale) {
		try {
			QueueTicket ticket = queue.take(caller, hall, item);
			return "redirect:/services/queue?taken=" + ticket.id() + "#ticket-" + ticket.id();
		}
		catch (ProblemException e) {
			model.addAttribute("refusal", problems.of(e, locale));
			return page(caller, hall, item, model);
		}
	}

	@GetMapping(path = "/services/queue/mine.json", produces = "application/json")
	@ResponseBody
	List<QueueTicket> mine(@AuthenticationPrincipal Caller caller) {
		return queue.mine(caller);
	}

	/** A choice (a hall or an item, by {@code code}) with the wait for the item at the hall now. */
	private static Choice choice(String code, Map<String, QueueService.Outlook> outlook, String item, String name) {
		QueueService.Outlook o = outlook.getOrDefault(item, new QueueService.Outlook(0, 0));
		return new Choice(code, name, o.waiting(), o.waitMinutes());
	}

	private Map<String, String> itemNames() {
		return catalog.allPublished().stream().collect(Collectors.toMap(ServiceItem::code, ServiceItem::name,
				(a, b) -> a));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
