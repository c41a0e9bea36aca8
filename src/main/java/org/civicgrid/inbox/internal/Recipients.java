package org.civicgrid.inbox.internal;

import java.util.List;

import org.civicgrid.casework.CaseParties;
import org.civicgrid.identity.AccountDirectory;
import org.springframework.stereotype.Component;

/**
 * The accounts behind the parties of a case: the reporter's own account, a person by username, or every enabled
 * account of a unit in the role that answers at its level.
 */
@Component
class Recipients {

	private final AccountDirectory accounts;

	Recipients(AccountDirectory accounts) {
		this.accounts = accounts;
	}

	List<Long> reporter(CaseParties parties) {
		if (parties.reporterAccountId() != null) {
			return List.of(parties.reporterAccountId());
		}
		return accounts.idOf(parties.reporterUsername()).map(List::of).orElse(List.of());
	}

	List<Long> of(CaseParties.Party party) {
		if (party == null) {
			return List.of();
		}
		if (party.isPerson()) {
			return accounts.idOf(party.username()).map(List::of).orElse(List.of());
		}
		return accounts.holders(party.unitCode(), party.roles());
	}

	/** The assignee's people, or the dispatch desk's while nobody is assigned. */
	List<Long> assigneeOrDesk(CaseParties parties) {
		return parties.assignee() != null ? of(parties.assignee()) : of(parties.desk());
	}
}
