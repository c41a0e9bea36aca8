package org.civicgrid.services.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicgrid.services.ServiceItemInput;
import org.civicgrid.services.ServiceItemInput.MaterialInput;
import org.civicgrid.services.ServiceItemInput.StepInput;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;

/**
 * The catalog as an Excel workbook staff can edit: sheet 事项 (one row per item), 材料 (one row per material, by
 * the item's code, in order) and 步骤 (one row per step). Choices are written by their Chinese names (民政, 原件, 是)
 * and read by name or code. A problem is located by its sheet's row number as Excel shows it.
 */
final class CatalogSheets {

	static final String ITEMS = "事项";
	static final String MATERIALS = "材料";
	static final String STEPS = "步骤";

	private static final List<Column<ServiceItem>> ITEM_COLUMNS = List.of(
			new Column<>("编码", ServiceItem::code), new Column<>("类别", i -> i.category().written()),
			new Column<>("名称", ServiceItem::name), new Column<>("办理层级", i -> i.level().written()),
			new Column<>("受理条件", ServiceItem::conditions),
			new Column<>("承诺时限（工作日）", i -> String.valueOf(i.timeLimitDays())),
			new Column<>("收费标准", ServiceItem::fee), new Column<>("法律依据", ServiceItem::legalBasis),
			new Column<>("办理窗口", ServiceItem::counter), new Column<>("咨询电话", ServiceItem::contact),
			new Column<>("可预约", i -> yesNo(i.bookable())), new Column<>("可代办", i -> yesNo(i.agency())),
			new Column<>("可上门", i -> yesNo(i.atHome())), new Column<>("人生事件",
					i -> String.join("、", i.lifeEvents().stream().map(LifeEvent::written).toList())));
	private static final List<String> MATERIAL_HEADERS = List.of("事项编码", "材料名称", "原件/复印件", "份数", "必需", "备注");
	private static final List<String> STEP_HEADERS = List.of("事项编码", "步骤名称", "说明");

	private CatalogSheets() {
	}

	static byte[] write(List<ServiceItem> items) {
		try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle header = headerStyle(book);
			Sheet itemSheet = sheet(book, ITEMS, ITEM_COLUMNS.stream().map(Column::header).toList(), header);
			Sheet materialSheet = sheet(book, MATERIALS, MATERIAL_HEADERS, header);
			Sheet stepSheet = sheet(book, STEPS, STEP_HEADERS, header);
			for (ServiceItem item : items) {
				row(itemSheet, ITEM_COLUMNS.stream().map(c -> c.value().apply(item)).toList());
				for (ServiceItem.Material m : item.materials()) {
					row(materialSheet, List.of(item.code(), m.name(), m.form().written(), String.valueOf(m.count()),
							yesNo(m.required()), m.notes()));
				}
				for (ServiceItem.Step s : item.steps()) {
					row(stepSheet, List.of(item.code(), s.name(), s.detail()));
				}
			}
			itemSheet.setColumnWidth(2, 40 * 256);
			itemSheet.setColumnWidth(4, 60 * 256);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException("writing a workbook in memory", e);
		}
	}

	/** The items of a workbook, each with the row it came from; all problems at once (422), nothing read half. */
	static List<Read> read(InputStream in) {
		Workbook book;
		try {
			book = new XSSFWorkbook(in);
		}
		catch (IOException | RuntimeException e) {
			throw new InvalidInputException(List.of(FieldProblem.of("file", "services.catalog.file-unreadable")));
		}
		try (book) {
			List<FieldProblem> problems = new ArrayList<>();
			Map<String, List<String>> itemRows = rows(book, ITEMS, ITEM_COLUMNS.size(), problems);
			Map<String, List<List<String>>> materials = grouped(book, MATERIALS, MATERIAL_HEADERS.size(), itemRows,
					problems);
			Map<String, List<List<String>>> steps = grouped(book, STEPS, STEP_HEADERS.size(), itemRows, problems);
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			List<Read> read = new ArrayList<>();
			for (Map.Entry<String, List<String>> e : itemRows.entrySet()) {
				List<String> c = e.getValue();
				int row = Integer.parseInt(c.get(c.size() - 1));
				String code = c.get(0);
				List<MaterialInput> ms = materials.getOrDefault(code, List.of()).stream()
					.map(m -> new MaterialInput(m.get(1), m.get(2), count(m.get(3)), !no(m.get(4)), m.get(5)))
					.toList();
				List<StepInput> ss = steps.getOrDefault(code, List.of()).stream()
					.map(s -> new StepInput(s.get(1), s.get(2)))
					.toList();
				List<String> events = c.get(13).isBlank() ? List.of()
						: List.of(c.get(13).split("[、,，;；\\s]+"));
				read.add(new Read(row, new ServiceItemInput(code, c.get(1), c.get(2), c.get(3), c.get(4), ms, ss,
						days(c.get(5)), c.get(6), c.get(7), c.get(8), c.get(9), isYes(c.get(10)), isYes(c.get(11)),
						isYes(c.get(12)), events)));
			}
			return read;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** An item read from row {@code row} of sheet 事项. */
	record Read(int row, ServiceItemInput input) {
	}

	/** The item rows by code, each with its row number appended; a missing sheet or a repeated code is a problem. */
	private static Map<String, List<String>> rows(Workbook book, String name, int width, List<FieldProblem> problems) {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		for (List<String> cells : cells(book, name, width, problems)) {
			int row = Integer.parseInt(cells.get(width));
			String code = cells.get(0);
			if (code.isBlank()) {
				problems.add(FieldProblem.at(row, name + ".编码", "validation.required"));
			}
			else if (rows.putIfAbsent(code, cells) != null) {
				problems.add(FieldProblem.at(row, name + ".编码", "services.catalog.code-repeated", code));
			}
		}
		return rows;
	}

	private static Map<String, List<List<String>>> grouped(Workbook book, String name, int width,
			Map<String, List<String>> items, List<FieldProblem> problems) {
		Map<String, List<List<String>>> grouped = new LinkedHashMap<>();
		for (List<String> cells : cells(book, name, width, problems)) {
			String code = cells.get(0);
			if (!items.containsKey(code)) {
				problems.add(FieldProblem.at(Integer.parseInt(cells.get(width)), name + ".事项编码",
						"services.catalog.code-unknown", code));
				continue;
			}
			grouped.computeIfAbsent(code, k -> new ArrayList<>()).add(cells);
		}
		return grouped;
	}

	/** The sheet's rows below its header as trimmed texts, blank rows skipped, the row number last. */
	private static List<List<String>> cells(Workbook book, String name, int width, List<FieldProblem> problems) {
		Sheet sheet = book.getSheet(name);
		if (sheet == null) {
			problems.add(FieldProblem.of("file", "services.catalog.sheet-missing", name));
			return List.of();
		}
		DataFormatter format = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		for (Row row : sheet) {
			if (row.getRowNum() == 0) {
				continue;
			}
			List<String> cells = new ArrayList<>(width + 1);
			boolean blank = true;
			for (int i = 0; i < width; i++) {
				Cell cell = row.getCell(i);
				String text = cell == null ? "" : format.formatCellValue(cell).strip();
				blank &= text.isEmpty();
				cells.add(text);
			}
			if (!blank) {
				cells.add(String.valueOf(row.getRowNum() + 1));
				rows.add(cells);
			}
		}
		return rows;
	}

	private static Integer days(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.replace("即办", "0"));
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	private static Integer count(String text) {
		try {
			return text.isBlank() ? null : Integer.valueOf(text);
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}

	private static String yesNo(boolean value) {
		return value ? "是" : "否";
	}

	private static Boolean isYes(String text) {
		return text.equals("是") || text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes") || text.equals("1");
	}

	private static boolean no(String text) {
		return text.equals("否") || text.equalsIgnoreCase("false") || text.equalsIgnoreCase("no") || text.equals("0");
	}

	private static CellStyle headerStyle(Workbook book) {
		CellStyle style = book.createCellStyle();
		Font bold = book.createFont();
		bold.setBold(true);
		style.setFont(bold);
		return style;
	}

	private static Sheet sheet(Workbook book, String name, List<String> headers, CellStyle style) {
		Sheet sheet = book.createSheet(name);
		Row row = sheet.createRow(0);
		for (int i = 0; i < headers.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(headers.get(i));
			cell.setCellStyle(style);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	private static void row(Sheet sheet, List<String> values) {
		Row row = sheet.createRow(sheet.getLastRowNum() + 1);
		for (int i = 0; i < values.size(); i++) {
			row.createCell(i).setCellValue(values.get(i) == null ? "" : values.get(i));
		}
	}

	private record Column<T>(String header, Function<T, String> value) {
	}
}
