package org.civicgrid.casework;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Filters of {@link ExternalCases#list}, combined with "and"; each may be empty. {@code ids}, when given, selects
 * those cases only and the other filters are ignored (as Open311 wants of {@code service_request_id}).
 *
 * @param from reported at or after
 * @param to reported at or before
 */
public record ExternalQuery(List<Long> ids, String categoryCode, Set<CaseStatus> statuses, Instant from,
		Instant to) {

	public static final int MAX_LIMIT = 1000;

	public ExternalQuery {
		ids = ids == null ? List.of() : List.copyOf(ids);
		statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
	}
}
