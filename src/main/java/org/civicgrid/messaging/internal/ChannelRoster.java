package org.civicgrid.messaging.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.identity.AccountDirectory;
import org.civicgrid.identity.StaffAccount;
import org.civicgrid.region.RegionSummary;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.RegionScope;
import org.springframework.stereotype.Component;

/**
 * Everyone in a channel by name: the staff in it by their post (asked of the accounts working at the regions the
 * rule can reach, then kept by {@link ChannelAccess}) and the confirmed members. For receipts and broadcasts,
 * which need the people themselves rather than a count.
 */
@Component
class ChannelRoster {

	/** One person in a channel: their account, name, whether staff, and the registry person if they joined as one. */
	record Person(long accountId, String username, String name, boolean staff, Long personId) {
	}

	private final AccountDirectory accounts;
	private final Regions regions;
	private final StoredMembers members;

	ChannelRoster(AccountDirectory accounts, Regions regions, StoredMembers members) {
		this.accounts = accounts;
		this.regions = regions;
		this.members = members;
	}

	List<Person> of(Channel channel) {
		Map<Long, Person> people = new LinkedHashMap<>();
		for (StaffAccount s : accounts.staffAt(unitsReaching(channel))) {
			Long id = accounts.idOf(s.username()).orElse(null);
			if (id != null && ChannelAccess.byPost(new Caller(id, s.username(), s.displayName(), s.role(),
					s.unitCode()), channel)) {
				people.put(id, new Person(id, s.username(), s.displayName(), true, null));
			}
		}
		for (Member m : members.of(channel.id(), "ACTIVE")) {
			people.putIfAbsent(m.accountId(), new Person(m.accountId(), m.username(), m.displayName(), false,
					m.personId()));
		}
		return new ArrayList<>(people.values());
	}

	/** The region codes whose staff may be in the channel by post: the regions above it and, for the upper two, below. */
	private List<String> unitsReaching(Channel channel) {
		RegionCode region = RegionCode.of(channel.regionCode());
		List<String> codes = new ArrayList<>();
		for (RegionCode up = region; ; ) {
			codes.add(up.value());
			if (up.parent().isEmpty()) {
				break;
			}
			up = up.parent().get();
		}
		if (channel.level() != ChannelLevel.COURTYARD) {
			for (RegionSummary r : regions.subtree(RegionScope.ALL, region, RegionLevel.BUILDING)) {
				if (!r.code().equals(region.value())) {
					codes.add(r.code());
				}
			}
		}
		return codes;
	}
}
