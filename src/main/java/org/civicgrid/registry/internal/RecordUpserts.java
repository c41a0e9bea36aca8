package org.civicgrid.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.civicgrid.registry.Upserted;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.OutOfScopeException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upserts a batch of an import kind row by row through the record's facade ({@code Households}, {@code Houses},
 * {@code Organisations}, {@code Parts}, {@code Buildings}), so an import checks, keys, encrypts and keeps history
 * exactly as a form does. Each row runs in a savepoint inside the batch's transaction: a row the facade refuses
 * rolls back alone and comes back REJECTED with the facade's problems; the rest of the batch is kept.
 */
@Component
class RecordUpserts {

	private final TransactionTemplate savepoint;

	RecordUpserts(TransactionTemplate transactions) {
		this.savepoint = new TransactionTemplate(transactions.getTransactionManager());
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * One outcome per command. A refusal because the stored record lies outside the uploader's scope (the row's
	 * own region was checked when it was read) is reported on the key field.
	 */
	<C> List<RowOutcome> upsert(List<C> batch, String keyField, Function<C, Upserted<?>> upsert) {
		List<RowOutcome> outcomes = new ArrayList<>(batch.size());
		for (C command : batch) {
			outcomes.add(one(command, keyField, upsert));
		}
		return outcomes;
	}

	private <C> RowOutcome one(C command, String keyField, Function<C, Upserted<?>> upsert) {
		try {
			Upserted<?> done = savepoint.execute(status -> upsert.apply(command));
			return switch (done.outcome()) {
				case CREATED -> RowOutcome.CREATED;
				case UPDATED -> RowOutcome.UPDATED;
				case UNCHANGED -> RowOutcome.UNCHANGED;
			};
		}
		catch (InvalidInputException e) {
			return new RowOutcome(RowOutcome.Kind.REJECTED, e.errors());
		}
		catch (OutOfScopeException e) {
			return RowOutcome.rejected(FieldProblem.of(keyField, "registry.import.record-out-of-scope"));
		}
	}
}
