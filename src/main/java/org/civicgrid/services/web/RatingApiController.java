package org.civicgrid.services.web;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.services.internal.requests.NewRating;
import org.civicgrid.services.internal.requests.Rating;
import org.civicgrid.services.internal.requests.RatingService;
import org.civicgrid.services.internal.requests.SatisfactionFigures;
import org.civicgrid.shared.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/services/ratings")
@Tag(name = "ratings", description = "好差评, one mechanism for requests, appointments, agency matters and cases")
class RatingApiController {

	private final RatingService ratings;
	private final SatisfactionFigures figures;

	RatingApiController(RatingService ratings, SatisfactionFigures figures) {
		this.ratings = ratings;
		this.figures = figures;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "The resident rates their own finished subject (REQUEST, AGENCY, APPOINTMENT) once, 1-5")
	Rating rate(@AuthenticationPrincipal Caller caller, @Valid @RequestBody NewRating input) {
		return ratings.rate(caller, input);
	}

	@GetMapping
	@Operation(summary = "The resident's own ratings, or the newest 200 in a staff member's scope")
	List<Rating> list(@AuthenticationPrincipal Caller caller) {
		return ratings.list(caller);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One rating")
	Rating get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return ratings.get(caller, id);
	}

	@GetMapping("/satisfaction")
	@Operation(summary = "Satisfaction in the caller's scope by HALL, COUNTER, ITEM, STAFF or GRID_WORKER")
	List<SatisfactionFigures.Row> satisfaction(@AuthenticationPrincipal Caller caller,
			@RequestParam(defaultValue = "HALL") SatisfactionFigures.By by) {
		return figures.of(caller, by, 50);
	}
}
