package org.civicgrid.services.internal.requests;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A resident's rating of their own finished subject: 1 (bad) to 5 (good) and a comment. */
public record NewRating(@NotNull SubjectKind subjectKind, @NotNull Long subjectId, @NotNull @Min(1) @Max(5) Integer score,
		@Size(max = 500) String comment) {
}
