package org.civicgrid.registry.internal;

import java.util.List;

/**
 * One kind of record the import engine can read (person, household, house, organisation, part): its columns, how
 * a row becomes a checked command, and how a batch of commands is upserted by key. A new kind is one Spring bean
 * implementing this; {@link ImportRun} does the reading, header matching, duplicate detection, batching,
 * counting and the rejects.
 *
 * @param <C> the checked command a row becomes; {@code equals}/{@code hashCode} compare its content (a record)
 */
interface ImportKind<C> {

	/** The name in the API ({@code ?kind=person}) and the template file name. */
	String name();

	/** The columns in template order; required ones first. */
	List<ImportColumn> columns();

	/** The template's example rows, cells in column order: by default one row of the columns' examples. */
	default List<List<String>> examples() {
		return List.of(columns().stream().map(ImportColumn::example).toList());
	}

	/**
	 * The row as a checked command, or an {@link org.civicgrid.shared.InvalidInputException} naming every wrong
	 * field (by {@link ImportColumn#field()}), including a region outside the uploader's scope. A value the kind
	 * corrects and still imports is reported with {@link ImportRow#warn}; the warning counts when the row does.
	 */
	C read(ImportRow row, ImportContext context);

	/** The field of the key column, named when a row repeats an earlier row's key with other content. */
	String keyField();

	/** The header of a field's column, for the reasons in the rejects; a field without a column is named as is. */
	default String label(String field) {
		return columns().stream().filter(c -> c.field().equals(field)).map(ImportColumn::label).findFirst()
			.orElse(field);
	}

	/** What the key is called in a reason ({@code 与第 6 行证件号码相同但内容不同}). */
	default String keyLabel() {
		return label(keyField());
	}

	/** The key that makes two rows the same record (an ID number, a credit code), to upsert by. */
	String key(C command);

	/**
	 * Creates, updates or leaves each command's record, one outcome per command in the same order, inside the
	 * caller's transaction. A command the database refuses for a business reason (a record in another scope) is
	 * rejected with its problems; nothing else of the batch is affected.
	 */
	List<RowOutcome> upsert(List<C> batch, ImportContext context);
}
