package org.civicgrid.services.internal.requests;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.springframework.stereotype.Component;

/** A request is rated by its resident once it is done (or not accepted: a refusal is rated too). */
@Component
class RequestSubjects implements RatableSubjects {

	private final RequestService requests;

	RequestSubjects(RequestService requests) {
		this.requests = requests;
	}

	@Override
	public SubjectKind kind() {
		return SubjectKind.REQUEST;
	}

	@Override
	public RatedSubject finishedOf(Caller resident, long id) {
		ServiceRequest r = requests.get(resident, id);
		if (!r.status().finished()) {
			throw ConflictException.on("subjectId", "services.rating.not-finished");
		}
		return new RatedSubject(SubjectKind.REQUEST, id, r.number() + " " + r.itemName(), r.residentAccount(),
				r.regionCode(), r.hall(), r.counter(), r.itemCode(), r.itemName(),
				r.finishedBy() != null ? r.finishedBy() : r.owner(), null);
	}
}
