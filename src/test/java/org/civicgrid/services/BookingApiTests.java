package org.civicgrid.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Appointments over HTTP: the demo's halls and their slots, the last places of a slot given to exactly as many
 * concurrent bookers as it holds, every refusal named by its field, residents seeing only their own bookings and
 * a hall's day shown only to the staff whose scope covers it. Each test books at a hall of its own.
 */
class BookingApiTests extends ApiTest {

	static final String ITEM = "ZM007";
	static final String PASSWORD = "test-password-1";
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MovableClock clock;

	@Autowired
	ServiceHalls halls;

	@Autowired
	org.civicgrid.services.internal.halls.BookingReminders reminders;

	/** A hall of the test's own in community 410105560001: one counter serving ZM007 with {@code capacity} places. */
	String hall(int capacity) {
		String code = "HT" + System.nanoTime() % 1_000_000 + SEQUENCE.incrementAndGet();
		List<HallSetup.Period> hours = WeekdayHours.of("08:30", "12:00", "14:00", "17:30");
		halls.addMissing(List.of(new HallSetup(code, "测试大厅" + code, "COMMUNITY_HALL", "410105560001", "",
				List.of(new HallSetup.Counter(1, "综合窗口", List.of(ITEM, "ZM005"), capacity)), hours,
				Set.of(DayOfWeek.THURSDAY), List.of(LocalDate.parse("2026-02-13").plusDays(4)))));
		return code;
	}

	/** Opens an account as admin and answers a client signed in as it. */
	Api account(String role, String region) {
		return signedIn(user(role, region));
	}

	/** Opens an account as admin and answers its username. */
	String user(String role, String region) {
		String username = "bk-" + role.toLowerCase().substring(0, 4) + "-" + Long.toString(System.nanoTime(), 36) + "-"
				+ SEQUENCE.incrementAndGet();
		var body = new java.util.HashMap<String, Object>();
		body.put("username", username);
		body.put("displayName", "预约测试 " + username);
		body.put("password", PASSWORD);
		body.put("role", role);
		body.put("regionCode", region);
		var r = api.as("admin").post("/api/v1/accounts", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return username;
	}

	/** Signs in afresh (a token issued before the clock moved a day on has expired). */
	Api signedIn(String username) {
		return api.withToken(api.tokenFor(username, PASSWORD));
	}


	static Map<String, Object> booking(String hall, String item, String date, String start) {
		var body = new java.util.HashMap<String, Object>();
		body.put("hall", hall);
		body.put("item", item);
		body.put("date", date);
		body.put("start", start);
		return body;
	}

	@Test
	void theDemoHasTheStreetCentreAndAHallPerCommunityWithTheirSlots() {
		clock.stopAt("2026-02-12T09:00");
		JsonNode all = api.get("/api/v1/services/halls").json();
		List<String> codes = new ArrayList<>();
		all.forEach(h -> codes.add(h.path("hall").path("code").asText()));
		assertThat(codes).contains("H410105560", "H410105560001", "H410105560002");
		JsonNode centre = api.get("/api/v1/services/halls/H410105560").json();
		assertThat(centre.path("hall").path("level").asText()).isEqualTo("STREET_CENTRE");
		assertThat(centre.path("counters")).hasSize(7);

		// Thursday is an 8+4 day at the centre: 06:30–12:00 and 14:00–19:30, 11 + 11 slots
		JsonNode thursday = api.get("/api/v1/services/halls/H410105560/slots?item=MZ001&date=2026-02-12").json();
		assertThat(thursday.path("state").asText()).isEqualTo("OPEN");
		assertThat(thursday.path("slots")).hasSize(22);
		assertThat(thursday.path("slots").get(0).path("start").asText()).startsWith("06:30");
		assertThat(thursday.path("slots").get(0).path("past").asBoolean()).isTrue();
		assertThat(thursday.path("slots").get(21).path("end").asText()).startsWith("19:30");
		assertThat(thursday.path("slots").get(21).path("free").asInt()).isEqualTo(3);
		// Friday: 7 + 7 slots; the Spring Festival Monday is a holiday; Saturday 14 February is a make-up day
		assertThat(api.get("/api/v1/services/halls/H410105560/slots?item=MZ001&date=2026-02-13").json()
			.path("slots")).hasSize(14);
		JsonNode holiday = api.get("/api/v1/services/halls/H410105560/slots?item=MZ001&date=2026-02-16").json();
		assertThat(holiday.path("state").asText()).isEqualTo("HOLIDAY");
		assertThat(holiday.path("slots")).isEmpty();
		assertThat(api.get("/api/v1/services/halls/H410105560/slots?item=MZ001&date=2026-02-14").json()
			.path("slots")).hasSize(14);

		var notServed = api.get("/api/v1/services/halls/H410105560001/slots?item=MZ001&date=2026-02-13");
		assertThat(notServed.status()).isEqualTo(400);
		assertThat(notServed.errorFields()).containsExactly("item");
		assertThat(notServed.body()).contains("MZ001");
		assertThat(api.get("/api/v1/services/halls/HNOPE/slots?item=MZ001&date=2026-02-13").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/services/halls/H410105560/slots?item=MZ001&date=tomorrow").status())
			.isEqualTo(400);
	}

	@Test
	void fiftyConcurrentBookersOfFivePlacesGetExactlyFiveConfirmations() throws Exception {
		clock.stopAt("2026-02-12T09:00");
		String hall = hall(5);
		List<Api> residents = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			residents.add(account("RESIDENT", null));
		}
		ExecutorService pool = Executors.newFixedThreadPool(50);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Api.Response>> answers = new ArrayList<>();
		for (Api resident : residents) {
			answers.add(pool.submit(() -> {
				go.await();
				return resident.post("/api/v1/services/bookings", booking(hall, ITEM, "2026-02-13", "10:00"));
			}));
		}
		go.countDown();
		Map<Integer, Integer> byStatus = new ConcurrentHashMap<>();
		Set<Integer> places = ConcurrentHashMap.newKeySet();
		for (Future<Api.Response> f : answers) {
			Api.Response r = f.get();
			byStatus.merge(r.status(), 1, Integer::sum);
			if (r.status() == 201) {
				places.add(r.json().path("booking").path("placeNo").asInt());
				assertThat(r.json().path("materials")).isNotEmpty();
			}
			else if (r.status() == 409) {
				assertThat(r.contentType()).contains("problem+json");
				assertThat(r.errorFields()).containsExactly("start");
				assertThat(r.body()).contains("约满");
			}
		}
		pool.shutdown();
		assertThat(byStatus).isEqualTo(Map.of(201, 5, 409, 45));
		assertThat(places).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
		JsonNode slot = api.get("/api/v1/services/halls/" + hall + "/slots?item=" + ITEM + "&date=2026-02-13").json()
			.path("slots").get(3);
		assertThat(slot.path("start").asText()).startsWith("10:00");
		assertThat(slot.path("free").asInt()).isZero();
	}

	@Test
	void aResidentBooksSeesTheMaterialsAndCancelsUntilTheDeadline() {
		clock.stopAt("2026-02-12T09:00");
		String hall = hall(2);
		String name = user("RESIDENT", null);
		Api resident = signedIn(name);
		var r = resident.post("/api/v1/services/bookings", booking(hall, ITEM, "2026-02-13", "09:00"));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		JsonNode confirmed = r.json();
		long id = confirmed.path("booking").path("id").asLong();
		assertThat(confirmed.path("booking").path("state").asText()).isEqualTo("BOOKED");
		assertThat(confirmed.path("booking").path("counterName").asText()).isEqualTo("综合窗口");
		assertThat(confirmed.path("itemName").asText()).contains("高龄津贴");
		assertThat(confirmed.path("materials").get(0).path("name").asText()).isNotBlank();

		// the same item the same day again: refused naming item, even at another slot
		var again = resident.post("/api/v1/services/bookings", booking(hall, ITEM, "2026-02-13", "11:00"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.errorFields()).containsExactly("item");

		JsonNode mine = resident.get("/api/v1/services/bookings/mine").json();
		assertThat(mine).hasSize(1);
		assertThat(mine.get(0).path("id").asLong()).isEqualTo(id);

		// another resident neither sees nor cancels it
		Api other = account("RESIDENT", null);
		assertThat(other.get("/api/v1/services/bookings/" + id).status()).isEqualTo(404);
		assertThat(other.delete("/api/v1/services/bookings/" + id).status()).isEqualTo(404);
		assertThat(other.get("/api/v1/services/bookings/mine").json()).isEmpty();

		// cancelling closes two hours before the start
		clock.stopAt("2026-02-13T07:01");
		resident = signedIn(name);
		var late = resident.delete("/api/v1/services/bookings/" + id);
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.errorFields()).containsExactly("start");
		assertThat(late.body()).contains("120");
		clock.stopAt("2026-02-13T06:59");
		var cancelled = resident.delete("/api/v1/services/bookings/" + id);
		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.json().path("state").asText()).isEqualTo("CANCELLED");
		assertThat(resident.delete("/api/v1/services/bookings/" + id).status()).isEqualTo(409);
		// the place and the day are free again
		assertThat(resident.post("/api/v1/services/bookings", booking(hall, ITEM, "2026-02-13", "09:00")).status())
			.isEqualTo(201);
	}

	@Test
	void everyRefusalNamesItsField() {
		clock.stopAt("2026-02-12T09:00");
		String hall = hall(1);
		Api resident = account("RESIDENT", null);
		assertRefused(resident, booking(hall, ITEM, "2026-02-11", "10:00"), 422, "date", "过去");
		assertRefused(resident, booking(hall, ITEM, "2026-02-12", "08:30"), 422, "start", "过去");
		assertRefused(resident, booking(hall, ITEM, "2026-02-13", "12:30"), 422, "start", "办公时间");
		assertRefused(resident, booking(hall, ITEM, "2026-02-13", "10:10"), 422, "start", "办公时间");
		assertRefused(resident, booking(hall, ITEM, "2026-02-16", "10:00"), 422, "date", "节假日");
		assertRefused(resident, booking(hall, ITEM, "2026-02-17", "10:00"), 422, "date", "闭厅");
		assertRefused(resident, booking(hall, "ZM005", "2026-02-13", "10:00"), 422, "item", "不能预约");
		assertRefused(resident, booking(hall, "MZ001", "2026-02-13", "10:00"), 422, "item", "没有办理");
		assertRefused(resident, booking(hall, "NOPE999", "2026-02-13", "10:00"), 422, "item", "NOPE999");
		assertRefused(resident, booking("HNOPE", ITEM, "2026-02-13", "10:00"), 422, "hall", "HNOPE");
		assertRefused(resident, booking(hall, ITEM, "2026-03-13", "10:00"), 422, "date", "14");
		var missing = resident.post("/api/v1/services/bookings", Map.of("hall", hall));
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.errorFields()).containsExactlyInAnyOrder("item", "date", "start");
		// in English too
		var english = resident.inEnglish().post("/api/v1/services/bookings", booking(hall, ITEM, "2026-02-16", "10:00"));
		assertThat(english.body()).contains("public holiday");
		// staff do not book
		assertThat(api.as("community1").post("/api/v1/services/bookings", booking(hall, ITEM, "2026-02-13", "10:00"))
			.status()).isEqualTo(403);
		// a closure: this test hall closes on 17 February; a make-up Saturday opens (8+4 does not apply)
		assertThat(resident.post("/api/v1/services/bookings", booking(hall, ITEM, "2026-02-14", "16:30")).status())
			.isEqualTo(201);
		assertRefused(account("RESIDENT", null), booking(hall, ITEM, "2026-02-14", "16:30"), 409, "start", "约满");
	}

	@Test
	void aHallsStaffInScopeSeeTheDayCheckPeopleInAndMarkNoShows() {
		clock.stopAt("2026-02-12T09:00");
		String hall = hall(2);
		String residentName = user("RESIDENT", null);
		Api resident = signedIn(residentName);
		String lateName = user("RESIDENT", null);
		Api late = signedIn(lateName);
		long id = resident.post("/api/v1/services/bookings", booking(hall, ITEM, "2026-02-13", "09:00")).json()
			.path("booking").path("id").asLong();
		long lateId = late.post("/api/v1/services/bookings", booking(hall, ITEM, "2026-02-13", "09:00")).json()
			.path("booking").path("id").asLong();

		String path = "/api/v1/services/halls/" + hall + "/bookings?date=2026-02-13";
		JsonNode day = api.as("community1").get(path).json();
		assertThat(day).hasSize(2);
		assertThat(day.get(0).path("counterNo").asInt()).isEqualTo(1);
		assertThat(api.as("dispatcher").get(path).json()).hasSize(2);
		assertThat(api.as("admin").get(path).status()).isEqualTo(200);
		Api otherCommunity = account("COMMUNITY_STAFF", "410105560002");
		var refused = otherCommunity.get(path);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("out-of-scope");
		assertThat(resident.get(path).status()).isEqualTo(403);
		assertThat(otherCommunity.post("/api/v1/services/bookings/" + id + "/check-in", Map.of()).status())
			.isEqualTo(403);
		assertThat(resident.post("/api/v1/services/bookings/" + id + "/check-in", Map.of()).status()).isEqualTo(403);

		// check-in on the day only; no-show once the slot has begun
		var early = api.as("community1").post("/api/v1/services/bookings/" + id + "/check-in", Map.of());
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.errorFields()).containsExactly("date");
		clock.stopAt("2026-02-13T08:50");
		assertThat(api.as("community1").post("/api/v1/services/bookings/" + lateId + "/no-show", Map.of()).status())
			.isEqualTo(409);
		var in = api.as("community1").post("/api/v1/services/bookings/" + id + "/check-in", Map.of());
		assertThat(in.status()).isEqualTo(200);
		assertThat(in.json().path("state").asText()).isEqualTo("CHECKED_IN");
		assertThat(in.json().path("changedBy").asText()).isEqualTo("community1");
		clock.stopAt("2026-02-13T09:40");
		var noShow = api.as("community1").post("/api/v1/services/bookings/" + lateId + "/no-show", Map.of());
		assertThat(noShow.status()).isEqualTo(200);
		assertThat(noShow.json().path("state").asText()).isEqualTo("NO_SHOW");

		// 好差评 on the one mechanism: the served resident rates the appointment, a 差评 gets a call-back; the one who
		// did not come cannot rate, nor can anyone rate another's appointment
		Api servedNow = signedIn(residentName);
		Api lateNow = signedIn(lateName);
		var notServed = lateNow.post("/api/v1/services/ratings", Map.of("subjectKind", "APPOINTMENT", "subjectId", lateId,
				"score", 1));
		assertThat(notServed.status()).isEqualTo(409);
		assertThat(notServed.errorFields()).containsExactly("subjectId");
		assertThat(lateNow.post("/api/v1/services/ratings", Map.of("subjectKind", "APPOINTMENT", "subjectId", id,
				"score", 1)).status()).isEqualTo(404);
		var rated = servedNow.post("/api/v1/services/ratings", Map.of("subjectKind", "APPOINTMENT", "subjectId", id,
				"score", 1, "comment", "等了很久"));
		assertThat(rated.status()).as(rated.body()).isIn(200, 201);
		assertThat(rated.body()).contains("APPOINTMENT");
		boolean calledBack = false;
		for (JsonNode c : api.as("community1").get("/api/v1/services/callbacks?size=500").json().path("items")) {
			calledBack |= c.path("subjectKind").asString().equals("APPOINTMENT") && c.path("subjectId").asLong() == id;
		}
		assertThat(calledBack).as("a 差评 on an appointment gets a call-back in the hall's community").isTrue();
		assertThat(api.as("community1").post("/api/v1/services/bookings/" + lateId + "/check-in", Map.of()).status())
			.isEqualTo(409);
		assertThat(signedIn(lateName).get("/api/v1/services/bookings/mine").json().get(0).path("state").asText())
			.isEqualTo("NO_SHOW");
	}

	@Test
	void aCheckedInAppointmentBecomesOneRequestOwnedByTheCounter() {
		clock.stopAt("2026-02-12T09:00");
		String hall = hall(2);
		String name = user("RESIDENT", null);
		long id = signedIn(name).post("/api/v1/services/bookings", booking(hall, ITEM, "2026-02-13", "10:00")).json()
			.path("booking").path("id").asLong();
		String path = "/api/v1/services/bookings/" + id + "/request";

		// not before the resident came, with the state said in words; nobody outside the hall's scope
		clock.stopAt("2026-02-13T09:55");
		var early = api.as("community1").post(path, Map.of());
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.errorFields()).containsExactly("state");
		assertThat(early.body()).contains("已预约");
		assertThat(account("COMMUNITY_STAFF", "410105560002").post(path, Map.of()).status()).isEqualTo(403);
		assertThat(signedIn(name).post(path, Map.of()).status()).isEqualTo(403);
		assertThat(api.as("community1").post("/api/v1/services/bookings/987654321/request", Map.of()).status())
			.isEqualTo(404);

		assertThat(api.as("community1").post("/api/v1/services/bookings/" + id + "/check-in", Map.of()).status())
			.isEqualTo(200);
		var recorded = api.as("community1").post(path, Map.of());
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		JsonNode request = recorded.json();
		assertThat(request.path("itemCode").asString()).isEqualTo(ITEM);
		assertThat(request.path("residentName").asString()).isEqualTo("预约测试 " + name);
		assertThat(request.path("receivedBy").asString()).isEqualTo("community1");
		assertThat(request.path("owner").asString()).isEqualTo("community1");
		assertThat(request.path("hall").asString()).isEqualTo("测试大厅" + hall);
		assertThat(request.path("counter").asString()).isEqualTo("1 综合窗口");
		assertThat(request.path("channel").asString()).isEqualTo("COUNTER");
		assertThat(request.path("regionCode").asString()).isEqualTo("410105560001");

		// the hall's requests: one open, found by the hall's name, counted in its colours
		String ofHall = java.net.URLEncoder.encode("测试大厅" + hall, java.nio.charset.StandardCharsets.UTF_8);
		JsonNode listed = api.as("community1").get("/api/v1/services/requests?hall=" + ofHall).json();
		assertThat(listed.path("total").asInt()).isEqualTo(1);
		assertThat(listed.path("items").get(0).path("id").asLong()).isEqualTo(request.path("id").asLong());
		int open = 0;
		for (JsonNode n : api.as("community1").get("/api/v1/services/requests/colours?hall=" + ofHall).json()) {
			open += n.asInt();
		}
		assertThat(open).isEqualTo(1);

		// once: the second click names the request it already became, and the resident sees it as theirs
		var again = api.as("community1").post(path, Map.of());
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.errorFields()).containsExactly("booking");
		assertThat(again.body()).contains(request.path("number").asString());
		var mine = signedIn(name).get("/api/v1/services/requests/" + request.path("id").asLong());
		assertThat(mine.status()).as(mine.body()).isEqualTo(200);
		assertThat(mine.json().path("number").asString()).isEqualTo(request.path("number").asString());
	}

	@Test
	void theDayBeforeTheResidentIsRemindedOnceInTheInbox() {
		clock.stopAt("2026-02-12T09:00");
		String hall = hall(2);
		String name = user("RESIDENT", null);
		Api resident = signedIn(name);
		assertThat(resident.post("/api/v1/services/bookings", booking(hall, ITEM, "2026-02-13", "14:30")).status())
			.isEqualTo(201);
		assertThat(reminders.remindTomorrow()).isPositive();
		assertThat(reminders.remindTomorrow()).isZero();
		JsonNode inbox = resident.get("/api/v1/inbox").json();
		assertThat(inbox.path("total").asInt()).isEqualTo(1);
		JsonNode message = inbox.path("items").get(0);
		assertThat(message.toString()).contains("services.booking.reminder").contains("2026-02-13").contains("14:30")
			.contains("高龄津贴");
	}

	@Test
	void threeNoShowsPauseBooking() {
		String name = user("RESIDENT", null);
		String hall = hall(3);
		for (String day : List.of("2026-02-09", "2026-02-10", "2026-02-11")) {
			clock.stopAt(day + "T08:00");
			assertThat(signedIn(name).post("/api/v1/services/bookings", booking(hall, ITEM, day, "09:00")).status())
				.isEqualTo(201);
			clock.stopAt(day + "T09:31");
			long id = signedIn(name).get("/api/v1/services/bookings/mine").json().get(0).path("id").asLong();
			assertThat(api.as("community1").post("/api/v1/services/bookings/" + id + "/no-show", Map.of()).status())
				.isEqualTo(200);
		}
		clock.stopAt("2026-02-12T09:00");
		var blocked = signedIn(name).post("/api/v1/services/bookings", booking(hall, ITEM, "2026-02-13", "10:00"));
		assertThat(blocked.status()).isEqualTo(409);
		assertThat(blocked.errorFields()).containsExactly("item");
		assertThat(blocked.body()).contains("3 次").contains("2026-03-13");
		clock.stopAt("2026-03-16T09:00");
		assertThat(signedIn(name).post("/api/v1/services/bookings", booking(hall, ITEM, "2026-03-16", "10:00"))
			.status()).isEqualTo(201);
	}

	static void assertRefused(Api resident, Map<String, Object> body, int status, String field, String words) {
		var r = resident.post("/api/v1/services/bookings", body);
		assertThat(r.status()).as(r.body()).isEqualTo(status);
		assertThat(r.errorFields()).as(r.body()).containsExactly(field);
		assertThat(r.body()).contains(words);
	}
}
