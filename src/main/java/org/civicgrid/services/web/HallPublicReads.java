package org.civicgrid.services.web;

import java.util.List;

import org.civicgrid.shared.web.PublicReads;
import org.springframework.stereotype.Component;

/** The halls, their counters and their free slots are public: a resident chooses before signing in to book. */
@Component
class HallPublicReads implements PublicReads {

	@Override
	public List<String> pages() {
		return List.of();
	}

	@Override
	public List<String> api() {
		return List.of("/api/v1/services/halls", "/api/v1/services/halls/*", "/api/v1/services/halls/*/slots",
				"/api/v1/services/halls/*/queue/called");
	}
}
