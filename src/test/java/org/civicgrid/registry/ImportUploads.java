package org.civicgrid.registry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicgrid.testing.Api;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds upload files in the test (real .xlsx through POI, CSV bytes in a chosen charset) and sends them. */
final class ImportUploads {

	static final String IMPORTS = "/api/v1/registry/imports";

	private ImportUploads() {
	}

	/** A workbook built by {@code sheet}, as .xlsx bytes. */
	static byte[] xlsx(java.util.function.Consumer<XSSFWorkbook> sheet) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			sheet.accept(book);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Cells of a row: strings as text, Doubles as numbers. */
	static Row row(Sheet sheet, int index, Object... cells) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < cells.length; i++) {
			Object v = cells[i];
			if (v instanceof Double d) {
				row.createCell(i).setCellValue(d);
			}
			else if (v != null) {
				row.createCell(i).setCellValue(v.toString());
			}
		}
		return row;
	}

	static byte[] csv(Charset charset, String... lines) {
		return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
	}

	static byte[] utf8Bom(String... lines) {
		byte[] body = csv(StandardCharsets.UTF_8, lines);
		byte[] out = new byte[body.length + 3];
		out[0] = (byte) 0xEF;
		out[1] = (byte) 0xBB;
		out[2] = (byte) 0xBF;
		System.arraycopy(body, 0, out, 3, body.length);
		return out;
	}

	static Api.Response upload(Api as, String kind, String filename, byte[] content) {
		String boundary = "----civicgrid" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return as.send("POST", IMPORTS + (kind == null ? "" : "?kind=" + kind),
				"multipart/form-data; boundary=" + boundary, body.toByteArray());
	}

	/** Uploads, expects 202, and polls until the job is no longer RUNNING. */
	static JsonNode importAndWait(Api as, String kind, String filename, byte[] content) {
		Api.Response started = upload(as, kind, filename, content);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		assertThat(started.json().get("state").asString()).isIn("RUNNING", "DONE");
		return waitFor(as, started.json().get("id").asLong());
	}

	static JsonNode waitFor(Api as, long id) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			Api.Response r = as.get(IMPORTS + "/" + id);
			assertThat(r.status()).as(r.body()).isEqualTo(200);
			if (!"RUNNING".equals(r.json().get("state").asString())) {
				return r.json();
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
		throw new AssertionError("import " + id + " still running after 60 s");
	}

	/** The rows of the first sheet of an .xlsx as text. */
	static List<List<String>> read(byte[] xlsx) {
		return read(xlsx, book -> book.getSheetAt(0));
	}

	/** The rows of the sheet named {@code name} as text; fails when the workbook has no such sheet. */
	static List<List<String>> read(byte[] xlsx, String name) {
		return read(xlsx, book -> {
			Sheet sheet = book.getSheet(name);
			assertThat(sheet).as("sheet " + name).isNotNull();
			return sheet;
		});
	}

	/** The sheet names of an .xlsx in order. */
	static List<String> sheetNames(byte[] xlsx) {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			List<String> names = new ArrayList<>();
			book.forEach(sheet -> names.add(sheet.getSheetName()));
			return names;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<List<String>> read(byte[] xlsx, java.util.function.Function<XSSFWorkbook, Sheet> sheet) {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			DataFormatter f = new DataFormatter();
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet.apply(book)) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getLastCellNum(); i++) {
					Cell c = row.getCell(i);
					cells.add(c == null ? "" : f.formatCellValue(c));
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Full-width (全角) digits and letters for the ASCII ones. */
	static String fullWidth(String s) {
		StringBuilder b = new StringBuilder();
		s.chars().forEach(c -> b.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : (char) c));
		return b.toString();
	}
}
