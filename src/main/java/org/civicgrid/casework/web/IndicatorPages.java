package org.civicgrid.casework.web;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.civicgrid.casework.internal.IndicatorService;
import org.civicgrid.casework.internal.IndicatorQuery;
import org.civicgrid.casework.internal.IndicatorReport;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.web.PageForm;
import org.civicgrid.shared.web.IndicatorPanel;
import org.civicgrid.shared.web.PageForms;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The indicators page (/cases/indicators): a period and a grouping, a bar chart, the table and its Excel export. */
@Controller
class IndicatorPages {

	/** Another module's figures over the same period, as the page shows them. */
	record Panel(String title, List<IndicatorPanel.Figure> figures) {
	}

	static final PageForm PERIOD = PageForm.plain()
		.field("from", "casework.indicators.from")
		.field("to", "casework.indicators.to")
		.field("groupBy", "casework.indicators.by")
		.field("region", "casework.page.grid");

	private final IndicatorService indicators;
	private final IndicatorSheet sheet;
	private final PageForms forms;
	private final List<IndicatorPanel> panels;

	IndicatorPages(IndicatorService indicators, IndicatorSheet sheet, PageForms forms, List<IndicatorPanel> panels) {
		this.panels = panels;
		this.indicators = indicators;
		this.sheet = sheet;
		this.forms = forms;
	}

	@GetMapping("/cases/indicators")
	String page(@AuthenticationPrincipal Caller caller,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String groupBy, @RequestParam(required = false) String region,
			Locale locale, Model model) {
		model.addAttribute("groupings", IndicatorQuery.GroupBy.values());
		try {
			IndicatorReport report = indicators.indicators(caller, IndicatorApiController.query(from, to, groupBy, region));
			model.addAttribute("report", report);
			model.addAttribute("panels", panels.stream()
				.map(p -> new Panel(p.title(locale), p.figures(caller, report.from(), report.to(), locale)))
				.filter(p -> !p.figures().isEmpty()).toList());
		}
		catch (ProblemException e) {
			if (e.status().value() == 403) {
				throw e;
			}
			model.addAttribute("formErrors", forms.refused(PERIOD, e, locale));
		}
		return "casework/indicators";
	}

	@GetMapping("/cases/indicators/export.xlsx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal Caller caller,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String groupBy, @RequestParam(required = false) String region,
			Locale locale) {
		IndicatorReport report = indicators.indicators(caller, IndicatorApiController.query(from, to, groupBy, region));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		sheet.write(report, locale, out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(CategoryApiController.XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"indicators-%s-%s.xlsx\""
				.formatted(report.from(), report.to()))
			.body(out.toByteArray());
	}
}
