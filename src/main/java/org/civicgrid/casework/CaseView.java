package org.civicgrid.casework;

import java.time.Instant;
import java.util.List;

/**
 * A case as lists and boards show it. {@code colour} and {@code deadline} are worked out when read (three colours,
 * 三色管理) and absent while no handling clock runs; {@code allowedActions} are the wire names the caller may use
 * now.
 */
public record CaseView(long id, String number, CaseStatus status, String categoryCode, String categoryName,
		String gridCode, Colour colour, Instant deadline, List<String> allowedActions, AssigneeLevel assigneeLevel,
		String assigneeUnit, String assigneeUser, String description, String address, Double lat, Double lng,
		Channel channel, String reporter, int reworkCount, int extensionCount, Integer rating, Long mergedInto,
		Instant createdAt, Instant updatedAt) {
}
