package org.civicgrid.registry.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.civicgrid.registry.vault.PersonalDataVault;
import org.civicgrid.registry.vault.Sealed;
import org.civicgrid.registry.vault.SealedColumn;
import org.civicgrid.registry.vault.UnreadableValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reseals the stored values of every sealed column under the active key, batch by batch: a batch reads values
 * still under another key (keyset order, no lock), seals each again with its lookup hash unchanged, writes it only
 * where the stored bytes are still the ones read (compare and set, so a writer's newer value wins), and adds its
 * counts to the run in the same transaction. Whatever a stop leaves undone is still under the old key, so the next
 * run finds it.
 */
@Component
class Resealer {

	private static final Logger log = LoggerFactory.getLogger(Resealer.class);

	/** Where a run stands: the column (index in {@link StoredSealedValues#columns()}) and the last row's key. */
	record Cursor(int column, long[] after) {

		static final Cursor START = new Cursor(0, null);
	}

	private final StoredSealedValues values;
	private final StoredResealJobs jobs;
	private final PersonalDataVault vault;
	private final ResealSettings settings;
	private final TransactionTemplate transactions;
	private final Clock clock;

	Resealer(StoredSealedValues values, StoredResealJobs jobs, PersonalDataVault vault, ResealSettings settings,
			TransactionTemplate transactions, Clock clock) {
		this.values = values;
		this.jobs = jobs;
		this.vault = vault;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Every batch of every column, for the run {@code jobId}. */
	void run(long jobId) {
		Cursor cursor = Cursor.START;
		while (cursor != null) {
			cursor = batch(jobId, cursor);
		}
	}

	/** One batch in one transaction with the run's counters; the next cursor, null after the last column. */
	Cursor batch(long jobId, Cursor cursor) {
		return transactions.execute(status -> {
			SealedColumn column = values.columns().get(cursor.column());
			List<StoredSealedValues.Value> found = values.notUnder(column, vault.activeKeyId(), cursor.after(),
					settings.batchSize());
			List<StoredSealedValues.Value> readable = new ArrayList<>(found.size());
			List<byte[]> fresh = new ArrayList<>(found.size());
			for (StoredSealedValues.Value v : found) {
				try {
					fresh.add(vault.reseal(Sealed.of(v.sealed(), null)).bytes());
					readable.add(v);
				}
				catch (UnreadableValueException e) {
					log.warn("Reseal run {}: a value of {} cannot be opened and stays as it is: {}", jobId,
							column.name(), e.getMessage());
				}
			}
			int written = values.replace(column, readable, fresh);
			jobs.count(jobId, written, readable.size() - written, found.size() - readable.size(), clock.instant());
			if (found.size() == settings.batchSize()) {
				return new Cursor(cursor.column(), found.get(found.size() - 1).key());
			}
			return cursor.column() + 1 < values.columns().size() ? new Cursor(cursor.column() + 1, null)
					: null;
		});
	}
}
