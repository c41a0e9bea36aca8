package org.civicgrid.services.internal.requests;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One department visited: the day (today when left out), the department, the outcome and a note. */
public record AgencyStepInput(LocalDate onDay, @NotBlank @Size(max = 80) String department,
		@NotBlank @Size(max = 500) String outcome, @Size(max = 2000) String note) {
}
