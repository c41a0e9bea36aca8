package org.civicgrid.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A person as staff see them: {@code idNumber} and {@code phone} are masked ({@code 410105********123X},
 * {@code 138****5678}); the clear values only come through {@link People#reveal}.
 */
public record PersonView(long id, String name, DocumentType documentType, String idNumber, String phone, Sex sex,
		LocalDate birthDate, String ethnicity, String education, String employment, String politicalStatus,
		String registeredResidence, String actualResidence, String relationToHead, List<String> tags, String notes,
		String gridCode, String buildingCode, Instant createdAt, Instant updatedAt, int version) {
}
