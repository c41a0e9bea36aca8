package org.civicgrid.casework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.civicgrid.casework.internal.CaseService;
import org.civicgrid.shared.Paged;

/**
 * The closed loop as another system sees it through an intake channel such as Open311: the channel acts as the
 * system, not as a person, so these methods take no {@link org.civicgrid.shared.Caller}. Whoever exposes them is
 * answerable for authenticating the other system (an API key) and for publishing only public fields (never the
 * reporter's contact).
 */
public interface ExternalCases {

	/**
	 * Records a problem sent by another system: the same checks as {@link CaseService#report} (422 naming
	 * {@code categoryCode} or {@code location}), no scope, the given channel. Publishes {@link CaseReported}.
	 */
	default CaseView receive(ExternalReport report) {
		return receive(report, List.of());
	}

	/**
	 * {@link #receive(ExternalReport)} with photos of the problem, checked as every report's are (415 for what is no
	 * JPEG, PNG or WebP picture whatever it claims, 413 over the size limit, 422 for too many, naming the field)
	 * before anything is written, and stored as the case's photos.
	 */
	CaseView receive(ExternalReport report, List<PhotoUpload> photos);

	/** A case with its trace, whoever's grid it lies in; empty when unknown. */
	Optional<CaseDetail> find(long id);

	/** Cases matching the query, newest first; {@code limit} may reach {@link ExternalQuery#MAX_LIMIT}. */
	Paged<CaseView> list(ExternalQuery query, int page, int limit);

	/** Steps of every case's trace written in {@code [from, to]}, oldest first, at most {@code limit}. */
	List<CaseUpdate> updates(Instant from, Instant to, int limit);

	/**
	 * Appends a remark from the other system to a case's trace without changing its status (a comment the public
	 * left on the other site). 404 when the case is unknown, 409 when it changed meanwhile.
	 */
	CaseUpdate remark(long id, String source, String note);
}
