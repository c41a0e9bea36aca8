package org.civicgrid.services.web;

import java.util.List;

import org.civicgrid.shared.web.PublicReads;
import org.springframework.stereotype.Component;

/**
 * The hall's screen (大厅叫号屏) hangs in the hall unattended, so it and what it reads are public: the numbers
 * called ({@link HallPublicReads}) and how many wait, neither saying who holds a number. GET only.
 */
@Component
class QueueScreenPublicReads implements PublicReads {

	@Override
	public List<String> pages() {
		return List.of("/services/halls/*/screen");
	}

	@Override
	public List<String> api() {
		return List.of("/api/v1/services/halls/*/queue/waiting");
	}
}
