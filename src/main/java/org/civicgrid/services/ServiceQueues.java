package org.civicgrid.services;

/**
 * A hall's walk-in queue as another module starts it (the demo's halls on a first start, so the hall's screen and
 * the counters' page show a morning under way).
 */
public interface ServiceQueues {

	/**
	 * Writes today's queue of a hall as if the day had been going for a while: at each counter {@code served}
	 * tickets served, one called, {@code waiting} waiting, all timed before the clock's now. A hall shut today or
	 * with a ticket of today already is left as it is (0).
	 *
	 * @return how many tickets were written
	 */
	int startToday(String hallCode, int served, int waiting);
}
