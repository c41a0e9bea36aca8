package org.civicgrid.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;

import org.civicgrid.region.Regions;
import org.civicgrid.registry.ImportJob;
import org.civicgrid.registry.ImportQuery;
import org.civicgrid.registry.ImportState;
import org.civicgrid.registry.ImportWarning;
import org.civicgrid.registry.RegistryImports;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.NotPermittedException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * {@link RegistryImports}: the upload goes to a temporary file, its header is checked at once (so a wrong file is a
 * 422, not a failed job), and a bounded pool runs the job. Jobs left RUNNING by a crash are marked FAILED at start;
 * running the file again finishes it, since every row is an upsert by key.
 */
@Service
class ImportService implements RegistryImports {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private final Map<String, ImportKind<?>> kinds;
	private final ImportEngine engine;
	private final StoredImportJobs jobs;
	private final Regions regions;
	private final ImportSettings settings;
	private final ImportFiles files;
	private final MessageSource messages;
	private final ThreadPoolExecutor executor;

	ImportService(List<ImportKind<?>> kinds, ImportEngine engine, StoredImportJobs jobs, Regions regions,
			ImportSettings settings, ImportFiles files, MessageSource messages) {
		this.kinds = kinds.stream().collect(Collectors.toMap(ImportKind::name, Function.identity(), (a, b) -> a,
				java.util.LinkedHashMap::new));
		this.engine = engine;
		this.jobs = jobs;
		this.regions = regions;
		this.settings = settings;
		this.files = files;
		this.messages = messages;
		AtomicInteger n = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(settings.threads(), settings.threads(), 60, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(Math.max(1, settings.queue())), r -> {
					Thread t = new Thread(r, "registry-import-" + n.incrementAndGet());
					t.setDaemon(true);
					return t;
				});
	}

	@EventListener(ApplicationReadyEvent.class)
	void failInterrupted() {
		int n = jobs.failInterrupted(engine.now());
		if (n > 0) {
			log.warn("{} import job(s) were interrupted by a stop and are marked FAILED; run their files again", n);
		}
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

	@Override
	public List<String> kinds() {
		return List.copyOf(kinds.keySet());
	}

	@Override
	public ImportJob start(Caller caller, String kindName, String filename, InputStream content) throws IOException {
		caller.requireRole(PeopleService.WRITERS);
		ImportKind<?> kind = kind(kindName, "kind");
		SheetRows rows = SheetRows.forName(filename);
		if (rows == null) {
			throw ImportFiles.badFile("registry.import.file-type");
		}
		Path file = Files.createTempFile("civicgrid-import-", filename.toLowerCase(Locale.ROOT).endsWith(".csv")
				? ".csv" : ".xlsx");
		try {
			Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
			if (Files.size(file) == 0) {
				throw ImportFiles.badFile("registry.import.file-empty");
			}
			HeaderBlock header = files.header(rows, file, kind);
			long id = jobs.create(kind.name(), caller.username(), caller.regionCode() == null ? "" : caller.regionCode(),
					shorten(filename), header.headers(), engine.now());
			ImportContext context = new ImportContext(caller, engine.now(), code -> regions.exists(RegionCode.of(code)));
			ImportRun<?> run = new ImportRun<>(id, kind, context, engine, settings.batchSize());
			try {
				executor.execute(() -> run.run(rows, file));
			}
			catch (RejectedExecutionException e) {
				jobs.finish(id, ImportState.FAILED, "registry.import.busy", engine.now());
				throw new ConflictException("registry.import.busy");
			}
			return view(jobs.find(id).orElseThrow());
		}
		catch (IOException | RuntimeException e) {
			Files.deleteIfExists(file);
			throw e;
		}
	}

	@Override
	public Paged<ImportJob> jobs(Caller caller, ImportQuery query, PageRequest page) {
		caller.requireRole(PeopleService.WRITERS);
		return jobs.search(caller.username(), caller.role() == Role.ADMIN ? caller.scope().likePattern() : null,
				query == null ? ImportQuery.all() : query, page).map(this::listed);
	}

	@Override
	public ImportJob job(Caller caller, long id) {
		return view(readable(caller, id));
	}

	@Override
	public void writeResult(Caller caller, long id, OutputStream out) throws IOException {
		StoredImportJobs.Job job = readable(caller, id);
		files.writeResult(job, labels(job), out);
	}

	@Override
	public void writeTemplate(String kindName, String format, OutputStream out) throws IOException {
		ImportKind<?> kind = kind(kindName, "kind");
		switch (format == null ? "" : format.toLowerCase(Locale.ROOT)) {
			case "xlsx" -> files.writeXlsxTemplate(kind, out);
			case "csv" -> files.writeCsvTemplate(kind, out);
			default -> throw InvalidInputException.of("format", "registry.import.template-format");
		}
	}

	private ImportKind<?> kind(String name, String field) {
		ImportKind<?> kind = name == null ? null : kinds.get(name.strip().toLowerCase(Locale.ROOT));
		if (kind == null) {
			throw InvalidInputException.of(field, "registry.import.kind-unknown", name == null ? "" : name,
					String.join(", ", kinds.keySet()));
		}
		return kind;
	}

	/** The job, for its uploader or an admin. */
	private StoredImportJobs.Job readable(Caller caller, long id) {
		StoredImportJobs.Job job = jobs.find(id).orElseThrow(() -> new NotFoundException("registry.import.not-found", id));
		if (caller.role() != Role.ADMIN && !job.owner().equalsIgnoreCase(caller.username())) {
			throw new NotPermittedException();
		}
		return job;
	}

	private ImportJob view(StoredImportJobs.Job j) {
		Locale locale = LocaleContextHolder.getLocale();
		Function<String, String> label = labels(j);
		List<ImportWarning> warnings = j.warned() == 0 ? List.of()
				: jobs.warnings(j.id(), WARNINGS_SHOWN).stream()
					.map(w -> new ImportWarning(w.item(), w.field(), label.apply(w.field()),
							engine.message(w, locale)))
					.toList();
		return view(j, warnings);
	}

	/** A job of the history: its counts and state, without its warnings. */
	private ImportJob listed(StoredImportJobs.Job j) {
		return view(j, List.of());
	}

	private ImportJob view(StoredImportJobs.Job j, List<ImportWarning> warnings) {
		Locale locale = LocaleContextHolder.getLocale();
		String error = j.errorKey() == null ? null : messages.getMessage(j.errorKey(), null, j.errorKey(), locale);
		return new ImportJob(j.id(), j.kind(), j.state(), j.filename(), j.owner(), j.total(), j.imported(), j.updated(),
				j.unchanged(), j.rejected(), j.warned(), j.progress(), error, j.createdAt(), j.finishedAt(), warnings);
	}

	/** The header of a field's column in the job's kind (a kind no longer known names fields as they are). */
	private Function<String, String> labels(StoredImportJobs.Job job) {
		ImportKind<?> kind = kinds.get(job.kind());
		return kind == null ? Function.identity() : kind::label;
	}

	private static String shorten(String filename) {
		String name = filename.strip();
		return name.length() <= 255 ? name : name.substring(name.length() - 255);
	}
}
