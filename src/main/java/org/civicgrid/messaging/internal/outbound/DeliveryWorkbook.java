package org.civicgrid.messaging.internal.outbound;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.shared.Sort;
import org.civicgrid.shared.time.Times;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The delivery log as .xlsx, in the log's order, streamed (100 rows in memory), the reader's language. */
@Component
class DeliveryWorkbook {

	static final List<String> COLUMNS = List.of("id", "createdAt", "channel", "recipient", "kind", "messageKey",
			"templateCode", "region", "state", "attempts", "nextAttemptAt", "lastError", "providerId", "sentAt");

	private final StoredDeliveries deliveries;
	private final MessageSource messages;
	private final Times times;
	private final TransactionTemplate reading;
	private final DeliveryWords words;

	DeliveryWorkbook(StoredDeliveries deliveries, MessageSource messages, Times times, TransactionTemplate transactions,
			DeliveryWords words) {
		this.deliveries = deliveries;
		this.words = words;
		this.messages = messages;
		this.times = times;
		this.reading = new TransactionTemplate(transactions.getTransactionManager());
		this.reading.setReadOnly(true);
	}

	long write(RegionScope scope, DeliveryQuery query, Sort sort, Locale locale, OutputStream out) throws IOException {
		try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
			Sheet sheet = book.createSheet(word("messaging.outbound.page.title", locale));
			SheetHeader.write(sheet, COLUMNS.stream().map(c -> word("messaging.outbound.column." + c, locale)).toList());
			long[] n = { 0 };
			reading.executeWithoutResult(s -> deliveries.each(scope, query, sort, d -> {
				DeliveryView v = DeliveryView.of(d);
				Row row = sheet.createRow((int) ++n[0]);
				String[] cells = { String.valueOf(v.id()), time(v.createdAt()),
						word("messaging.outbound.channel." + v.channel(), locale),
						v.recipient() == null ? "person:" + v.personId() : v.recipient(),
						word("messaging.outbound.kind." + v.kind(), locale), v.messageKey(), v.templateCode(),
						v.regionCode(), word("messaging.outbound.state." + v.state(), locale),
						String.valueOf(v.attempts()), time(v.nextAttemptAt()), blankToNull(words.error(v.lastError(), locale)),
						v.providerId(),
						time(v.sentAt()) };
				for (int i = 0; i < cells.length; i++) {
					if (cells[i] != null) {
						row.createCell(i).setCellValue(cells[i]);
					}
				}
			}));
			book.write(out);
			book.dispose();
			return n[0];
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isEmpty() ? null : s;
	}

	private String time(Instant at) {
		return at == null ? null : times.second(at);
	}

	private String word(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
