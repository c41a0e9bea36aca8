package org.civicgrid.services.internal.halls;

/**
 * What a counter's staff do with a ticket, each from one state to one state: the whole table of moves. A step from
 * any other state is refused; the database update is guarded by the same state, so two clicks move a ticket once.
 */
public enum QueueStep {

	/** 叫号: the lowest waiting ticket the counter serves. */
	CALL(QueueState.WAITING, QueueState.CALLED),
	/** 重呼: the called ticket once more, shown on top of the hall's screen again. */
	RECALL(QueueState.CALLED, QueueState.CALLED),
	/** 办结: the resident was served at the counter. */
	SERVE(QueueState.CALLED, QueueState.SERVED),
	/** 过号: called, but nobody came. */
	SKIP(QueueState.CALLED, QueueState.SKIPPED);

	private final QueueState from;
	private final QueueState to;

	QueueStep(QueueState from, QueueState to) {
		this.from = from;
		this.to = to;
	}

	public QueueState from() {
		return from;
	}

	public QueueState to() {
		return to;
	}

	/** The step's name in the bundles and in page paths: call, recall, serve, skip. */
	public String wire() {
		return name().toLowerCase();
	}
}
