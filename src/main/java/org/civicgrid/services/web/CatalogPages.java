package org.civicgrid.services.web;

import java.util.List;
import java.util.Locale;

import org.civicgrid.services.internal.CatalogEditing;
import org.civicgrid.services.internal.CatalogReading;
import org.civicgrid.services.internal.LifeEvent;
import org.civicgrid.shared.qr.QrCodes;
import org.civicgrid.services.internal.ServiceCategory;
import org.civicgrid.services.internal.halls.HallReading;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The catalog as residents read it on a phone (and staff at a counter): search by words or pinyin initials, by
 * category or life event, and an item's page telling everything needed at once (一次性告知) with its flow chart.
 * Anyone may read it without an account. A search the catalog cannot read (an unknown category in a link) shows
 * the whole catalog with a note rather than an error page.
 */
@Controller
class CatalogPages {

	private final CatalogReading reading;
	private final HallReading halls;

	CatalogPages(CatalogReading reading, HallReading halls) {
		this.reading = reading;
		this.halls = halls;
	}

	@GetMapping("/services/catalog")
	String catalog(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String q,
			@RequestParam(required = false) String category, @RequestParam(required = false) String event,
			@RequestParam(required = false) Integer page, Model model) {
		try {
			model.addAttribute("found", reading.search(CatalogParams.query(q, category, event, PageRequest.of(page, 20))));
			model.addAttribute("category", ServiceCategory.parse(category));
			model.addAttribute("event", LifeEvent.parse(event));
			model.addAttribute("q", q == null ? "" : q.strip());
		}
		catch (InvalidInputException e) {
			model.addAttribute("found", reading.search(CatalogParams.query(null, null, null, PageRequest.of(0, 20))));
			model.addAttribute("q", "");
			model.addAttribute("searchRefused", true);
		}
		model.addAttribute("categories", reading.countsByCategory());
		model.addAttribute("events", List.of(LifeEvent.values()));
		model.addAttribute("editor", CatalogEditing.mayEdit(caller));
		return "services/catalog/catalog";
	}

	@GetMapping("/services/catalog/items/{code}")
	String item(@AuthenticationPrincipal Caller caller, @PathVariable String code, Model model) {
		model.addAttribute("published", reading.published(code));
		model.addAttribute("qr", QrCodes.svg(itemUrl(code), 132));
		model.addAttribute("editor", CatalogEditing.mayEdit(caller));
		model.addAttribute("walkIn", !halls.serving(code).isEmpty());
		return "services/catalog/item";
	}

	@GetMapping("/services/catalog/items/{code}/notice.pdf")
	ResponseEntity<byte[]> notice(@PathVariable String code, Locale locale) {
		return pdf(code, reading.notice(code, itemUrl(code), locale));
	}

	/** The item page's address as a phone outside reaches it: this request's scheme, host and context path. */
	static String itemUrl(String code) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/services/catalog/items/{code}")
			.buildAndExpand(code)
			.toUriString();
	}

	static ResponseEntity<byte[]> pdf(String code, byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(code + "-notice.pdf").build().toString())
			.body(pdf);
	}
}
