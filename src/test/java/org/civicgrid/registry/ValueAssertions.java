package org.civicgrid.registry;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A value refused for one field with one bundle key, and without the rejected text anywhere in the exception. */
final class ValueAssertions {

	private ValueAssertions() {
	}

	static void assertRefused(ThrowingCallable parse, String field, String messageKey, String rejected) {
		InvalidInputException e = catchThrowableOfType(InvalidInputException.class, parse);
		assertThat(e).as("refused as invalid input").isNotNull();
		assertThat(e.errors()).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo(field);
			assertThat(p.messageKey()).isEqualTo(messageKey);
		});
		if (rejected != null && rejected.length() > 4) {
			assertThat(e.getMessage()).doesNotContain(rejected);
			assertThat(e.toString()).doesNotContain(rejected);
			for (FieldProblem p : e.errors()) {
				assertThat(java.util.Arrays.toString(p.args())).doesNotContain(rejected);
			}
		}
	}
}
