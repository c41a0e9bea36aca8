package org.civicgrid.casework.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.civicgrid.casework.CaseId;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The cases written in the current transaction, as written: listeners that run inside the step's transaction (the
 * inbox asks {@link CaseParticipantsReader} who a case concerns) read them from here instead of querying the rows
 * the step has just inserted or updated. Forgotten when the transaction completes.
 */
final class WrittenCases {

	private static final Object KEY = WrittenCases.class;

	private WrittenCases() {
	}

	static void remember(StoredCase stored) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		written().put(stored.file().id(), stored);
	}

	static Optional<StoredCase> find(CaseId id) {
		@SuppressWarnings("unchecked")
		Map<CaseId, StoredCase> written = (Map<CaseId, StoredCase>) TransactionSynchronizationManager.getResource(KEY);
		return written == null ? Optional.empty() : Optional.ofNullable(written.get(id));
	}

	@SuppressWarnings("unchecked")
	private static Map<CaseId, StoredCase> written() {
		Map<CaseId, StoredCase> written = (Map<CaseId, StoredCase>) TransactionSynchronizationManager.getResource(KEY);
		if (written == null) {
			written = new HashMap<>();
			TransactionSynchronizationManager.bindResource(KEY, written);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
				}
			});
		}
		return written;
	}
}
