package org.civicgrid.services.internal.requests;

import java.time.Clock;
import java.time.Instant;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Call-backs (回访): staff of the subject's region call the resident, write down the answer and may reopen the
 * matter (a request goes back in progress, an agency matter is carried on). Done once.
 */
@Service
public class CallbackService {

	private final Callbacks callbacks;
	private final RequestService requests;
	private final AgencyService agency;
	private final Clock clock;

	CallbackService(Callbacks callbacks, RequestService requests, AgencyService agency, Clock clock) {
		this.callbacks = callbacks;
		this.requests = requests;
		this.agency = agency;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Paged<Callback> list(Caller caller, Boolean done, PageRequest page) {
		RequestService.requireStaff(caller);
		return callbacks.list(caller.scope(), done, page);
	}

	@Transactional(readOnly = true)
	public Callback get(Caller caller, long id) {
		RequestService.requireStaff(caller);
		Callback c = callbacks.find(id).orElseThrow(() -> new NotFoundException("services.callback.not-found", id));
		caller.scope().require(c.regionCode());
		return c;
	}

	@Transactional
	public Callback complete(Caller caller, long id, CallbackInput input) {
		Callback c = get(caller, id);
		if (c.done()) {
			throw new ConflictException("services.callback.done-already", c.doneBy());
		}
		if (input.answer() == null || input.answer().isBlank()) {
			throw Refusals.invalid("answer", "services.callback.answer-required");
		}
		Instant now = clock.instant();
		Instant called = input.calledAt() == null ? now : input.calledAt();
		if (called.isAfter(now)) {
			throw Refusals.invalid("calledAt", "services.callback.called-in-future");
		}
		if (input.reopens()) {
			switch (c.subjectKind()) {
				case REQUEST -> requests.reopen(c.subjectId(), caller.username(), input.answer().strip());
				case AGENCY -> agency.reopen(c.subjectId());
				// a case reopens through casework's own loop; an appointment has nothing to reopen
				case CASE, APPOINTMENT -> throw Refusals.invalid("reopen", "services.callback.reopen-not-here",
						c.subjectKind().name());
			}
		}
		if (!callbacks.complete(id, caller.username(), now, called, input.answer().strip(), input.reopens())) {
			throw new ConflictException("services.callback.done-already", c.doneBy());
		}
		return callbacks.find(id).orElseThrow();
	}
}
