package org.civicgrid.services.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.services.internal.halls.AbsenceInput;
import org.civicgrid.services.internal.halls.ClosureInput;
import org.civicgrid.services.internal.halls.CounterAbsence;
import org.civicgrid.services.internal.halls.CounterInput;
import org.civicgrid.services.internal.halls.CounterSetup;
import org.civicgrid.services.internal.halls.Hall;
import org.civicgrid.services.internal.halls.HallAdministration;
import org.civicgrid.services.internal.halls.HallClosure;
import org.civicgrid.services.internal.halls.HallInput;
import org.civicgrid.services.internal.halls.HallSetupView;
import org.civicgrid.services.internal.halls.HoursInput;
import org.civicgrid.services.internal.halls.StaffAbsences;
import org.civicgrid.shared.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/services/halls")
@Tag(name = "services-hall-admin", description = "Setting halls up: halls (admins and street staff), and in scope "
		+ "their counters with A and B staff, weekly hours with 8+4 days, closures and staff absences (also "
		+ "community staff for their own halls)")
class HallAdminApiController {

	private final HallAdministration admin;
	private final StaffAbsences absences;

	HallAdminApiController(HallAdministration admin, StaffAbsences absences) {
		this.admin = admin;
		this.absences = absences;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a hall in the caller's scope (admins and street staff); the level fixes the region's: "
			+ "a street centre a street, a community hall a community, a door-to-door service a grid")
	Hall create(@AuthenticationPrincipal Caller caller, @RequestBody HallInput in) {
		return admin.create(caller, in);
	}

	@PutMapping("/{code}")
	@Operation(summary = "Change a hall's name and address (admins and street staff in scope); code, level and "
			+ "region stay")
	Hall update(@AuthenticationPrincipal Caller caller, @PathVariable String code, @RequestBody HallInput in) {
		return admin.update(caller, code, in);
	}

	@GetMapping("/{code}/setup")
	@Operation(summary = "Everything a manager edits of a hall: counters with A and B staff, hours, 8+4 days, "
			+ "closures and absences from today")
	HallSetupView setup(@AuthenticationPrincipal Caller caller, @PathVariable String code) {
		return admin.setup(caller, code);
	}

	@PostMapping("/{code}/counters")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a counter: number 1-99, name, items (published; at a door-to-door service done at "
			+ "home), capacity 1-100, staffA and staffB usernames")
	CounterSetup addCounter(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@RequestBody CounterInput in) {
		return admin.addCounter(caller, code, in);
	}

	@PutMapping("/{code}/counters/{number}")
	@Operation(summary = "Change a counter; 409 naming items or capacity when the change would strand live "
			+ "bookings still to come")
	CounterSetup changeCounter(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@PathVariable int number, @RequestBody CounterInput in) {
		return admin.changeCounter(caller, code, number, in);
	}

	@DeleteMapping("/{code}/counters/{number}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Take a counter out of service; 409 naming number while it holds bookings still to come")
	void retireCounter(@AuthenticationPrincipal Caller caller, @PathVariable String code, @PathVariable int number) {
		admin.retireCounter(caller, code, number);
	}

	@PutMapping("/{code}/hours")
	@Operation(summary = "Replace the week: periods (weekday 1-7, opens, closes) and the 8+4 weekdays; 409 naming "
			+ "periods when a booked slot still to come would no longer be offered")
	HallSetupView hours(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@RequestBody HoursInput in) {
		return admin.setHours(caller, code, in);
	}

	@PostMapping("/{code}/closures")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Close the hall on a day with a reason; 409 naming date when closed already or booked")
	HallClosure addClosure(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@RequestBody ClosureInput in) {
		return admin.addClosure(caller, code, in);
	}

	@DeleteMapping("/{code}/closures/{date}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Open the hall again on a closed day")
	void removeClosure(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		admin.removeClosure(caller, code, date);
	}

	@PostMapping("/{code}/absences")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record the days (from, to) a counter's A or B staff member is away; B covers A")
	List<CounterAbsence> addAbsence(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@RequestBody AbsenceInput in) {
		return absences.add(caller, code, in);
	}

	@DeleteMapping("/{code}/absences/{username}/{date}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a recorded day away")
	void removeAbsence(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@PathVariable String username,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		absences.remove(caller, code, username, date);
	}
}
