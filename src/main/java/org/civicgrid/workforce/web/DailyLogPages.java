package org.civicgrid.workforce.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.civicgrid.region.RegionSummary;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.Sort;
import org.civicgrid.shared.web.FormErrors;
import org.civicgrid.shared.web.PageForm;
import org.civicgrid.shared.web.PageForms;
import org.civicgrid.shared.web.ProblemText;
import org.civicgrid.workforce.internal.DailyLog;
import org.civicgrid.workforce.internal.DailyLogs;
import org.civicgrid.workforce.internal.EntryKind;
import org.civicgrid.workforce.internal.LogInput;
import org.civicgrid.workforce.internal.LogQuery;
import org.civicgrid.workforce.internal.LogSummary;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 民情日志 on a phone (the day's log of the worker's grid, its 四有 entries as rows) and the logs of a scope on a PC.
 */
@Controller
class DailyLogPages {

	static final int SIZE = 30;
	static final int BLANK_ROWS = 3;

	static final PageForm LOG = PageForm.plain()
		.field("day", "workforce.field.day")
		.field("households", "workforce.field.households")
		.field("resources", "workforce.field.resources")
		.field("care", "workforce.field.care")
		.field("needs", "workforce.field.needs")
		.field("problems", "workforce.field.problems")
		.field("notes", "workforce.field.notes")
		.field("entries", "workforce.field.entries")
		.field("entries.kind", "workforce.field.entry-kind")
		.field("entries.personId", "workforce.field.entry-person")
		.field("entries.text", "workforce.field.entry-text")
		.field("version", "workforce.field.version");

	/** The page's form: the log's fields, and the 四有 rows as parallel lists (a row without words is left out). */
	record LogForm(String grid, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Integer households, String resources, String care, String needs,
			String problems, String notes, List<String> entryKind, List<String> entryPerson, List<String> entryText,
			Integer version) {

		LogInput input() {
			List<LogInput.EntryInput> entries = new ArrayList<>();
			int rows = entryText == null ? 0 : entryText.size();
			for (int i = 0; i < rows; i++) {
				String text = entryText.get(i);
				if (text == null || text.isBlank()) {
					continue;
				}
				String person = at(entryPerson, i);
				entries.add(new LogInput.EntryInput(at(entryKind, i), person == null || person.isBlank() ? null
						: parse(person), text));
			}
			return new LogInput(households, resources, care, needs, problems, notes, entries, version);
		}

		static String at(List<String> list, int i) {
			return list == null || i >= list.size() ? null : list.get(i);
		}

		private static Long parse(String id) {
			try {
				return Long.valueOf(id.strip());
			}
			catch (NumberFormatException e) {
				return -1L;
			}
		}
	}

	/** What the form shows: the stored log, what was typed beside a refusal, or an empty day; rows to fill. */
	record Shown(Integer households, String resources, String care, String needs, String problems, String notes,
			Integer version, List<Row> rows) {

		/** The words of one of the log's text fields, by its name. */
		public String text(String field) {
			return switch (field) {
				case "resources" -> resources;
				case "care" -> care;
				case "needs" -> needs;
				case "problems" -> problems;
				default -> notes;
			};
		}

		/** One 四有 row. */
		record Row(String kind, String person, String personName, String text) {
		}

		static Shown of(DailyLog log) {
			List<Row> rows = new ArrayList<>();
			if (log == null) {
				return new Shown(null, null, null, null, null, null, null, blanks(rows));
			}
			for (DailyLog.Entry e : log.entries()) {
				rows.add(new Row(e.kind().name(), e.personId() == null ? null : String.valueOf(e.personId()),
						e.personName(), e.text()));
			}
			return new Shown(log.households(), log.resources(), log.care(), log.needs(), log.problems(), log.notes(),
					log.version(), blanks(rows));
		}

		static Shown typed(LogForm form) {
			List<Row> rows = new ArrayList<>();
			int n = form.entryText() == null ? 0 : form.entryText().size();
			for (int i = 0; i < n; i++) {
				if (form.entryText().get(i) != null && !form.entryText().get(i).isBlank()) {
					rows.add(new Row(LogForm.at(form.entryKind(), i), LogForm.at(form.entryPerson(), i), null,
							form.entryText().get(i)));
				}
			}
			return new Shown(form.households(), form.resources(), form.care(), form.needs(), form.problems(),
					form.notes(), form.version(), blanks(rows));
		}

		private static List<Row> blanks(List<Row> rows) {
			for (int i = 0; i < BLANK_ROWS; i++) {
				rows.add(new Row("CONTACT", null, null, null));
			}
			return rows;
		}
	}

	private final DailyLogs logs;
	private final PageForms forms;
	private final ProblemText problems;

	DailyLogPages(DailyLogs logs, PageForms forms, ProblemText problems) {
		this.logs = logs;
		this.forms = forms;
		this.problems = problems;
	}

	@GetMapping("/workforce/log")
	String log(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String grid,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			Model model) {
		List<RegionSummary> grids = logs.grids(caller);
		String chosen = grid != null && !grid.isBlank() ? grid.strip()
				: grids.isEmpty() ? null : grids.get(0).code();
		LocalDate shown = day == null ? logs.today() : day;
		model.addAttribute("grids", grids);
		model.addAttribute("grid", chosen);
		model.addAttribute("day", shown);
		model.addAttribute("today", logs.today());
		model.addAttribute("kinds", EntryKind.values());
		model.addAttribute("writable", chosen != null && logs.writable(caller, shown));
		DailyLog log = chosen == null ? null : logs.find(caller, chosen, shown).orElse(null);
		model.addAttribute("log", log);
		if (!model.containsAttribute("shown")) {
			model.addAttribute("shown", Shown.of(log));
		}
		return "workforce/log";
	}

	@PostMapping("/workforce/log")
	String write(@AuthenticationPrincipal Caller caller, @ModelAttribute LogForm form, Locale locale, Model model,
			RedirectAttributes redirect) {
		FormErrors errors;
		try {
			LocalDate day = form.day() == null ? logs.today() : form.day();
			logs.write(caller, form.grid(), day, form.input());
			redirect.addAttribute("grid", form.grid());
			redirect.addAttribute("day", day.toString());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/workforce/log";
		}
		catch (InvalidInputException | org.civicgrid.shared.ConflictException e) {
			errors = forms.refused(LOG, (ProblemException) e, locale);
		}
		model.addAttribute("shown", Shown.typed(form));
		model.addAttribute("formErrors", errors);
		return log(caller, form.grid(), form.day(), model);
	}

	@GetMapping("/workforce/logs")
	String list(@AuthenticationPrincipal Caller caller, @ModelAttribute("filter") LogQuery filter,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String sort, Locale locale,
			Model model) {
		Sort sorted = logs.knownSort(sort);
		Paged<LogSummary> found;
		try {
			found = logs.search(caller, filter, new PageRequest(Math.max(0, page), SIZE, sorted));
		}
		catch (InvalidInputException e) {
			model.addAttribute("refusal", problems.of(e, locale));
			found = new Paged<>(List.of(), 0, SIZE, 0);
		}
		model.addAttribute("logs", found);
		model.addAttribute("sort", sorted);
		return "workforce/logs";
	}
}
