package org.civicgrid.registry.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.civicgrid.identity.AuditTrail;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotPermittedException;
import org.civicgrid.shared.text.Normalize;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every audited list export of the registry shares (people, organisations, houses, households, parts): the refusals before a byte is
 * written (staff only, a region filter in scope, clear values only for a reveal role with a reason, the refusal
 * audited), a read-only database cursor streamed into SXSSF keeping 100 rows in memory, and the audit record with
 * filters, row count and reason afterwards.
 */
@Component
class AuditedExports {

	/** What an export may show: masked, or in clear for {@code reason}. */
	record Clearance(boolean reveal, String reason) {
	}

	private final RegistrySettings settings;
	private final AuditTrail audit;
	private final NamedParameterJdbcTemplate jdbc;
	private final TransactionTemplate transactions;

	AuditedExports(RegistrySettings settings, AuditTrail audit, JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.settings = settings;
		this.audit = audit;
		JdbcTemplate cursor = new JdbcTemplate(jdbc.getDataSource());
		cursor.setFetchSize(1000);
		this.jdbc = new NamedParameterJdbcTemplate(cursor);
		this.transactions = new TransactionTemplate(transactions.getTransactionManager());
		this.transactions.setReadOnly(true);
	}

	/**
	 * Checks everything that refuses an export: staff only, the region filter (validated) in the caller's scope,
	 * a reveal only by a role in {@code civicgrid.registry.reveal-roles} (a refused reveal is audited against
	 * {@code refusedTarget}) with a reason of 4–500 characters.
	 */
	Clearance clear(Caller caller, String region, String revealReason, String refusedTarget, String filters,
			String remoteAddr) {
		PersonReader.requireStaff(caller);
		String code = PersonReader.region(region);
		if (code != null) {
			caller.scope().require(code);
		}
		String reason = Normalize.text(revealReason);
		boolean reveal = reason != null && !reason.isEmpty();
		if (reveal && !settings.revealRoles().contains(caller.role())) {
			audit.record(caller.username(), RevealDesk.REFUSED, refusedTarget, caller.regionCode(),
					"role " + caller.role() + "; " + filters + "; reason: " + reason, remoteAddr);
			throw new NotPermittedException();
		}
		if (reveal && (reason.length() < RevealDesk.MIN_REASON || reason.length() > RevealDesk.MAX_REASON)) {
			throw new InvalidInputException(List.of(FieldProblem.of("reason", "registry.export.reveal-reason",
					RevealDesk.MIN_REASON, RevealDesk.MAX_REASON)));
		}
		return new Clearance(reveal, reveal ? reason : null);
	}

	/**
	 * Streams {@code sql} (a read-only cursor) into a one-sheet workbook under a bold header of the template's
	 * labels, then audits {@code action} (or {@code revealedAction}) on {@code target}; returns the rows written.
	 */
	long write(Caller caller, Clearance clearance, String sheetName, List<ImportColumn> columns, String sql,
			Map<String, Object> params, RowMapper<List<String>> values, String action, String revealedAction,
			String target, String filters, String remoteAddr, OutputStream out) {
		long rows = transactions.execute(status -> stream(sheetName, columns, sql, params, values, out));
		audit.record(caller.username(), clearance.reveal() ? revealedAction : action, target, caller.regionCode(),
				filters + "; rows: " + rows + (clearance.reveal() ? "; reason: " + clearance.reason() : ""),
				remoteAddr);
		return rows;
	}

	/** The filters for the audit record, {@code filters: {name=value, …}} of those given (pairs of name and value). */
	static String filters(String... namesAndValues) {
		StringJoiner j = new StringJoiner(", ", "filters: {", "}");
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			String value = namesAndValues[i + 1];
			if (value != null && !value.isBlank()) {
				j.add(namesAndValues[i] + "=" + value);
			}
		}
		return j.toString();
	}

	private long stream(String sheetName, List<ImportColumn> columns, String sql, Map<String, Object> params,
			RowMapper<List<String>> values, OutputStream out) {
		SXSSFWorkbook book = new SXSSFWorkbook(100);
		try {
			Sheet sheet = book.createSheet(sheetName);
			Font bold = book.createFont();
			bold.setBold(true);
			var headerStyle = book.createCellStyle();
			headerStyle.setFont(bold);
			Row header = sheet.createRow(0);
			for (int i = 0; i < columns.size(); i++) {
				var cell = header.createCell(i);
				cell.setCellValue(columns.get(i).label());
				cell.setCellStyle(headerStyle);
			}
			long[] n = { 0 };
			jdbc.query(sql, params, rs -> {
				List<String> cells = values.mapRow(rs, (int) n[0]);
				Row row = sheet.createRow((int) ++n[0]);
				for (int i = 0; i < cells.size(); i++) {
					if (cells.get(i) != null) {
						row.createCell(i).setCellValue(cells.get(i));
					}
				}
			});
			book.write(out);
			return n[0];
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			try {
				book.close();
			}
			catch (IOException e) {
				// temp files of SXSSF are gone either way
			}
		}
	}
}
