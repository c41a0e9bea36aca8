package org.civicgrid.services.internal.halls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.civicgrid.identity.AccountDirectory;
import org.civicgrid.identity.StaffAccount;
import org.civicgrid.services.internal.PublishedItemReader;
import org.civicgrid.services.internal.ServiceItem;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.springframework.stereotype.Component;

/**
 * What a counter may be: a number of 1–99, a name, 1–100 people per slot, at least one published item (at a grid's
 * door-to-door service only items done at the resident's home), and as A and B two different enabled staff
 * accounts working in the hall's street or above it (an admin, a district department). Each problem names its
 * field; the checked counter carries the accounts' own usernames.
 */
@Component
class CounterRules {

	static final int MAX_CAPACITY = 100;
	static final int MAX_NAME = 60;

	private final PublishedItemReader items;
	private final AccountDirectory accounts;

	CounterRules(PublishedItemReader items, AccountDirectory accounts) {
		this.items = items;
		this.accounts = accounts;
	}

	/** The checked counter, or the problems found, each naming its field. */
	record Checked(CounterSetup counter, List<FieldProblem> problems) {
	}

	Checked check(Hall hall, int number, CounterInput in) {
		List<FieldProblem> problems = new ArrayList<>();
		if (number < 1 || number > 99) {
			problems.add(FieldProblem.of("number", "services.counter.number"));
		}
		String name = in.name() == null ? "" : in.name().strip();
		if (name.isEmpty()) {
			problems.add(FieldProblem.of("name", "validation.required"));
		}
		else if (name.length() > MAX_NAME) {
			problems.add(FieldProblem.of("name", "validation.too-long", MAX_NAME));
		}
		if (in.capacity() == null) {
			problems.add(FieldProblem.of("capacity", "validation.required"));
		}
		else if (in.capacity() < 1 || in.capacity() > MAX_CAPACITY) {
			problems.add(FieldProblem.of("capacity", "services.counter.capacity", MAX_CAPACITY));
		}
		List<String> codes = in.items().stream().map(c -> c.toUpperCase(Locale.ROOT)).distinct().toList();
		if (codes.isEmpty()) {
			problems.add(FieldProblem.of("items", "services.counter.items-required"));
		}
		for (String code : codes) {
			Optional<ServiceItem> item = items.published(code);
			if (item.isEmpty()) {
				problems.add(FieldProblem.of("items", "services.counter.item-unknown", code));
			}
			else if (hall.level().atHome() && !item.get().atHome()) {
				problems.add(FieldProblem.of("items", "services.counter.item-not-at-home", code, item.get().name()));
			}
		}
		String staffA = blankToNull(in.staffA());
		String staffB = blankToNull(in.staffB());
		Map<String, StaffAccount> staff = staff(staffA, staffB);
		String a = account(hall, "staffA", staffA, staff, problems);
		String b = account(hall, "staffB", staffB, staff, problems);
		if (staffA != null && staffA.equalsIgnoreCase(staffB)) {
			problems.add(FieldProblem.of("staffB", "services.counter.staff-same", staffB));
		}
		int capacity = in.capacity() == null ? 0 : in.capacity();
		return new Checked(new CounterSetup(hall.code(), number, name, codes, capacity, a, b), problems);
	}

	private Map<String, StaffAccount> staff(String... usernames) {
		List<String> named = Stream.of(usernames).filter(Objects::nonNull).toList();
		Map<String, StaffAccount> byName = new HashMap<>();
		if (!named.isEmpty()) {
			accounts.staffNamed(named).forEach(s -> byName.put(s.username().toLowerCase(Locale.ROOT), s));
		}
		return byName;
	}

	/** The account's own username, or null with a problem when it is unknown or works elsewhere. */
	private static String account(Hall hall, String field, String username, Map<String, StaffAccount> staff,
			List<FieldProblem> problems) {
		if (username == null) {
			return null;
		}
		StaffAccount account = staff.get(username.toLowerCase(Locale.ROOT));
		if (account == null) {
			problems.add(FieldProblem.of(field, "services.counter.staff-unknown", username));
			return null;
		}
		if (!worksFor(account, hall)) {
			problems.add(FieldProblem.of(field, "services.counter.staff-elsewhere", username, hall.name()));
			return null;
		}
		return account.username();
	}

	/** Whether the account works in the hall's street (any community or grid of it) or in a region above the hall. */
	static boolean worksFor(StaffAccount account, Hall hall) {
		Optional<RegionCode> unit = RegionCode.parse(account.unitCode());
		RegionCode region = RegionCode.of(hall.regionCode());
		return unit.isPresent()
				&& (unit.get().isWithin(region.at(RegionLevel.STREET)) || region.isWithin(unit.get()));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
