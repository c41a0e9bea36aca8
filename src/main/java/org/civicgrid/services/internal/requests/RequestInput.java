package org.civicgrid.services.internal.requests;

import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * What a step may carry: a note, the missing materials (补正), the reason (不予受理, 转交), the result (办结), and for a
 * hand-over the staff member and the counter or department it goes to.
 */
public record RequestInput(@Size(max = 2000) String note, List<@Size(max = 200) String> materials,
		@Size(max = 2000) String reason, @Size(max = 2000) String result, @Size(max = 64) String handTo,
		@Size(max = 80) String handToUnit) {

	public static RequestInput empty() {
		return new RequestInput(null, null, null, null, null, null);
	}

	List<String> materialList() {
		return materials == null ? List.of()
				: materials.stream().filter(m -> m != null && !m.isBlank()).map(String::strip).distinct().toList();
	}
}
