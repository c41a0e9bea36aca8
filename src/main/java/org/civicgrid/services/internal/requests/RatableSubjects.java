package org.civicgrid.services.internal.requests;

import org.civicgrid.shared.Caller;

/**
 * The check behind a rating of one kind of subject: is this the caller's own finished subject? Throws
 * {@code NotFoundException} when it is not theirs (or does not exist) and {@code ConflictException} when it is not
 * finished yet. Requests and agency matters have theirs here; appointments plug theirs in as a bean of this type.
 */
public interface RatableSubjects {

	SubjectKind kind();

	RatedSubject finishedOf(Caller resident, long id);
}
