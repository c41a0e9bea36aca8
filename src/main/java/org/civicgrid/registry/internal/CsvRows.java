package org.civicgrid.registry.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file (RFC 4180: commas, double quotes, quotes doubled inside quotes, line breaks inside quotes) read as
 * a stream. The encoding: UTF-8 when the file starts with a byte order mark or decodes as strict UTF-8 from end
 * to end; GBK otherwise (read as GB18030, its superset), which is what Excel saves as "CSV" on a Chinese
 * Windows.
 */
final class CsvRows implements SheetRows {

	static final Charset GBK = Charset.forName("GB18030");

	@Override
	public void read(Path file, RowHandler handler) throws IOException, UnreadableFileException {
		Charset charset = detect(file);
		long size = Math.max(1, Files.size(file));
		try (InputStream raw = new ProgressStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), size, handler);
				Reader reader = new BufferedReader(new InputStreamReader(raw, decoder(charset)), 1 << 16)) {
			if (charset == StandardCharsets.UTF_8) {
				reader.mark(1);
				if (reader.read() != '\uFEFF') {
					reader.reset();
				}
			}
			parse(reader, handler);
		}
		catch (Stop stop) {
			// the handler has what it needs
		}
		catch (CharacterCodingException e) {
			throw new UnreadableFileException("not text in UTF-8 or GBK", e);
		}
	}

	/** UTF-8 for a BOM or strictly valid UTF-8, GBK (GB18030) otherwise. */
	static Charset detect(Path file) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			byte[] head = in.readNBytes(3);
			if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
				return StandardCharsets.UTF_8;
			}
			CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
			CharBuffer chars = CharBuffer.allocate(1 << 16);
			bytes.put(head);
			boolean end = false;
			while (!end) {
				byte[] chunk = in.readNBytes(bytes.remaining());
				end = chunk.length == 0;
				bytes.put(chunk);
				bytes.flip();
				CoderResult result = utf8.decode(bytes, chars, end);
				if (result.isError()) {
					return GBK;
				}
				chars.clear();
				bytes.compact();
			}
			bytes.flip();
			return utf8.decode(bytes, chars, true).isError() || bytes.hasRemaining() ? GBK : StandardCharsets.UTF_8;
		}
	}

	private static CharsetDecoder decoder(Charset charset) {
		return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	private static void parse(Reader in, RowHandler handler) throws IOException {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		int row = 1;
		int c;
		while ((c = in.read()) != -1) {
			if (quoted) {
				if (c == '"') {
					in.mark(1);
					int next = in.read();
					if (next == '"') {
						cell.append('"');
					}
					else {
						quoted = false;
						if (next != -1) {
							in.reset();
						}
					}
				}
				else {
					cell.append((char) c);
				}
				continue;
			}
			switch (c) {
				case '"' -> {
					quoted = true;
					any = true;
				}
				case ',' -> {
					cells.add(cell.toString());
					cell.setLength(0);
					any = true;
				}
				case '\r' -> {
					in.mark(1);
					if (in.read() != '\n') {
						in.reset();
					}
					handler.row(row++, finish(cells, cell, any));
					any = false;
				}
				case '\n' -> {
					handler.row(row++, finish(cells, cell, any));
					any = false;
				}
				default -> {
					cell.append((char) c);
					any = true;
				}
			}
		}
		if (any || cell.length() > 0) {
			handler.row(row, finish(cells, cell, true));
		}
		handler.progress(100);
	}

	private static List<String> finish(List<String> cells, StringBuilder cell, boolean any) {
		if (any) {
			cells.add(cell.toString());
		}
		List<String> row = List.copyOf(cells);
		cells.clear();
		cell.setLength(0);
		return row;
	}

}
