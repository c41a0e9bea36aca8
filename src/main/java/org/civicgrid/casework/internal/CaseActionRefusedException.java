package org.civicgrid.casework.internal;

import java.util.List;

import org.civicgrid.casework.CaseAction;
import org.civicgrid.shared.ProblemException;
import org.springframework.http.HttpStatus;

/** The actor's role or assignment does not allow the action: 403, naming the rule that refused it. */
class CaseActionRefusedException extends ProblemException {

	private final String rule;

	CaseActionRefusedException(CaseActionPolicy.Rule rule, CaseAction action) {
		this(rule.name(), rule.messageKey(), action);
	}

	CaseActionRefusedException(String rule, String messageKey, CaseAction action) {
		super(HttpStatus.FORBIDDEN, messageKey, new Object[] { action.wire() }, List.of());
		this.rule = rule;
	}

	/** The name of the rule that refused, such as DISPATCHERS or ON_THE_SPOT. */
	String rule() {
		return rule;
	}

	@Override
	public String type() {
		return "forbidden";
	}
}
