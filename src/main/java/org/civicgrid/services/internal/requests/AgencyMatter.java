package org.civicgrid.services.internal.requests;

import java.time.Instant;
import java.util.List;

/**
 * A matter done on a resident's behalf (帮办代办, 1+1+N): one grid worker, one resident, the departments it went
 * through as steps; started at the resident's home (上门服务) or not.
 */
public record AgencyMatter(long id, String number, String title, String itemCode, String regionCode,
		String gridWorker, String residentName, String residentPhone, Long residentAccount, boolean atHome,
		String status, Instant startedAt, String startedBy, Instant finishedAt, String result, List<AgencyStep> steps) {

	public AgencyMatter {
		steps = steps == null ? List.of() : List.copyOf(steps);
	}

	public boolean done() {
		return "DONE".equals(status);
	}

	AgencyMatter withSteps(List<AgencyStep> all) {
		return new AgencyMatter(id, number, title, itemCode, regionCode, gridWorker, residentName, residentPhone,
				residentAccount, atHome, status, startedAt, startedBy, finishedAt, result, all);
	}
}
