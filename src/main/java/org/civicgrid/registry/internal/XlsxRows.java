package org.civicgrid.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an .xlsx through POI's event API (XSSFReader + XSSFSheetXMLHandler): the package is opened
 * from the temporary file, the sheet XML is parsed as a stream, and only the current row is held. Numbers come as
 * plain digits (a phone typed as a number reads 13812345678, never 1.38E10), date cells as ISO dates.
 */
final class XlsxRows implements SheetRows {

	@Override
	public void read(Path file, RowHandler handler) throws IOException, UnreadableFileException {
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (OpenXML4JException | OpenXML4JRuntimeException | IllegalArgumentException e) {
			throw new UnreadableFileException("not an .xlsx package", e);
		}
		try {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new UnreadableFileException("no sheet", null);
			}
			InputStream sheet = sheets.next();
			long size = Math.max(1, sheets.getSheetPart().getSize());
			try (InputStream in = new ProgressStream(sheet, size, handler)) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new Rows(handler), new PlainFormatter(),
						false));
				parser.parse(new InputSource(in));
			}
		}
		catch (Stop stop) {
			// the handler has what it needs
		}
		catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
				| OpenXML4JRuntimeException | org.apache.poi.ooxml.POIXMLException e) {
			if (e.getCause() instanceof Stop || e instanceof SAXException s && s.getException() instanceof Stop) {
				return;
			}
			throw new UnreadableFileException("unreadable .xlsx", e);
		}
		finally {
			pkg.revert();
		}
	}

	/** Collects one row's cells by column index, filling gaps with "". */
	private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final RowHandler handler;
		private final List<String> cells = new ArrayList<>();

		Rows(RowHandler handler) {
			this.handler = handler;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			handler.row(rowNum + 1, List.copyOf(cells));
		}

		@Override
		public void cell(String ref, String value, XSSFComment comment) {
			int col = ref == null ? cells.size() : new CellReference(ref).getCol();
			while (cells.size() < col) {
				cells.add("");
			}
			if (cells.size() == col) {
				cells.add(value == null ? "" : value);
			}
			else {
				cells.set(col, value == null ? "" : value);
			}
		}
	}

	/** Dates as ISO dates, other numbers as plain decimals without exponent or trailing zeros. */
	private static final class PlainFormatter extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
			}
			if (Double.isNaN(value) || Double.isInfinite(value)) {
				return "";
			}
			return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}
	}

}
