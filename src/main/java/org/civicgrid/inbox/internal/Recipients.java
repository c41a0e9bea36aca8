package org.civicgrid.inbox.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.civicgrid.casework.CaseParties;
import org.civicgrid.identity.AccountDirectory;
import org.springframework.stereotype.Component;

/**
 * The accounts behind an {@link Audience} of a step: the reporter's own account, a person by username, or every
 * enabled account of a unit in the role that answers at its level. Never the account of whoever took the step:
 * nobody is told of their own action.
 */
@Component
class Recipients {

	private final AccountDirectory accounts;

	Recipients(AccountDirectory accounts) {
		this.accounts = accounts;
	}

	/** Who in {@code audience} hears of the step, its actor left out. */
	List<Long> hearing(CaseParties parties, Audience audience) {
		List<Long> ids = switch (audience) {
			case REPORTER -> reporter(parties);
			case ASSIGNEE -> of(parties.assignee());
			case DESK -> of(parties.desk());
			case ASSIGNEE_OR_DESK -> parties.assignee() != null ? of(parties.assignee()) : of(parties.desk());
			case CHECKERS -> checkersOrDesk(parties);
		};
		if (ids.isEmpty()) {
			return ids;
		}
		Optional<Long> actor = actor(parties);
		return actor.isEmpty() ? ids : ids.stream().filter(id -> !id.equals(actor.get())).toList();
	}

	private List<Long> reporter(CaseParties parties) {
		if (parties.reporterAccountId() != null) {
			return List.of(parties.reporterAccountId());
		}
		return accounts.idOf(parties.reporterUsername()).map(List::of).orElse(List.of());
	}

	private List<Long> of(CaseParties.Party party) {
		if (party == null) {
			return List.of();
		}
		if (party.isPerson()) {
			return accounts.idOf(party.username()).map(List::of).orElse(List.of());
		}
		return accounts.holders(party.unitCode(), party.roles());
	}

	/** A handled case never waits unheard: where no supervisor covers the grid, the desk closes it. */
	private List<Long> checkersOrDesk(CaseParties parties) {
		List<Long> ids = new ArrayList<>();
		parties.checkers().forEach(party -> ids.addAll(of(party)));
		return ids.isEmpty() ? of(parties.desk()) : ids;
	}

	/** The actor's account; the reporter's known id when they took the step (a report), without a query. */
	private Optional<Long> actor(CaseParties parties) {
		if (parties.actor() == null) {
			return Optional.empty();
		}
		if (parties.reporterAccountId() != null && parties.actor().equalsIgnoreCase(parties.reporterUsername())) {
			return Optional.of(parties.reporterAccountId());
		}
		return accounts.idOf(parties.actor());
	}
}
