package org.civicgrid.identity.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends every page session of an account, on every node (sessions live in the database). */
@Component
class SessionTerminator {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	void endAllOf(String username) {
		sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
	}
}
