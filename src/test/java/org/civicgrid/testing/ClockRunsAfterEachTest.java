package org.civicgrid.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Sets the application's clock running with the wall clock again, whatever the test did with it, and forgets the
 * tokens issued at the test's time.
 */
class ClockRunsAfterEachTest implements AfterEachCallback {

	@Override
	public void afterEach(ExtensionContext context) {
		MovableClock clock = SpringExtension.getApplicationContext(context).getBean(MovableClock.class);
		if (clock.isStopped()) {
			clock.run();
			Api.forgetTokens();
		}
	}
}
