package org.civicgrid.services.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import org.civicgrid.services.internal.halls.DutyRoster;
import org.civicgrid.services.internal.halls.Hall;
import org.civicgrid.services.internal.halls.HallAdministration;
import org.civicgrid.services.internal.halls.HallLevel;
import org.civicgrid.services.internal.halls.HallSetupView;
import org.civicgrid.services.internal.halls.HoursInput;
import org.civicgrid.services.internal.halls.StaffAbsences;
import org.civicgrid.services.web.HallForms.AbsenceForm;
import org.civicgrid.services.web.HallForms.ClosureForm;
import org.civicgrid.services.web.HallForms.CounterForm;
import org.civicgrid.services.web.HallForms.HallForm;
import org.civicgrid.services.web.HallForms.HoursForm;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.time.WorkingTimeCalendar;
import org.civicgrid.shared.web.FormErrors;
import org.civicgrid.shared.web.PageForm;
import org.civicgrid.shared.web.PageForms;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hall editor on a PC: opening a hall (admins, street staff), and on one page a hall's name and address, its
 * counters with A and B staff and today's duty, its week with the 8+4 days, its closures and its staff's absences.
 * Each section is its own form; a refusal shows the page again with the mistake beside its field and what was typed
 * kept, a success comes back to the section with a note.
 */
@Controller
class HallAdminPages {

	static final PageForm HALL = PageForm.plain()
		.field("code", "services.hall-admin.code")
		.field("name", "services.hall-admin.name")
		.field("level", "services.hall-admin.level")
		.field("regionCode", "services.hall-admin.region")
		.field("address", "services.hall-admin.address");
	static final PageForm COUNTER = PageForm.plain()
		.field("number", "services.hall-admin.number")
		.field("name", "services.hall-admin.counter-name")
		.field("items", "services.hall-admin.items")
		.field("capacity", "services.hall-admin.capacity")
		.field("staffA", "services.hall-admin.staff-a")
		.field("staffB", "services.hall-admin.staff-b");
	static final PageForm HOURS = PageForm.plain()
		.field("periods", "services.hall-admin.hours")
		.field("hours1", "services.hall-admin.weekday1")
		.field("hours2", "services.hall-admin.weekday2")
		.field("hours3", "services.hall-admin.weekday3")
		.field("hours4", "services.hall-admin.weekday4")
		.field("hours5", "services.hall-admin.weekday5")
		.field("hours6", "services.hall-admin.weekday6")
		.field("hours7", "services.hall-admin.weekday7")
		.field("extended", "services.hall-admin.extended");
	static final PageForm CLOSURE = PageForm.plain()
		.field("date", "services.hall-admin.closure-date")
		.field("reason", "services.hall-admin.reason");
	static final PageForm ABSENCE = PageForm.plain()
		.field("username", "services.hall-admin.absent-staff")
		.field("from", "services.hall-admin.from")
		.field("to", "services.hall-admin.to")
		.field("reason", "services.hall-admin.reason");

	private final HallAdministration admin;
	private final StaffAbsences absences;
	private final DutyRoster duty;
	private final PageForms forms;
	private final MessageSource messages;
	private final WorkingTimeCalendar calendar;
	private final Clock clock;

	HallAdminPages(HallAdministration admin, StaffAbsences absences, DutyRoster duty, PageForms forms,
			MessageSource messages, WorkingTimeCalendar calendar, Clock clock) {
		this.admin = admin;
		this.absences = absences;
		this.duty = duty;
		this.forms = forms;
		this.messages = messages;
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/services/halls/new")
	String newHall(@AuthenticationPrincipal Caller caller, Model model) {
		if (!admin.mayOpen(caller)) {
			throw new org.civicgrid.shared.NotPermittedException();
		}
		return created(model, new HallForm("", "", "", "", ""), null);
	}

	@PostMapping("/services/halls/new")
	String create(@AuthenticationPrincipal Caller caller, @ModelAttribute HallForm form, Locale locale, Model model,
			RedirectAttributes flash) {
		try {
			Hall hall = admin.create(caller, form.input());
			flash.addFlashAttribute("message", text("services.hall-admin.created", locale, hall.name()));
			return "redirect:/services/halls/" + hall.code() + "/edit";
		}
		catch (ProblemException e) {
			return created(model, form, forms.refused(HALL, e, locale));
		}
	}

	@GetMapping("/services/halls/{code}/edit")
	String edit(@AuthenticationPrincipal Caller caller, @PathVariable String code, Model model) {
		return page(caller, code, model, new Typed(null, null, null, null, null, null));
	}

	@PostMapping("/services/halls/{code}/edit")
	String saveHall(@AuthenticationPrincipal Caller caller, @PathVariable String code, @ModelAttribute HallForm form,
			Locale locale, Model model, RedirectAttributes flash) {
		return done(caller, code, model, flash, locale, "hall", () -> admin.update(caller, code, form.input()),
				e -> new Typed(form, null, null, null, null, null).refused("hall-form", forms.refused(HALL, e, locale)));
	}

	@PostMapping("/services/halls/{code}/edit/counters")
	String addCounter(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@ModelAttribute CounterForm form, Locale locale, Model model, RedirectAttributes flash) {
		List<FieldProblem> typed = new ArrayList<>();
		var input = form.input(typed);
		Typed kept = new Typed(null, "counter-new", form, null, null, null);
		if (!typed.isEmpty()) {
			return page(caller, code, model, kept.refused("counter-new", forms.problems(COUNTER, typed, locale)));
		}
		return done(caller, code, model, flash, locale, "counters", () -> admin.addCounter(caller, code, input),
				e -> kept.refused("counter-new", forms.refused(COUNTER, e, locale)));
	}

	@PostMapping("/services/halls/{code}/edit/counters/{number}")
	String changeCounter(@AuthenticationPrincipal Caller caller, @PathVariable String code, @PathVariable int number,
			@ModelAttribute CounterForm form, Locale locale, Model model, RedirectAttributes flash) {
		List<FieldProblem> typed = new ArrayList<>();
		var input = form.input(typed);
		String id = "counter-" + number;
		Typed kept = new Typed(null, id, form, null, null, null);
		if (!typed.isEmpty()) {
			return page(caller, code, model, kept.refused(id, forms.problems(COUNTER, typed, locale)));
		}
		return done(caller, code, model, flash, locale, "counters",
				() -> admin.changeCounter(caller, code, number, input),
				e -> kept.refused(id, forms.refused(COUNTER, e, locale)));
	}

	@PostMapping("/services/halls/{code}/edit/counters/{number}/retire")
	String retireCounter(@AuthenticationPrincipal Caller caller, @PathVariable String code, @PathVariable int number,
			Locale locale, Model model, RedirectAttributes flash) {
		String id = "counter-" + number;
		return done(caller, code, model, flash, locale, "counters", () -> {
			admin.retireCounter(caller, code, number);
			return null;
		}, e -> new Typed(null, null, null, null, null, null).refused(id, forms.refused(COUNTER, e, locale)));
	}

	@PostMapping("/services/halls/{code}/edit/hours")
	String hours(@AuthenticationPrincipal Caller caller, @PathVariable String code, @ModelAttribute HoursForm form,
			Locale locale, Model model, RedirectAttributes flash) {
		List<FieldProblem> typed = new ArrayList<>();
		HoursInput input = form.input(typed);
		Typed kept = new Typed(null, null, null, form, null, null);
		if (!typed.isEmpty()) {
			return page(caller, code, model, kept.refused("hours-form", forms.problems(HOURS, typed, locale)));
		}
		return done(caller, code, model, flash, locale, "hours", () -> admin.setHours(caller, code, input),
				e -> kept.refused("hours-form", hoursRefused(e, input, locale)));
	}

	@PostMapping("/services/halls/{code}/edit/closures")
	String addClosure(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@ModelAttribute ClosureForm form, Locale locale, Model model, RedirectAttributes flash) {
		List<FieldProblem> typed = new ArrayList<>();
		var input = form.input(typed);
		Typed kept = new Typed(null, null, null, null, form, null);
		if (!typed.isEmpty()) {
			return page(caller, code, model, kept.refused("closure-form", forms.problems(CLOSURE, typed, locale)));
		}
		return done(caller, code, model, flash, locale, "closures", () -> admin.addClosure(caller, code, input),
				e -> kept.refused("closure-form", forms.refused(CLOSURE, e, locale)));
	}

	@PostMapping("/services/halls/{code}/edit/closures/{date}/remove")
	String removeClosure(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Locale locale, Model model,
			RedirectAttributes flash) {
		return done(caller, code, model, flash, locale, "closures", () -> {
			admin.removeClosure(caller, code, date);
			return null;
		}, e -> new Typed(null, null, null, null, null, null).refused("closure-form",
				forms.refused(CLOSURE, e, locale)));
	}

	@PostMapping("/services/halls/{code}/edit/absences")
	String addAbsence(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@ModelAttribute AbsenceForm form, Locale locale, Model model, RedirectAttributes flash) {
		List<FieldProblem> typed = new ArrayList<>();
		var input = form.input(typed);
		Typed kept = new Typed(null, null, null, null, null, form);
		if (!typed.isEmpty()) {
			return page(caller, code, model, kept.refused("absence-form", forms.problems(ABSENCE, typed, locale)));
		}
		return done(caller, code, model, flash, locale, "absences", () -> absences.add(caller, code, input),
				e -> kept.refused("absence-form", forms.refused(ABSENCE, e, locale)));
	}

	@PostMapping("/services/halls/{code}/edit/absences/{username}/{date}/remove")
	String removeAbsence(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@PathVariable String username, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Locale locale, Model model, RedirectAttributes flash) {
		return done(caller, code, model, flash, locale, "absences", () -> {
			absences.remove(caller, code, username, date);
			return null;
		}, e -> new Typed(null, null, null, null, null, null).refused("absence-form",
				forms.refused(ABSENCE, e, locale)));
	}

	/** What was typed into the form that was posted, and its errors tagged with the form's id. */
	record Typed(HallForm hall, String counterId, CounterForm counter, HoursForm hours, ClosureForm closure,
			AbsenceForm absence, FormErrors errors) {

		Typed(HallForm hall, String counterId, CounterForm counter, HoursForm hours, ClosureForm closure,
				AbsenceForm absence) {
			this(hall, counterId, counter, hours, closure, absence, null);
		}

		Typed refused(String formId, FormErrors e) {
			return new Typed(hall, counterId, counter, hours, closure, absence, e.of(formId));
		}
	}

	/** Runs a change: a note and back to its section, or the page again with the refusal beside the fields. */
	private String done(Caller caller, String code, Model model, RedirectAttributes flash, Locale locale,
			String section, Supplier<Object> change, Function<ProblemException, Typed> refused) {
		try {
			change.get();
		}
		catch (ProblemException e) {
			if (e.status() == HttpStatus.FORBIDDEN) {
				throw e;
			}
			return page(caller, code, model, refused.apply(e));
		}
		flash.addFlashAttribute("message", text("services.hall-admin.saved-" + section, locale));
		return "redirect:/services/halls/" + code + "/edit#" + section;
	}

	/** A refusal of the week, its periods' problems beside the weekday they were typed on. */
	private FormErrors hoursRefused(ProblemException e, HoursInput input, Locale locale) {
		if (!(e instanceof InvalidInputException)) {
			return forms.refused(HOURS, e, locale);
		}
		List<FieldProblem> byDay = e.errors().stream().map(p -> p.item() == null || p.item() >= input.periods().size()
				? p : FieldProblem.of("hours" + input.periods().get(p.item()).weekday(), p.messageKey(), p.args()))
			.toList();
		return forms.problems(HOURS, byDay, locale);
	}

	private String page(Caller caller, String code, Model model, Typed typed) {
		HallSetupView setup = admin.setup(caller, code);
		Hall hall = setup.hall();
		LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
		model.addAttribute("setup", setup);
		model.addAttribute("hall", hall);
		model.addAttribute("mayOpen", admin.mayOpen(caller));
		model.addAttribute("today", today);
		model.addAttribute("duty", duty.on(code, today));
		model.addAttribute("candidates", admin.staffCandidates(caller, code));
		model.addAttribute("hallForm", typed.hall() != null ? typed.hall() : HallForm.of(hall));
		List<CounterForm> counters = setup.counters().stream()
			.map(c -> ("counter-" + c.number()).equals(typed.counterId()) ? typed.counter() : CounterForm.of(c))
			.toList();
		model.addAttribute("counterForms", counters);
		model.addAttribute("newCounter", "counter-new".equals(typed.counterId()) ? typed.counter()
				: CounterForm.empty());
		model.addAttribute("hoursForm", typed.hours() != null ? typed.hours() : HoursForm.of(setup));
		model.addAttribute("closureForm", typed.closure() != null ? typed.closure() : ClosureForm.empty());
		model.addAttribute("absenceForm", typed.absence() != null ? typed.absence() : AbsenceForm.empty());
		model.addAttribute("formErrors", typed.errors());
		return "services/halls/edit";
	}

	private String created(Model model, HallForm form, FormErrors errors) {
		model.addAttribute("hallForm", form);
		model.addAttribute("levels", HallLevel.values());
		model.addAttribute("formErrors", errors);
		return "services/halls/new";
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
