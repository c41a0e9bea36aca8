package org.civicgrid.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.services.HallFixture.booking;

import java.util.List;
import java.util.Map;

import org.civicgrid.services.internal.halls.BookingReminders;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Moving a booking (改约) over HTTP: to another slot of the same hall and item, until the cancelling deadline;
 * atomic, so a full new slot leaves the old booking as it was; the new booking is reminded afresh; another
 * resident's booking is unknown (404).
 */
class RescheduleApiTests extends ApiTest {

	@Autowired
	MovableClock clock;

	@Autowired
	BookingReminders reminders;

	HallFixture fixture;
	String hall;

	@BeforeEach
	void hall() {
		fixture = new HallFixture(api);
		clock.stopAt("2026-02-12T09:00");
		hall = fixture.openCommunityHall();
		fixture.addCounter(hall, 1, List.of("ZM007", "ZM008"), 1, "community1", "gridworker1");
	}

	long book(Api resident, String date, String start) {
		var r = resident.post("/api/v1/services/bookings", booking(hall, "ZM007", date, start));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().path("booking").path("id").asLong();
	}

	static Map<String, Object> to(String date, String start) {
		return Map.of("date", date, "start", start);
	}

	@Test
	void aResidentMovesTheirBookingAndIsRemindedOfTheNewOne() {
		String name = fixture.user("RESIDENT", null);
		Api resident = fixture.signedIn(name);
		long id = book(resident, "2026-02-13", "09:00");
		assertThat(reminders.remindTomorrow()).isPositive();

		var moved = resident.post("/api/v1/services/bookings/" + id + "/reschedule", to("2026-02-13", "14:30"));
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		JsonNode next = moved.json().path("booking");
		long newId = next.path("id").asLong();
		assertThat(newId).isNotEqualTo(id);
		assertThat(next.path("state").asString()).isEqualTo("BOOKED");
		assertThat(next.path("start").asString()).startsWith("14:30");
		assertThat(next.path("hallCode").asString()).isEqualTo(hall);
		assertThat(next.path("itemCode").asString()).isEqualTo("ZM007");
		assertThat(moved.json().path("materials")).isNotEmpty();
		JsonNode old = resident.get("/api/v1/services/bookings/" + id).json();
		assertThat(old.path("state").asString()).isEqualTo("CANCELLED");
		assertThat(old.path("rescheduledTo").asLong()).isEqualTo(newId);
		// the old place is free again, the new one taken
		JsonNode slots = api.get("/api/v1/services/halls/" + hall + "/slots?item=ZM007&date=2026-02-13").json()
			.path("slots");
		assertThat(slots.get(1).path("start").asString()).startsWith("09:00");
		assertThat(slots.get(1).path("free").asInt()).isEqualTo(1);
		assertThat(slots.get(8).path("start").asString()).startsWith("14:30");
		assertThat(slots.get(8).path("free").asInt()).isZero();
		// the new booking is reminded afresh, once
		assertThat(reminders.remindTomorrow()).isPositive();
		assertThat(reminders.remindTomorrow()).isZero();
		JsonNode inbox = resident.get("/api/v1/inbox").json();
		assertThat(inbox.path("total").asInt()).isEqualTo(2);
		assertThat(inbox.path("items").toString()).contains("09:00").contains("14:30");

		// and moved again, to another day
		var again = resident.post("/api/v1/services/bookings/" + newId + "/reschedule", to("2026-02-24", "10:00"));
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		assertThat(again.json().path("booking").path("date").asString()).isEqualTo("2026-02-24");
		List<String> states = new java.util.ArrayList<>();
		resident.get("/api/v1/services/bookings/mine").json().forEach(b -> states.add(b.path("state").asString()));
		assertThat(states).containsExactly("BOOKED", "CANCELLED", "CANCELLED");
	}

	@Test
	void aMoveToAFullSlotIsRefusedAndTheOldBookingStands() {
		Api other = fixture.signedIn(fixture.user("RESIDENT", null));
		book(other, "2026-02-13", "11:00");
		Api resident = fixture.signedIn(fixture.user("RESIDENT", null));
		long id = book(resident, "2026-02-13", "09:00");

		var full = resident.post("/api/v1/services/bookings/" + id + "/reschedule", to("2026-02-13", "11:00"));
		assertThat(full.status()).isEqualTo(409);
		assertThat(full.errorFields()).containsExactly("start");
		assertThat(full.body()).contains("约满");
		JsonNode old = resident.get("/api/v1/services/bookings/" + id).json();
		assertThat(old.path("state").asString()).isEqualTo("BOOKED");
		assertThat(old.path("rescheduledTo").asString("")).isEmpty();
		assertThat(resident.get("/api/v1/services/bookings/mine").json()).hasSize(1);
		assertThat(api.get("/api/v1/services/halls/" + hall + "/slots?item=ZM007&date=2026-02-13").json()
			.path("slots").get(1).path("free").asInt()).as("the old place is still held").isZero();
	}

	@Test
	void aMoveIsRefusedAfterTheDeadlineAndForWhatCannotBeBooked() {
		String name = fixture.user("RESIDENT", null);
		Api resident = fixture.signedIn(name);
		long id = book(resident, "2026-02-13", "09:00");
		long later = book(resident, "2026-02-24", "09:00");
		String path = "/api/v1/services/bookings/" + id + "/reschedule";

		var missing = resident.post(path, Map.of());
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.errorFields()).containsExactlyInAnyOrder("date", "start");
		HallAdminApiTests.assertRefused(resident.post(path, to("2026-02-13", "09:00")), 422, "start", "原来预约");
		HallAdminApiTests.assertRefused(resident.post(path, to("2026-02-16", "09:00")), 422, "date", "节假日");
		HallAdminApiTests.assertRefused(resident.post(path, to("2026-02-13", "12:30")), 422, "start", "办公时间");
		HallAdminApiTests.assertRefused(resident.post(path, to("2026-02-12", "08:30")), 422, "start", "过去");
		HallAdminApiTests.assertRefused(resident.post(path, to("2026-02-24", "10:00")), 409, "item", "每天只能预约一次");

		clock.stopAt("2026-02-13T07:01");
		resident = fixture.signedIn(name);
		HallAdminApiTests.assertRefused(resident.post(path, to("2026-02-13", "15:00")), 409, "start", "120");
		assertThat(resident.get("/api/v1/services/bookings/" + id).json().path("state").asString()).isEqualTo("BOOKED");
		// a booking no longer booked is not moved
		assertThat(resident.delete("/api/v1/services/bookings/" + later).status()).isEqualTo(200);
		HallAdminApiTests.assertRefused(resident.post("/api/v1/services/bookings/" + later + "/reschedule",
				to("2026-02-20", "09:00")), 409, "state", "CANCELLED");
	}

	@Test
	void anotherResidentsBookingIsUnknownAndStaffDoNotMoveBookings() {
		Api resident = fixture.signedIn(fixture.user("RESIDENT", null));
		long id = book(resident, "2026-02-13", "09:00");
		Api other = fixture.signedIn(fixture.user("RESIDENT", null));
		var unknown = other.post("/api/v1/services/bookings/" + id + "/reschedule", to("2026-02-13", "10:00"));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().path("type").asString()).endsWith("/not-found");
		var staff = api.as("community1").post("/api/v1/services/bookings/" + id + "/reschedule", to("2026-02-13", "10:00"));
		assertThat(staff.status()).isEqualTo(403);
		assertThat(api.post("/api/v1/services/bookings/" + id + "/reschedule", to("2026-02-13", "10:00")).status())
			.isEqualTo(401);
		assertThat(resident.get("/api/v1/services/bookings/" + id).json().path("state").asString()).isEqualTo("BOOKED");
	}
}
