package org.civicgrid.messaging.internal;

import java.util.List;

import org.civicgrid.registry.People;
import org.civicgrid.registry.PersonView;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * 对照人口登记确认: the staff confirming a request to join name the registry person the member is, and the registry
 * must place that person in the channel's region (their building in the courtyard, or their grid when the
 * registry knows no building and the courtyard lies in that grid). The person is then the member's for everything
 * that reaches people rather than accounts, such as the SMS of an emergency they did not acknowledge.
 */
@Component
class ResidentCheck {

	private final People people;

	ResidentCheck(People people) {
		this.people = people;
	}

	/** The registry person who lives where the channel is, read in the confirming staff member's scope. */
	long livingIn(Caller caller, Channel channel, long personId) {
		PersonView person;
		try {
			person = people.get(caller, personId);
		}
		catch (ProblemException e) {
			// unknown, or outside the staff member's scope: either way not someone they can vouch for
			throw new InvalidInputException(List.of(FieldProblem.of("personId", "messaging.member.person-unknown",
					personId)));
		}
		if (!livesIn(person, RegionCode.of(channel.regionCode()))) {
			throw new InvalidInputException(List.of(FieldProblem.of("personId", "messaging.member.person-elsewhere",
					person.name(), channel.name())));
		}
		return person.id();
	}

	static boolean livesIn(PersonView person, RegionCode region) {
		String home = person.buildingCode() != null ? person.buildingCode() : person.gridCode();
		if (home == null) {
			return false;
		}
		RegionCode place = RegionCode.of(home);
		return place.isWithin(region) || person.buildingCode() == null && region.isWithin(place);
	}
}
