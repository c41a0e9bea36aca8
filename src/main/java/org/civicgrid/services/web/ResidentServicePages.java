package org.civicgrid.services.web;

import java.util.List;
import java.util.Locale;

import org.civicgrid.services.internal.requests.AgencyService;
import org.civicgrid.services.internal.requests.NewRating;
import org.civicgrid.services.internal.requests.RatingService;
import org.civicgrid.services.internal.requests.RequestService;
import org.civicgrid.services.internal.requests.SubjectKind;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.web.FormErrors;
import org.civicgrid.shared.web.PageForm;
import org.civicgrid.shared.web.PageForms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The resident's phone pages: my requests and agency matters with their progress, each one's page with the public
 * steps, and the rating (tappable stars, casework's) once it is finished.
 */
@Controller
class ResidentServicePages {

	static final PageForm RATE = PageForm.of(NewRating.class)
		.field("score", "casework.rate.field.score")
		.field("comment", "services.rating.field.comment")
		.field("subjectKind", "services.rating.field.subjectKind")
		.field("subjectId", "services.rating.field.subjectId");

	private final RequestService requests;
	private final AgencyService agency;
	private final RatingService ratings;
	private final PageForms forms;

	ResidentServicePages(RequestService requests, AgencyService agency, RatingService ratings, PageForms forms) {
		this.requests = requests;
		this.agency = agency;
		this.ratings = ratings;
		this.forms = forms;
	}

	@GetMapping("/my/services")
	String mine(@AuthenticationPrincipal Caller caller, Model model) {
		model.addAttribute("requests", requests.mine(caller));
		model.addAttribute("matters", agency.mine(caller));
		return "services/requests/mine";
	}

	@GetMapping("/my/services/requests/{id:\\d+}")
	String request(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
		return showRequest(caller, id, model);
	}

	@GetMapping("/my/services/agency/{id:\\d+}")
	String matter(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
		return showMatter(caller, id, model);
	}

	@PostMapping("/my/services/rating")
	String rate(@AuthenticationPrincipal Caller caller, @RequestParam SubjectKind subjectKind,
			@RequestParam long subjectId, @RequestParam(required = false) String score,
			@RequestParam(required = false) String comment, Locale locale, Model model) {
		Integer stars = stars(score);
		NewRating input = new NewRating(subjectKind, subjectId, stars, comment);
		FormErrors errors = stars == null
				? forms.problems(RATE, List.of(FieldProblem.of("score", "casework.rate.pick-stars")), locale)
				: forms.check(RATE, input, locale);
		String page = subjectKind == SubjectKind.AGENCY ? "/my/services/agency/" : "/my/services/requests/";
		if (!errors.any()) {
			try {
				ratings.rate(caller, input);
				return "redirect:" + page + subjectId;
			}
			catch (ProblemException e) {
				errors = forms.refused(RATE, e, locale);
			}
		}
		model.addAttribute("formErrors", errors);
		model.addAttribute("score", stars);
		model.addAttribute("comment", comment);
		return subjectKind == SubjectKind.AGENCY ? showMatter(caller, subjectId, model)
				: showRequest(caller, subjectId, model);
	}

	private String showRequest(Caller caller, long id, Model model) {
		var r = requests.get(caller, id);
		model.addAttribute("r", r);
		model.addAttribute("steps", requests.steps(caller, id));
		model.addAttribute("rating", ratings.of(SubjectKind.REQUEST, id).orElse(null));
		return "services/requests/resident-request";
	}

	private String showMatter(Caller caller, long id, Model model) {
		model.addAttribute("m", agency.get(caller, id));
		model.addAttribute("rating", ratings.of(SubjectKind.AGENCY, id).orElse(null));
		return "services/requests/resident-agency";
	}

	private static Integer stars(String score) {
		try {
			return score == null || score.isBlank() ? null : Integer.valueOf(score.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
