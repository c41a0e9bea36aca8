package org.civicgrid.registry.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The rows of an uploaded table, pushed one at a time as text cells (never the whole sheet in memory):
 * {@link XlsxRows} reads the first sheet of an .xlsx with POI's SAX event API, {@link CsvRows} a CSV in UTF-8
 * (with or without BOM) or GBK.
 */
interface SheetRows {

	/** Receives each row with its 1-based row number as the spreadsheet shows it; empty cells are "". */
	interface RowHandler {

		void row(int rowNumber, List<String> cells);

		/** How far through the file reading is, 0–100. */
		default void progress(int percent) {
		}
	}

	/** Thrown by a handler that has seen enough (the header check reads only the first rows). */
	final class Stop extends RuntimeException {

		Stop() {
			super(null, null, false, false);
		}
	}

	/** Reads every row; a {@link Stop} thrown by the handler ends reading quietly. */
	void read(Path file, RowHandler handler) throws IOException, UnreadableFileException;

	/** The reader for a file name's extension, or null when it is neither .xlsx nor .csv. */
	static SheetRows forName(String filename) {
		String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT).strip();
		if (name.endsWith(".xlsx")) {
			return new XlsxRows();
		}
		if (name.endsWith(".csv")) {
			return new CsvRows();
		}
		return null;
	}

	/** The file is not what its name says (a broken .xlsx, a binary file called .csv). */
	final class UnreadableFileException extends Exception {

		UnreadableFileException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
