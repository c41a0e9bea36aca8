package org.civicgrid.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ShortMemoryTests {

	@Test
	void remembersWhatWasPutUntilItIsForgotten() {
		ShortMemory<String, Integer> memory = new ShortMemory<>(Duration.ofMinutes(1), 10);
		memory.put("a", 1);
		memory.put("b", 2);
		assertThat(memory.get("a")).contains(1);
		memory.forget("a");
		memory.forgetIf(v -> v == 3);
		assertThat(memory.get("a")).isEmpty();
		assertThat(memory.get("b")).contains(2);
		memory.forgetIf(v -> v == 2);
		assertThat(memory.get("b")).isEmpty();
	}

	@Test
	void forgetsWhatIsOlderThanTheKeep() throws InterruptedException {
		ShortMemory<String, Integer> memory = new ShortMemory<>(Duration.ofMillis(20), 10);
		memory.put("a", 1);
		Thread.sleep(40);
		assertThat(memory.get("a")).isEmpty();
	}

	@Test
	void aKeepOfZeroRemembersNothing() {
		ShortMemory<String, Integer> memory = new ShortMemory<>(Duration.ZERO, 10);
		memory.put("a", 1);
		assertThat(memory.get("a")).isEmpty();
	}

	@Test
	void startsAgainEmptyPastItsSize() {
		ShortMemory<Integer, Integer> memory = new ShortMemory<>(Duration.ofMinutes(1), 3);
		for (int i = 0; i < 3; i++) {
			memory.put(i, i);
		}
		memory.put(3, 3);
		assertThat(memory.get(0)).isEmpty();
		assertThat(memory.get(3)).contains(3);
	}
}
