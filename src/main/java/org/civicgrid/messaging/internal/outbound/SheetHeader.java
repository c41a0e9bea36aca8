package org.civicgrid.messaging.internal.outbound;

import java.util.List;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The first row of messaging's workbooks: the column names in bold. */
public final class SheetHeader {

	private SheetHeader() {
	}

	public static void write(Sheet sheet, List<String> names) {
		Font bold = sheet.getWorkbook().createFont();
		bold.setBold(true);
		var style = sheet.getWorkbook().createCellStyle();
		style.setFont(bold);
		Row header = sheet.createRow(0);
		for (int i = 0; i < names.size(); i++) {
			var cell = header.createCell(i);
			cell.setCellValue(names.get(i));
			cell.setCellStyle(style);
		}
	}
}
