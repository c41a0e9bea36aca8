package org.civicgrid.services.internal.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.NotPermittedException;
import org.civicgrid.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 好差评, one mechanism: every rated subject (request, appointment, agency matter, case) is one row of one table,
 * rated once by its resident; the {@link CallbackRule} decides in the same transaction whether a call-back (回访) is
 * due. Each kind's "is this the resident's finished subject" is a {@link RatableSubjects} bean.
 */
@Service
public class RatingService {

	private final Ratings ratings;
	private final Callbacks callbacks;
	private final CallbackRule rule;
	private final Map<SubjectKind, RatableSubjects> subjects = new EnumMap<>(SubjectKind.class);
	private final Clock clock;

	RatingService(Ratings ratings, Callbacks callbacks, CallbackRule rule, List<RatableSubjects> subjects,
			Clock clock) {
		this.ratings = ratings;
		this.callbacks = callbacks;
		this.rule = rule;
		this.clock = clock;
		subjects.forEach(s -> this.subjects.put(s.kind(), s));
	}

	/** The resident rates their own finished subject, once. */
	@Transactional
	public Rating rate(Caller caller, NewRating input) {
		if (caller.role() != Role.RESIDENT) {
			throw new NotPermittedException();
		}
		if (input.score() < 1 || input.score() > 5) {
			throw Refusals.invalid("score", "services.rating.score-range", input.score());
		}
		if (input.subjectKind() == SubjectKind.CASE) {
			// a case is rated on its own page; casework's CaseRated brings the rating here
			throw Refusals.invalid("subjectKind", "services.rating.case-on-case");
		}
		RatableSubjects check = subjects.get(input.subjectKind());
		if (check == null) {
			throw Refusals.invalid("subjectKind", "services.rating.kind-not-connected",
					input.subjectKind().name());
		}
		RatedSubject subject = check.finishedOf(caller, input.subjectId());
		String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
		long id = record(subject, input.score(), comment, clock.instant())
			.orElseThrow(() -> ConflictException.on("subjectId", "services.rating.already-rated"));
		return ratings.find(id).orElseThrow();
	}

	/** Writes the rating and, when the rule asks, its call-back; empty when the subject was rated already. */
	java.util.Optional<Long> record(RatedSubject subject, int score, String comment, Instant at) {
		java.util.Optional<Long> id = ratings.insert(subject, score, comment, at);
		id.ifPresent(r -> rule.callFor(r, score).ifPresent(why -> callbacks.insert(r, subject.regionCode(), why, at)));
		return id;
	}

	/** The rating of a subject, for its page; the caller's reading right is checked by the subject's page. */
	@Transactional(readOnly = true)
	public java.util.Optional<Rating> of(SubjectKind kind, long subjectId) {
		return ratings.of(kind, subjectId);
	}

	@Transactional(readOnly = true)
	public Rating get(Caller caller, long id) {
		Rating r = ratings.find(id).orElseThrow(() -> new NotFoundException("services.rating.not-found", id));
		if (caller.role().isStaff()) {
			caller.scope().require(r.regionCode());
			return r;
		}
		if (!ratings.ofResident(caller.accountId()).stream().anyMatch(x -> x.id() == id)) {
			throw new NotFoundException("services.rating.not-found", id);
		}
		return r;
	}

	/** The resident's own ratings, or the newest ones in a staff member's scope. */
	@Transactional(readOnly = true)
	public List<Rating> list(Caller caller) {
		return caller.role().isStaff() ? ratings.inScope(caller.scope(), 200) : ratings.ofResident(caller.accountId());
	}
}
