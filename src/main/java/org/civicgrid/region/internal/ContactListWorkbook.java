package org.civicgrid.region.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.civicgrid.region.StaffMember;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff contact list (网格员通讯录) as an Excel sheet: one line per person per grid, with the community,
 * the grid and its AB partner, streamed so a city-sized list does not sit in memory.
 */
@Component
public class ContactListWorkbook {

	private static final String[] HEADERS = { "community", "gridCode", "gridName", "duty", "name", "phone", "abPartner" };

	private final StoredRegions regions;
	private final MessageSource messages;

	ContactListWorkbook(StoredRegions regions, MessageSource messages) {
		this.regions = regions;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public void write(RegionScope scope, String root, Locale locale, OutputStream out) throws IOException {
		scope.require(root);
		if (!regions.exists(root)) {
			throw new NotFoundException("region.not-found", root);
		}
		List<RegionRow> rows = regions.subtree(root, RegionLevel.GRID.codeLength());
		Map<String, String> names = new HashMap<>();
		rows.forEach(r -> names.put(r.code(), r.name()));
		Map<String, List<StaffMember>> staff = regions.staffUnder(root);
		try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
			Sheet sheet = book.createSheet(messages.getMessage("export.contacts.sheet", null, locale));
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADERS.length; i++) {
				header.createCell(i).setCellValue(messages.getMessage("export.contacts." + HEADERS[i], null, locale));
				header.getCell(i).setCellStyle(bold);
				sheet.setColumnWidth(i, i == 1 ? 20 * 256 : 16 * 256);
			}
			sheet.createFreezePane(0, 1);
			int line = 1;
			for (RegionRow grid : rows) {
				if (grid.level() != RegionLevel.GRID) {
					continue;
				}
				String community = names.getOrDefault(grid.parentCode(), "");
				String partner = grid.abPartnerCode() == null ? "" : grid.abPartnerCode() + " " + names.getOrDefault(grid.abPartnerCode(), "");
				for (var member : staff.getOrDefault(grid.code(), List.of())) {
					Row row = sheet.createRow(line++);
					row.createCell(0).setCellValue(community);
					row.createCell(1).setCellValue(grid.code());
					row.createCell(2).setCellValue(grid.name());
					row.createCell(3).setCellValue(messages.getMessage("duty." + member.duty().name(), null, locale));
					row.createCell(4).setCellValue(member.name());
					row.createCell(5).setCellValue(member.phone() == null ? "" : member.phone());
					row.createCell(6).setCellValue(partner.trim());
				}
			}
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, line - 1), 0, HEADERS.length - 1));
			book.write(out);
		}
	}
}
