package org.civicgrid.messaging.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicgrid.messaging.internal.outbound.SheetHeader;
import org.civicgrid.shared.time.Times;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The console's list of forwarded posts as .xlsx, in the reader's language, the columns the page shows. */
@Component
public class ForwardWorkbook {

	static final List<String> COLUMNS = List.of("postedAt", "origin", "author", "body", "at", "hops", "state",
			"caseNumber", "caseStep", "score", "filedAt", "closedAt");

	private final MessageSource messages;
	private final Times times;

	ForwardWorkbook(MessageSource messages, Times times) {
		this.messages = messages;
		this.times = times;
	}

	public void write(List<Forward> forwards, Locale locale, OutputStream out) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet(word("messaging.forward.console.title", locale));
			SheetHeader.write(sheet, COLUMNS.stream().map(c -> word("messaging.forward.column." + c, locale)).toList());
			int n = 0;
			for (Forward f : forwards) {
				Row row = sheet.createRow(++n);
				Object[] cells = { times.minute(f.postedAt()), f.originChannelName(), f.authorName(), f.body(),
						f.atChannelName(), f.hops(), word("messaging.forward.state." + f.state(), locale),
						f.caseNumber(), f.caseStep() == null ? null
								: word("messaging.forward.step-name." + f.caseStep(), locale),
						f.score(), f.filedAt() == null ? null : times.minute(f.filedAt()),
						f.closedAt() == null ? null : times.minute(f.closedAt()) };
				for (int i = 0; i < cells.length; i++) {
					if (cells[i] instanceof Number number) {
						row.createCell(i).setCellValue(number.doubleValue());
					}
					else if (cells[i] != null) {
						row.createCell(i).setCellValue(cells[i].toString());
					}
				}
			}
			book.write(out);
		}
	}

	private String word(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
