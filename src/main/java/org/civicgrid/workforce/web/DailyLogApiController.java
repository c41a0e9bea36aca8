package org.civicgrid.workforce.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.workforce.internal.DailyLog;
import org.civicgrid.workforce.internal.DailyLogs;
import org.civicgrid.workforce.internal.LogInput;
import org.civicgrid.workforce.internal.LogQuery;
import org.civicgrid.workforce.internal.LogSummary;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workforce")
@Tag(name = "workforce", description = "民情日志: a grid's daily log with the 四有 entries")
class DailyLogApiController {

	private final DailyLogs logs;

	DailyLogApiController(DailyLogs logs) {
		this.logs = logs;
	}

	@GetMapping("/grids/{grid}/logs/{day}")
	@Operation(summary = "A grid's log of a day (staff whose scope covers the grid); 404 when none was written")
	DailyLog get(@AuthenticationPrincipal Caller caller, @PathVariable String grid,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		return logs.get(caller, grid, day);
	}

	@PutMapping("/grids/{grid}/logs/{day}")
	@Operation(summary = "Write a grid's log of a day, whole (its grid worker, grid leader or community staff); "
			+ "today or within the last days, never ahead; a version older than the stored one is a 409")
	DailyLog put(@AuthenticationPrincipal Caller caller, @PathVariable String grid,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @RequestBody LogInput input) {
		return logs.write(caller, grid, day, input);
	}

	@GetMapping("/logs")
	@Operation(summary = "Daily logs in the caller's scope, newest day first")
	Paged<LogSummary> search(@AuthenticationPrincipal Caller caller,
			@Parameter(description = "a grid, or a community or street for all its grids")
			@RequestParam(required = false) String regionCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "only logs naming open problems (待解决问题)")
			@RequestParam(defaultValue = "false") boolean openProblems, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size,
			@Parameter(description = "field,asc or field,desc by day, gridCode or households; an unknown field is a "
					+ "400 naming sort")
			@RequestParam(required = false) String sort) {
		return logs.search(caller, new LogQuery(blank(regionCode), from, to, openProblems),
				PageRequest.of(page, size, sort));
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
