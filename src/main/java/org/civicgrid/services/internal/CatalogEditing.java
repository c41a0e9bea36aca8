package org.civicgrid.services.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.civicgrid.services.ServiceCatalog;
import org.civicgrid.services.ServiceItemInput;
import org.civicgrid.services.ServiceItemPublished;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins keep the catalog: an item is saved as a draft (checked by {@link ItemRules}, all problems at once, nothing
 * written when one is wrong), published as a new version residents read from then on, or its draft discarded.
 * Saves and publishes of one item go one by one (the item's row is locked), so two admins cannot publish a draft
 * twice or lose each other's draft.
 */
@Service
@Transactional
public class CatalogEditing implements ServiceCatalog {

	/** Who may edit and publish: the system's admins and the street's staff who run its service centre. */
	static final Role[] EDITORS = { Role.ADMIN, Role.STREET_STAFF };

	private final StoredItems items;
	private final CatalogQueries queries;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CatalogEditing(StoredItems items, CatalogQueries queries, ApplicationEventPublisher events, Clock clock) {
		this.items = items;
		this.queries = queries;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the caller may edit the catalog (pages show the admin links only then). */
	public static boolean mayEdit(Caller caller) {
		return caller != null && caller.hasRole(EDITORS);
	}

	/**
	 * Saves {@code input} as the item's draft: a new item when {@code create} (its code must be free), otherwise the
	 * draft of the item named by {@code code} (the body's code must be the same or empty).
	 */
	public ItemVersion saveDraft(Caller caller, String code, ServiceItemInput input, boolean create) {
		caller.requireRole(EDITORS);
		ServiceItemInput body = create || input.code() != null && !input.code().isBlank() ? input : withCode(input, code);
		List<FieldProblem> problems = new ArrayList<>();
		ServiceItem item = ItemRules.check(body, null, problems);
		if (!create && item != null && !item.code().equals(code)) {
			problems.add(FieldProblem.of("code", "services.item.code-changed", code));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant now = clock.instant();
		if (create) {
			if (!items.create(item.code(), caller.username(), now)) {
				throw ConflictException.on("code", "services.item.code-taken", item.code());
			}
		}
		else if (!items.lock(code)) {
			throw new NotFoundException("services.item.not-found", code);
		}
		items.saveDraft(item, caller.username(), now);
		return items.draft(item.code()).orElseThrow();
	}

	/** Publishes the item's draft as the version residents read; names the fields it changed. */
	public ServiceItemPublished publish(Caller caller, String code, String note) {
		caller.requireRole(EDITORS);
		if (note != null && note.strip().length() > 500) {
			throw new InvalidInputException(List.of(FieldProblem.of("note", "services.item.too-long", 500)));
		}
		if (!items.lock(code)) {
			throw new NotFoundException("services.item.not-found", code);
		}
		return publishDraft(code, caller.username(), note == null || note.isBlank() ? null : note.strip());
	}

	/** Throws away the draft; an item never published goes with it. */
	public void discardDraft(Caller caller, String code) {
		caller.requireRole(EDITORS);
		if (!items.lock(code)) {
			throw new NotFoundException("services.item.not-found", code);
		}
		if (!items.discardDraft(code)) {
			throw new ConflictException("services.item.no-draft", code);
		}
		items.removeUnpublished(code);
	}

	/** Refuses (403) anyone but an editor. */
	public void requireEditor(Caller caller) {
		caller.requireRole(EDITORS);
	}

	/** Whether the catalog holds the item at all (published or a draft), for an editor. */
	@Transactional(readOnly = true)
	public boolean holds(Caller caller, String code) {
		caller.requireRole(EDITORS);
		return items.exists(code);
	}

	@Transactional(readOnly = true)
	public List<AdminRow> adminRows(Caller caller) {
		caller.requireRole(EDITORS);
		return items.adminRows();
	}

	@Transactional(readOnly = true)
	public List<ItemVersion> versions(Caller caller, String code) {
		caller.requireRole(EDITORS);
		List<ItemVersion> versions = items.versions(code);
		if (versions.isEmpty()) {
			throw new NotFoundException("services.item.not-found", code);
		}
		return versions;
	}

	@Override
	public int publishMissing(List<ServiceItemInput> inputs, String by) {
		List<FieldProblem> problems = new ArrayList<>();
		List<ServiceItem> checked = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			ServiceItem item = ItemRules.check(inputs.get(i), i, problems);
			if (item != null) {
				checked.add(item);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return publishAll(checked, by, null, true);
	}

	/**
	 * Saves and publishes every item (an import): new codes are added, known ones get a new version when something
	 * changed, or are skipped when {@code onlyMissing}. Returns how many versions were published.
	 */
	int publishAll(List<ServiceItem> checked, String by, String note, boolean onlyMissing) {
		Instant now = clock.instant();
		int published = 0;
		for (ServiceItem item : checked) {
			boolean added = items.create(item.code(), by, now);
			if (!added && onlyMissing) {
				continue;
			}
			items.lock(item.code());
			if (!added && items.published(item.code()).map(v -> v.item().equals(item)).orElse(false)
					&& items.draft(item.code()).isEmpty()) {
				continue;
			}
			items.saveDraft(item, by, now);
			publishDraft(item.code(), by, note);
			published++;
		}
		return published;
	}

	/**
	 * Reads a workbook of the catalog (as {@link CatalogReading#workbook()} writes it) and publishes every item that
	 * is new or changed, all or nothing: one wrong row rejects the file with every problem by its row.
	 */
	public CatalogImported importWorkbook(Caller caller, InputStream file, String note) {
		caller.requireRole(EDITORS);
		List<FieldProblem> problems = new ArrayList<>();
		List<ServiceItem> checked = new ArrayList<>();
		List<CatalogSheets.Read> rows = CatalogSheets.read(file);
		for (CatalogSheets.Read row : rows) {
			ServiceItem item = ItemRules.check(row.input(), row.row(), problems);
			if (item != null) {
				checked.add(item);
			}
		}
		if (rows.isEmpty()) {
			problems.add(FieldProblem.of("file", "services.catalog.file-empty"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String trimmed = note == null || note.isBlank() ? null : note.strip();
		return new CatalogImported(rows.size(), publishAll(checked, caller.username(), trimmed, false));
	}

	/** What an import did: how many items the file held, and how many of them were published as a new version. */
	public record CatalogImported(int items, int published) {
	}

	@Override
	@Transactional(readOnly = true)
	public long publishedCount() {
		return queries.publishedCount();
	}

	private ServiceItemPublished publishDraft(String code, String by, String note) {
		ItemVersion draft = items.draft(code).orElseThrow(() -> new ConflictException("services.item.no-draft", code));
		ServiceItem before = items.published(code).map(ItemVersion::item).orElse(null);
		List<String> changes = VersionChanges.between(before, draft.item());
		Instant now = clock.instant();
		items.publish(code, draft.version(), by, now, changes, note);
		ServiceItemPublished event = new ServiceItemPublished(code, draft.version(), by, now, changes);
		events.publishEvent(event);
		return event;
	}

	private static ServiceItemInput withCode(ServiceItemInput in, String code) {
		return new ServiceItemInput(code, in.category(), in.name(), in.level(), in.conditions(), in.materials(),
				in.steps(), in.timeLimitDays(), in.fee(), in.legalBasis(), in.counter(), in.contact(), in.bookable(),
				in.agency(), in.atHome(), in.lifeEvents());
	}
}
