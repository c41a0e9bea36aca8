package org.civicgrid.services.internal.requests;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A call-back made: when the resident was called (now when left out), what they said, and whether to reopen. */
public record CallbackInput(Instant calledAt, @NotBlank @Size(max = 2000) String answer, Boolean reopen) {

	boolean reopens() {
		return Boolean.TRUE.equals(reopen);
	}
}
