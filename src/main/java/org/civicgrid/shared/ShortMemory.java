package org.civicgrid.shared;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What was read a moment ago, kept for a few seconds so that a burst of requests reads it once (a bearer token, an
 * API key, who sits at a desk). Ages on the JVM's monotonic clock, not the application's {@link java.time.Clock}:
 * freshness is about real time, whatever the clock a test sets. Holds at most {@code max} entries; past that it
 * starts again empty. A keep of zero remembers nothing. Whoever changes what it holds forgets it.
 */
public final class ShortMemory<K, V> {

	private record Entry<V>(V value, long readAt) {
	}

	private final long keepNanos;
	private final int max;
	private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

	public ShortMemory(Duration keep, int max) {
		this.keepNanos = keep.toNanos();
		this.max = max;
	}

	/** The value put for {@code key} less than the keep ago. */
	public Optional<V> get(K key) {
		Entry<V> entry = entries.get(key);
		if (entry == null || System.nanoTime() - entry.readAt() >= keepNanos) {
			return Optional.empty();
		}
		return Optional.of(entry.value());
	}

	public void put(K key, V value) {
		if (keepNanos <= 0) {
			return;
		}
		if (entries.size() >= max) {
			entries.clear();
		}
		entries.put(key, new Entry<>(value, System.nanoTime()));
	}

	public void forget(K key) {
		entries.remove(key);
	}

	public void forgetIf(Predicate<V> which) {
		entries.values().removeIf(entry -> which.test(entry.value()));
	}

	public void forgetAll() {
		entries.clear();
	}
}
