package org.civicgrid.registry.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.civicgrid.shared.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** What every {@link ImportRun} shares: the job table, transactions, the clock, and the messages of problems. */
@Component
class ImportEngine {

	private final StoredImportJobs jobs;
	private final TransactionTemplate transactions;
	private final MessageSource messages;
	private final Clock clock;

	ImportEngine(StoredImportJobs jobs, TransactionTemplate transactions, MessageSource messages, Clock clock) {
		this.jobs = jobs;
		this.transactions = transactions;
		this.messages = messages;
		this.clock = clock;
	}

	StoredImportJobs jobs() {
		return jobs;
	}

	Instant now() {
		return clock.instant();
	}

	<T> T inTransaction(Supplier<T> work) {
		return transactions.execute(status -> work.get());
	}

	/** The problems of a row in Chinese, each after the header of its column: 证件号码：…；网格编码：必填. */
	String reason(ImportKind<?> kind, List<FieldProblem> problems) {
		return problems.stream().map(p -> kind.label(p.field()) + "：" + message(p, Locale.SIMPLIFIED_CHINESE))
			.distinct()
			.collect(Collectors.joining("；"));
	}

	/** A problem's or warning's message in {@code locale}. */
	String message(FieldProblem p, Locale locale) {
		return messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale);
	}
}
