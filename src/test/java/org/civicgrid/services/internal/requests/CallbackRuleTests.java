package org.civicgrid.services.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class CallbackRuleTests {

	@Test
	void everyBadRatingIsCalledBack() {
		CallbackRule rule = new CallbackRule(new CallbackSettings(2, 0));
		assertThat(rule.callFor(7, 1)).contains(CallbackRule.Why.BAD_RATING);
		assertThat(rule.callFor(8, 2)).contains(CallbackRule.Why.BAD_RATING);
		assertThat(rule.callFor(9, 3)).isEmpty();
		assertThat(rule.callFor(10, 5)).isEmpty();
	}

	@Test
	void theSampleTakesExactlyItsShareEvenly() {
		CallbackRule rule = new CallbackRule(new CallbackSettings(2, 10));
		assertThat(LongStream.rangeClosed(1, 1000).filter(id -> rule.callFor(id, 5).isPresent()).count())
			.isEqualTo(100);
		assertThat(rule.callFor(10, 5)).contains(CallbackRule.Why.SAMPLE);
		assertThat(rule.callFor(11, 5)).isEmpty();
		CallbackRule third = new CallbackRule(new CallbackSettings(2, 33));
		assertThat(LongStream.rangeClosed(1, 300).filter(id -> third.callFor(id, 4).isPresent()).count())
			.isEqualTo(99);
	}
}
