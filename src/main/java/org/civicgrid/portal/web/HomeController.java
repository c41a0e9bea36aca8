package org.civicgrid.portal.web;

import org.civicgrid.region.Regions;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.time.CalendarSettings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page, which tells a first-time visitor what CivicGrid is and whom to call before it asks for a password,
 * and the home each role lands on ({@link Workbench}): people in the street get a phone page, people at a desk the
 * desk page, each with the counts of their work ({@link HomeFigures}).
 */
@Controller
class HomeController {

	private final Regions regions;
	private final HomeFigures figures;
	private final OfficeSettings office;
	private final CalendarSettings calendar;

	HomeController(Regions regions, HomeFigures figures, OfficeSettings office, CalendarSettings calendar) {
		this.regions = regions;
		this.figures = figures;
		this.office = office;
		this.calendar = calendar;
	}

	/** The sign-in form; after a refusal ({@code ?error=}) the password is marked and the username kept. */
	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, Model model) {
		model.addAttribute("refused", error != null);
		model.addAttribute("office", office);
		model.addAttribute("officeHours", String.join(", ", calendar.officeHours()));
		return "login";
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal Caller caller, Model model) {
		RegionCode code = RegionCode.parse(caller.regionCode()).orElse(null);
		if (code != null && caller.role().isStaff() && regions.exists(code)) {
			model.addAttribute("region", regions.detail(caller.scope(), code));
			if (code.level() == RegionLevel.GRID) {
				model.addAttribute("card", regions.contactCard(caller.scope(), code));
			}
		}
		Workbench bench = Workbench.of(caller.role());
		model.addAttribute("bench", bench);
		figures.fill(bench, caller, model);
		return bench.template();
	}
}
