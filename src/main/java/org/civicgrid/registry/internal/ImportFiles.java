package org.civicgrid.registry.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/** The files around an import: the header check of an upload, the result workbook, the templates. */
@Component
class ImportFiles {

	static final String REJECTS = "未导入";
	static final String WARNINGS = "警告";
	static final String REASON = "原因";
	static final String ROW = "原行号";
	static final String COLUMN = "列";

	private final StoredImportJobs jobs;
	private final ImportEngine engine;

	ImportFiles(StoredImportJobs jobs, ImportEngine engine) {
		this.jobs = jobs;
		this.engine = engine;
	}

	/**
	 * Reads the first rows up to the header and the first data row.
	 *
	 * @throws InvalidInputException naming {@code file}: unreadable, no header, required columns missing
	 */
	HeaderBlock header(SheetRows rows, Path file, ImportKind<?> kind) throws IOException {
		HeaderBlock header = new HeaderBlock(kind.columns());
		try {
			rows.read(file, new SheetRows.RowHandler() {
				@Override
				public void row(int rowNumber, List<String> cells) {
					if (!header.offer(cells) || header.givenUp()) {
						throw new SheetRows.Stop();
					}
				}
			});
		}
		catch (SheetRows.UnreadableFileException e) {
			throw ImportFiles.badFile("registry.import.unreadable");
		}
		if (!header.found()) {
			throw ImportFiles.badFile("registry.import.no-header", required(kind));
		}
		if (!header.missing().isEmpty()) {
			throw ImportFiles.badFile("registry.import.columns-missing",
					String.join("、", header.missing()));
		}
		return header;
	}

	/** A 422 naming the uploaded {@code file}: the request was fine, the file's content is not. */
	static InvalidInputException badFile(String messageKey, Object... args) {
		return new InvalidInputException(List.of(FieldProblem.of("file", messageKey, args)));
	}

	/**
	 * The result workbook, streamed with SXSSF: first the rejected rows under the file's own headers, then 原因 and
	 * 原行号 (the first sheet is what an upload reads, so the corrected rejects import as they are); then the
	 * warnings of imported rows by 原行号, 列 (the column's header, from {@code label}) and 警告, in Chinese.
	 */
	void writeResult(StoredImportJobs.Job job, Function<String, String> label, OutputStream out) throws IOException {
		SXSSFWorkbook book = new SXSSFWorkbook(200);
		try {
			writeRejects(job, book);
			writeWarnings(job, label, book);
			book.write(out);
		}
		finally {
			book.close();
		}
	}

	private void writeRejects(StoredImportJobs.Job job, SXSSFWorkbook book) {
		Sheet sheet = book.createSheet(REJECTS);
		List<String> headers = new ArrayList<>(job.headers());
		headers.add(REASON);
		headers.add(ROW);
		write(sheet.createRow(0), headers, bold(book));
		int[] next = { 1 };
		int width = job.headers().size();
		jobs.eachReject(job.id(), r -> {
			List<String> cells = new ArrayList<>(r.cells());
			while (cells.size() < width) {
				cells.add("");
			}
			List<String> row = new ArrayList<>(cells.subList(0, Math.max(width, 0)));
			row.add(r.reason());
			row.add(Integer.toString(r.rowNumber()));
			write(sheet.createRow(next[0]++), row, null);
		});
	}

	private void writeWarnings(StoredImportJobs.Job job, Function<String, String> label, SXSSFWorkbook book) {
		Sheet sheet = book.createSheet(WARNINGS);
		write(sheet.createRow(0), List.of(ROW, COLUMN, WARNINGS), bold(book));
		int[] next = { 1 };
		jobs.eachWarning(job.id(), w -> write(sheet.createRow(next[0]++), List.of(Integer.toString(w.item()),
				label.apply(w.field()), engine.message(w, Locale.SIMPLIFIED_CHINESE)), null));
	}

	void writeXlsxTemplate(ImportKind<?> kind, OutputStream out) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet(kind.name());
			CellStyle text = book.createCellStyle();
			text.setDataFormat(book.createDataFormat().getFormat("@"));
			List<ImportColumn> columns = kind.columns();
			write(sheet.createRow(0), columns.stream().map(ImportColumn::label).toList(), bold(book));
			List<List<String>> examples = kind.examples();
			for (int r = 0; r < examples.size(); r++) {
				write(sheet.createRow(1 + r), examples.get(r), text);
			}
			for (int i = 0; i < columns.size(); i++) {
				// ID and phone numbers stay text, so Excel does not round them into 4.10105E+17
				sheet.setDefaultColumnStyle(i, text);
				sheet.setColumnWidth(i, 18 * 256);
			}
			book.write(out);
		}
	}

	void writeCsvTemplate(ImportKind<?> kind, OutputStream out) throws IOException {
		StringBuilder csv = new StringBuilder("\uFEFF")
			.append(kind.columns().stream().map(ImportColumn::label).collect(Collectors.joining(","))).append("\r\n");
		for (List<String> example : kind.examples()) {
			csv.append(example.stream().map(ImportFiles::quote).collect(Collectors.joining(","))).append("\r\n");
		}
		out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static String required(ImportKind<?> kind) {
		return kind.columns().stream().filter(ImportColumn::required).map(ImportColumn::label)
			.collect(Collectors.joining("、"));
	}

	private static String quote(String s) {
		return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
	}

	private static CellStyle bold(Workbook book) {
		Font font = book.createFont();
		font.setBold(true);
		CellStyle style = book.createCellStyle();
		style.setFont(font);
		return style;
	}

	private static void write(Row row, List<String> values, CellStyle style) {
		for (int i = 0; i < values.size(); i++) {
			var cell = row.createCell(i);
			cell.setCellValue(values.get(i));
			if (style != null) {
				cell.setCellStyle(style);
			}
		}
	}
}
