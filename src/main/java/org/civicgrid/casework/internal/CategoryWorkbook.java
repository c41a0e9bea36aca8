package org.civicgrid.casework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.shared.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The catalog as one Excel sheet with the Chinese headers street offices use ({@link #HEADERS}); units as department
 * codes separated by 、 and the escalation level by its Chinese name (网格 社区 街道 部门 区) or its code.
 * Rows are numbered as Excel shows them, the header being row 1.
 */
@Component
class CategoryWorkbook {

	static final List<String> HEADERS = List.of("编码", "大类名称", "小类名称", "立案条件", "处置时限", "结案条件",
			"责任单位", "升级层级");

	private static final List<String> FIELDS = List.of("code", "bigName", "smallName", "filingStandard", "timeLimit",
			"closingStandard", "responsibleUnits", "escalateTo");

	private static final Map<AssigneeLevel, String> LEVEL_NAMES = Map.of(AssigneeLevel.GRID, "网格",
			AssigneeLevel.COMMUNITY, "社区", AssigneeLevel.STREET, "街道", AssigneeLevel.DEPARTMENT, "部门",
			AssigneeLevel.DISTRICT, "区");

	private static final int MAX_ROWS = 5_000;

	record Row(int number, CategoryDefinition definition) {
	}

	void write(List<CategoryDefinition> categories, OutputStream out) {
		try (Workbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet("事件部件分类");
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
			for (int i = 0; i < HEADERS.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(HEADERS.get(i));
				cell.setCellStyle(bold);
				sheet.setColumnWidth(i, (i == 3 || i == 5 ? 40 : 14) * 256);
			}
			sheet.createFreezePane(0, 1);
			int line = 1;
			for (CategoryDefinition d : categories) {
				org.apache.poi.ss.usermodel.Row row = sheet.createRow(line++);
				String[] values = { d.code(), d.bigName(), d.smallName(), d.filingStandard(), d.timeLimit(),
						d.closingStandard(), String.join("、", d.responsibleUnits()),
						d.escalateTo() == null ? "" : LEVEL_NAMES.get(d.escalateTo()) };
				for (int i = 0; i < values.length; i++) {
					row.createCell(i).setCellValue(values[i]);
				}
			}
			book.write(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The sheet's rows; an unreadable file, wrong headers or bad levels land in {@code problems}. */
	List<Row> read(InputStream in, List<FieldProblem> problems) {
		List<Row> rows = new ArrayList<>();
		try (Workbook book = new XSSFWorkbook(in)) {
			Sheet sheet = book.getNumberOfSheets() == 0 ? null : book.getSheetAt(0);
			if (sheet == null || sheet.getRow(0) == null) {
				problems.add(FieldProblem.of("file", "casework.category.import-empty"));
				return rows;
			}
			DataFormatter format = new DataFormatter();
			org.apache.poi.ss.usermodel.Row header = sheet.getRow(0);
			for (int i = 0; i < HEADERS.size(); i++) {
				String found = format.formatCellValue(header.getCell(i)).strip();
				if (!found.equals(HEADERS.get(i))) {
					problems.add(FieldProblem.at(1, FIELDS.get(i), "casework.category.import-header", i + 1,
							HEADERS.get(i), found));
				}
			}
			if (!problems.isEmpty()) {
				return rows;
			}
			if (sheet.getLastRowNum() > MAX_ROWS) {
				problems.add(FieldProblem.of("file", "casework.category.import-too-many", MAX_ROWS));
				return rows;
			}
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
				String[] v = new String[HEADERS.size()];
				boolean blank = true;
				for (int i = 0; i < v.length; i++) {
					v[i] = row == null ? "" : format.formatCellValue(row.getCell(i)).strip();
					blank &= v[i].isEmpty();
				}
				if (blank) {
					continue;
				}
				int number = r + 1;
				AssigneeLevel level = level(v[7], number, problems);
				List<String> units = v[6].isEmpty() ? List.of() : Arrays.asList(v[6].split("\\s*[、,，;；]\\s*"));
				rows.add(new Row(number, new CategoryDefinition(v[0], v[1], v[2], v[3], v[4], v[5], units, level)));
			}
		}
		catch (IOException | RuntimeException e) {
			// not a workbook (an image, a CSV, a truncated upload): POI says so in many ways
			problems.add(FieldProblem.of("file", "casework.category.import-unreadable"));
		}
		return rows;
	}

	private static AssigneeLevel level(String text, int number, List<FieldProblem> problems) {
		if (text.isEmpty()) {
			return null;
		}
		for (var entry : LEVEL_NAMES.entrySet()) {
			if (entry.getValue().equals(text) || entry.getKey().name().equalsIgnoreCase(text)) {
				return entry.getKey();
			}
		}
		problems.add(FieldProblem.at(number, "escalateTo", "casework.category.level-unknown", text));
		return null;
	}
}
