package org.civicgrid.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;

/**
 * Bulk import of registry records from Excel (.xlsx) or CSV (UTF-8 or GBK) with Chinese headers matched by name.
 * The file is read as a stream in the background; each row is checked on its own and upserted by its key (an ID
 * number for people), so a rejected row never blocks the others and importing a file twice changes nothing.
 * Only staff who may write the registry start imports; a job is read by its uploader or an admin.
 */
public interface RegistryImports {

	/** How many warnings a job's view lists; the result workbook has them all. */
	int WARNINGS_SHOWN = 100;

	/** The kinds that can be imported ({@code person}, …), in display order. */
	List<String> kinds();

	/**
	 * Stores the upload, checks that it is a readable .xlsx or .csv with the kind's required headers, and starts
	 * the job in the background.
	 *
	 * @throws org.civicgrid.shared.InvalidInputException (422) naming {@code kind} or {@code file}: unknown kind,
	 *         empty file, not .xlsx/.csv, a required column missing
	 * @throws org.civicgrid.shared.NotPermittedException for a role that may not write the registry
	 */
	ImportJob start(Caller caller, String kind, String filename, InputStream content) throws IOException;

	/**
	 * The imports the caller may read, newest first or in the order asked for ({@code RegistrySorts.IMPORTS}):
	 * staff see their own uploads, an administrator the uploads of staff within their scope. Each job comes without
	 * its warnings ({@link #job} has them).
	 *
	 * @throws org.civicgrid.shared.NotPermittedException for a role that may not write the registry
	 */
	Paged<ImportJob> jobs(Caller caller, ImportQuery query, PageRequest page);

	/** The job as it stands now, its warnings in the caller's language. */
	ImportJob job(Caller caller, long id);

	/**
	 * The job's result as .xlsx: first the sheet 未导入 with the rejected rows (the original columns, a 原因 column
	 * naming the fields, 原行号), so a corrected file imports as it is; then the sheet 警告 with every warning of an
	 * imported row (原行号, 列, 警告), in Chinese.
	 */
	void writeResult(Caller caller, long id, OutputStream out) throws IOException;

	/** An empty template of the kind with its Chinese headers and one example row; {@code csv} or {@code xlsx}. */
	void writeTemplate(String kind, String format, OutputStream out) throws IOException;
}
