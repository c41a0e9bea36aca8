package org.civicgrid.messaging.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.messaging.internal.RobotLinks;
import org.civicgrid.shared.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/messaging/channels/{id}/robot")
@Tag(name = "messaging", description = "Three-level channels (三级联动平台)")
class RobotApiController {

	/** The channel's robot (absent when none) and the robots configured on this node. */
	record RobotView(String robot, List<String> configured) {
	}

	/** The robot to link, by its configured name; blank or absent unlinks. */
	record RobotChoice(String robot) {
	}

	private final RobotLinks robots;

	RobotApiController(RobotLinks robots) {
		this.robots = robots;
	}

	@GetMapping
	@Operation(summary = "The WeCom group robot the channel's staff notices, appointments, relays and emergencies also "
			+ "go to, and the robots configured on this node")
	RobotView of(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return new RobotView(robots.of(caller, id).orElse(null), robots.configured());
	}

	@PutMapping
	@Operation(summary = "Link the channel to a configured robot or unlink it (the channel's owners); 422 naming robot "
			+ "when no robot of that name is configured")
	RobotView link(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody RobotChoice choice) {
		return new RobotView(robots.link(caller, id, choice == null ? null : choice.robot()).orElse(null),
				robots.configured());
	}
}
