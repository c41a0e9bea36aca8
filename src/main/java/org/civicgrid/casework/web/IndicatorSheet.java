package org.civicgrid.casework.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicgrid.casework.internal.IndicatorReport;
import org.civicgrid.casework.internal.IndicatorRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The indicator table as the page shows it, one row per group and the total last, headers in the reader's language. */
@Component
class IndicatorSheet {

	static final List<String> COLUMNS = List.of("name", "filed", "closed", "closureRate", "onTimeClosureRate",
			"reworkRate", "extensionRate", "averageHandlingHours", "satisfaction", "compositeScore", "grade");

	private final MessageSource messages;

	IndicatorSheet(MessageSource messages) {
		this.messages = messages;
	}

	void write(IndicatorReport report, Locale locale, OutputStream out) {
		try (Workbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet(report.from() + "~" + report.to());
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(messages.getMessage("casework.indicators." + COLUMNS.get(i), null,
						locale));
				sheet.setColumnWidth(i, (i == 0 ? 24 : 12) * 256);
			}
			List<IndicatorRow> rows = new ArrayList<>(report.groups());
			rows.add(report.total());
			int line = 1;
			for (IndicatorRow r : rows) {
				Row row = sheet.createRow(line++);
				row.createCell(0).setCellValue(r.key() == null
						? messages.getMessage("casework.indicators.total", null, locale) : r.key() + " " + r.name());
				row.createCell(1).setCellValue(r.filed());
				row.createCell(2).setCellValue(r.closed());
				Double[] values = { r.closureRate(), r.onTimeClosureRate(), r.reworkRate(), r.extensionRate(),
						r.averageHandlingHours(), r.satisfaction(), r.compositeScore() };
				for (int i = 0; i < values.length; i++) {
					if (values[i] != null) {
						row.createCell(3 + i).setCellValue(values[i]);
					}
				}
				row.createCell(10).setCellValue(r.grade() == null ? "" : r.grade());
			}
			book.write(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
