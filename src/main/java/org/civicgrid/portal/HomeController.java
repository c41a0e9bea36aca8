package org.civicgrid.portal;

import java.util.EnumSet;
import java.util.Set;

import org.civicgrid.region.Regions;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Where each role lands: people in the street get the phone page, people at a desk the desk page. */
@Controller
class HomeController {

	/** Roles that work on a phone, in the street or at home. */
	static final Set<Role> MOBILE = EnumSet.of(Role.GRID_LEADER, Role.GRID_WORKER, Role.BUILDING_LEADER,
			Role.VOLUNTEER, Role.RESIDENT);

	private final Regions regions;

	HomeController(Regions regions) {
		this.regions = regions;
	}

	/** The sign-in form; after a refusal ({@code ?error=}) the password is marked and the username kept. */
	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, Model model) {
		model.addAttribute("refused", error != null);
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
		return MOBILE.contains(caller.role()) ? "home-mobile" : "home";
	}
}
