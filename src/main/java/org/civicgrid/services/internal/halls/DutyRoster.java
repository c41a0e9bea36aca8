package org.civicgrid.services.internal.halls;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.civicgrid.identity.AccountDirectory;
import org.civicgrid.identity.StaffAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who serves each counter of a hall on a day, by the A/B post rule (AB角, {@link DutyCover#of}): the A unless a
 * recorded absence says A is away that day, then the B; a counter whose A and B are both away is uncovered and
 * shown as a warning. Names come from the accounts; a username no longer enabled is shown as it is.
 */
@Service
@Transactional(readOnly = true)
public class DutyRoster {

	private final StoredHalls halls;
	private final StoredAbsences absences;
	private final AccountDirectory accounts;

	DutyRoster(StoredHalls halls, StoredAbsences absences, AccountDirectory accounts) {
		this.halls = halls;
		this.absences = absences;
		this.accounts = accounts;
	}

	/** The duty of each active counter of the hall that day, by counter number. */
	public List<CounterDuty> on(String hallCode, LocalDate day) {
		List<CounterSetup> counters = halls.setups(hallCode);
		Set<String> away = absences.awayOn(hallCode, day);
		Map<String, String> names = names(counters);
		return counters.stream().map(c -> {
			boolean aAway = c.staffA() != null && away.contains(key(c.staffA()));
			boolean bAway = c.staffB() != null && away.contains(key(c.staffB()));
			DutyCover cover = DutyCover.of(c.staffA(), aAway, c.staffB(), bAway);
			String onDuty = switch (cover) {
				case A -> c.staffA();
				case B -> c.staffB();
				case UNCOVERED, UNSTAFFED -> null;
			};
			return new CounterDuty(c.number(), c.name(), day, c.staffA(), name(names, c.staffA()), aAway, c.staffB(),
					name(names, c.staffB()), bAway, cover, onDuty, name(names, onDuty));
		}).toList();
	}

	/** The display names of the staff named on the counters, by lower-case username. */
	Map<String, String> names(List<CounterSetup> counters) {
		List<String> usernames = counters.stream().flatMap(c -> Stream.of(c.staffA(), c.staffB()))
			.filter(Objects::nonNull).distinct().toList();
		Map<String, String> names = new HashMap<>();
		if (!usernames.isEmpty()) {
			for (StaffAccount a : accounts.staffNamed(usernames)) {
				names.put(key(a.username()), a.displayName());
			}
		}
		return names;
	}

	private static String name(Map<String, String> names, String username) {
		return username == null ? null : names.getOrDefault(key(username), username);
	}

	private static String key(String username) {
		return username.toLowerCase(Locale.ROOT);
	}
}
