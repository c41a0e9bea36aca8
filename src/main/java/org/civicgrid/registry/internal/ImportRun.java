package org.civicgrid.registry.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.civicgrid.registry.ImportState;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * One import job from the first row to the last: rows are read as a stream, checked one by one, and the valid ones
 * upserted in batches, each batch in its own transaction on a writer thread while the next batch is read; a
 * rejected row only lands in the rejects. A row whose key appeared earlier in the same file counts as unchanged
 * when it says the same, and is rejected naming the earlier row when it says something else (the file contradicts
 * itself; neither version silently wins). A row imported with a warning (a value the kind corrected) counts among
 * the {@code warned} and its warnings are kept for the report; a rejected row's warnings are dropped with it.
 *
 * @param <C> the kind's command
 */
final class ImportRun<C> implements SheetRows.RowHandler {

	private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

	private final long jobId;
	private final ImportKind<C> kind;
	private final ImportContext context;
	private final ImportEngine engine;
	private final HeaderBlock header;
	private final int batchSize;

	/** key → the row it first appeared in (high half) and the hash of its content (low half). */
	private final Map<String, Long> seen = new HashMap<>();
	private final List<C> batch = new ArrayList<>();
	private final List<ImportRow> batchRows = new ArrayList<>();
	private final List<StoredImportJobs.Reject> rejects = new ArrayList<>();
	private final List<FieldProblem> warnings = new ArrayList<>();
	private int total;
	private int imported;
	private int updated;
	private int unchanged;
	private int rejected;
	private int warned;
	private int progress;
	private final ExecutorService writer;
	private Future<List<RowOutcome>> inFlight;
	private List<ImportRow> inFlightRows;

	ImportRun(long jobId, ImportKind<C> kind, ImportContext context, ImportEngine engine, int batchSize) {
		this.jobId = jobId;
		this.kind = kind;
		this.context = context;
		this.engine = engine;
		this.header = new HeaderBlock(kind.columns());
		this.batchSize = batchSize;
		this.writer = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "registry-import-" + jobId + "-writer");
			t.setDaemon(true);
			return t;
		});
	}

	void run(SheetRows rows, Path file) {
		try {
			rows.read(file, this);
			flush();
			collect();
			save();
			engine.jobs().finish(jobId, ImportState.DONE, null, engine.now());
			log.info("Import {} ({}) done: {} rows, {} imported, {} updated, {} unchanged, {} rejected, {} warned",
					jobId, kind.name(), total, imported, updated, unchanged, rejected, warned);
		}
		catch (SheetRows.UnreadableFileException e) {
			log.info("Import {} failed: {}", jobId, e.getMessage());
			engine.jobs().finish(jobId, ImportState.FAILED, "registry.import.unreadable", engine.now());
		}
		catch (RuntimeException | java.io.IOException | Error e) {
			log.error("Import {} failed", jobId, e);
			engine.jobs().finish(jobId, ImportState.FAILED, "registry.import.failed", engine.now());
		}
		finally {
			writer.shutdownNow();
			try {
				Files.deleteIfExists(file);
			}
			catch (java.io.IOException e) {
				log.warn("Could not delete the upload {}", file, e);
			}
		}
	}

	@Override
	public void row(int rowNumber, List<String> cells) {
		if (header.offer(cells)) {
			return;
		}
		ImportRow row = new ImportRow(rowNumber, cells, header.columnOfField());
		if (row.isBlank()) {
			return;
		}
		total++;
		C command;
		try {
			command = kind.read(row, context);
		}
		catch (InvalidInputException e) {
			reject(row, e.errors());
			return;
		}
		String key = kind.key(command);
		long mark = ((long) rowNumber << 32) | (Objects.hashCode(command) & 0xffffffffL);
		Long first = seen.putIfAbsent(key, mark);
		if (first != null) {
			if ((int) first.longValue() == Objects.hashCode(command)) {
				unchanged++;
				keepWarnings(row);
			}
			else {
				reject(row, List.of(FieldProblem.of(kind.keyField(), "registry.import.duplicate-in-file",
						(int) (first >>> 32), kind.keyLabel())));
			}
			return;
		}
		batch.add(command);
		batchRows.add(row);
		if (batch.size() >= batchSize) {
			flush();
		}
	}

	@Override
	public void progress(int percent) {
		progress = percent;
	}

	/**
	 * Hands the full batch to the writer thread and goes on reading: while one batch is written (sealed, upserted,
	 * committed), the next is parsed and checked. At most one batch is in flight; its outcomes are counted here,
	 * on the reading thread, before the next one is handed over.
	 */
	private void flush() {
		collect();
		if (!batch.isEmpty()) {
			List<C> work = List.copyOf(batch);
			inFlightRows = List.copyOf(batchRows);
			inFlight = writer.submit(() -> write(work));
			batch.clear();
			batchRows.clear();
		}
		save();
	}

	private List<RowOutcome> write(List<C> work) {
		try {
			return engine.inTransaction(() -> kind.upsert(work, context));
		}
		catch (DuplicateKeyException e) {
			// another import created one of these people meanwhile: the batch runs again and finds them
			return engine.inTransaction(() -> kind.upsert(work, context));
		}
	}

	/** Waits for the batch in flight, if any, and counts its outcomes. */
	private void collect() {
		if (inFlight == null) {
			return;
		}
		List<RowOutcome> outcomes;
		try {
			outcomes = inFlight.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("import interrupted", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			if (e.getCause() instanceof Error err) {
				throw err;
			}
			throw new IllegalStateException(e.getCause());
		}
		finally {
			inFlight = null;
		}
		for (int i = 0; i < outcomes.size(); i++) {
			RowOutcome outcome = outcomes.get(i);
			ImportRow row = inFlightRows.get(i);
			switch (outcome.kind()) {
				case CREATED -> imported++;
				case UPDATED -> updated++;
				case UNCHANGED -> unchanged++;
				case REJECTED -> reject(row, outcome.problems());
			}
			if (outcome.kind() != RowOutcome.Kind.REJECTED) {
				keepWarnings(row);
			}
		}
		inFlightRows = null;
	}

	private void save() {
		if (!rejects.isEmpty()) {
			engine.jobs().addRejects(jobId, rejects);
			rejects.clear();
		}
		if (!warnings.isEmpty()) {
			engine.jobs().addWarnings(jobId, warnings);
			warnings.clear();
		}
		engine.jobs().count(jobId, new StoredImportJobs.Counts(total, imported, updated, unchanged, rejected, warned,
				progress));
	}

	private void reject(ImportRow row, List<FieldProblem> problems) {
		rejected++;
		rejects.add(new StoredImportJobs.Reject(row.number(), row.cells(), engine.reason(kind, problems)));
		if (rejects.size() >= batchSize) {
			engine.jobs().addRejects(jobId, rejects);
			rejects.clear();
		}
	}

	private void keepWarnings(ImportRow row) {
		if (row.warnings().isEmpty()) {
			return;
		}
		warned++;
		warnings.addAll(row.warnings());
		if (warnings.size() >= batchSize) {
			engine.jobs().addWarnings(jobId, warnings);
			warnings.clear();
		}
	}

}
