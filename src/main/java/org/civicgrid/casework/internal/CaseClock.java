package org.civicgrid.casework.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.civicgrid.shared.time.TimeLimit;

/**
 * A case's handling clock (GB/T 30428: it starts at dispatch): when it started, when the handler reported back
 * (it stops), and the extensions granted (延期) on top of the category's limit. {@link DeadlinePolicy} turns it
 * into a deadline and a colour.
 */
final class CaseClock {

	private Instant started;
	private Instant stopped;
	private TimeLimit requested;
	private final List<TimeLimit> extensions = new ArrayList<>();

	/** As it was stored. */
	void restore(Instant started, Instant stopped, TimeLimit requested, List<TimeLimit> extensions) {
		this.started = started;
		this.stopped = stopped;
		this.requested = requested;
		this.extensions.clear();
		this.extensions.addAll(extensions);
	}

	void start(Instant at) {
		started = at;
		stopped = null;
		requested = null;
		extensions.clear();
	}

	void stop(Instant at) {
		stopped = at;
	}

	/** Rework: the same clock runs on from where it was, as if the handler had never reported back. */
	void resume() {
		stopped = null;
	}

	/** Returned or deferred: no clock until the next dispatch. */
	void reset() {
		started = null;
		stopped = null;
		requested = null;
		extensions.clear();
	}

	void request(TimeLimit extension) {
		requested = extension;
	}

	/** Grants the pending request; false when there is none. */
	boolean grantRequested() {
		if (requested == null) {
			return false;
		}
		extensions.add(requested);
		requested = null;
		return true;
	}

	boolean running() {
		return started != null;
	}

	Instant started() {
		return started;
	}

	/** When the clock stopped (the handler reported back), or null while it runs. */
	Instant stopped() {
		return stopped;
	}

	TimeLimit requested() {
		return requested;
	}

	List<TimeLimit> extensions() {
		return List.copyOf(extensions);
	}
}
