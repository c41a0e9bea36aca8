package org.civicgrid.registry.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.civicgrid.identity.AuditTrail;
import org.civicgrid.registry.PeopleExport;
import org.civicgrid.registry.PersonQuery;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotPermittedException;
import org.civicgrid.shared.masking.Masking;
import org.civicgrid.shared.text.Normalize;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link PeopleExport}: the list's filters, the caller's scope, a cursor over the person table and SXSSF keeping
 * 100 rows in memory. The columns are the import template's, so a revealed export can be imported back.
 */
@Service
class PeopleExporter implements PeopleExport {

	static final String EXPORTED = "PEOPLE_EXPORTED";
	static final String EXPORTED_REVEALED = "PEOPLE_EXPORTED_REVEALED";

	private final PersonReader reader;
	private final StoredPeople people;
	private final RegistrySettings settings;
	private final AuditTrail audit;
	private final NamedParameterJdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final PersonImportKind template;

	PeopleExporter(PersonReader reader, StoredPeople people, RegistrySettings settings, AuditTrail audit,
			JdbcTemplate jdbc, TransactionTemplate transactions, PersonImportKind template) {
		this.reader = reader;
		this.people = people;
		this.settings = settings;
		this.audit = audit;
		JdbcTemplate cursor = new JdbcTemplate(jdbc.getDataSource());
		cursor.setFetchSize(1000);
		this.jdbc = new NamedParameterJdbcTemplate(cursor);
		this.transactions = new TransactionTemplate(transactions.getTransactionManager());
		this.transactions.setReadOnly(true);
		this.template = template;
	}

	@Override
	public Export prepare(Caller caller, PersonQuery query, String revealReason, String remoteAddr) {
		PersonReader.requireStaff(caller);
		String region = PersonReader.region(query.region());
		if (region != null) {
			caller.scope().require(region);
		}
		String reason = Normalize.text(revealReason);
		boolean reveal = reason != null && !reason.isEmpty();
		String filters = filters(query);
		if (reveal && !settings.revealRoles().contains(caller.role())) {
			audit.record(caller.username(), RevealDesk.REFUSED, "people-export", caller.regionCode(),
					"role " + caller.role() + "; " + filters + "; reason: " + reason, remoteAddr);
			throw new NotPermittedException();
		}
		if (reveal && (reason.length() < RevealDesk.MIN_REASON || reason.length() > RevealDesk.MAX_REASON)) {
			throw new InvalidInputException(List.of(FieldProblem.of("reason", "registry.export.reveal-reason",
					RevealDesk.MIN_REASON, RevealDesk.MAX_REASON)));
		}
		PeopleCriteria where = reader.criteria(query);
		return out -> {
			long rows = transactions.execute(status -> write(caller, where, reveal, out));
			audit.record(caller.username(), reveal ? EXPORTED_REVEALED : EXPORTED, "people", caller.regionCode(),
					filters + "; rows: " + rows + (reveal ? "; reason: " + reason : ""), remoteAddr);
			return rows;
		};
	}

	private long write(Caller caller, PeopleCriteria where, boolean reveal, OutputStream out) {
		SXSSFWorkbook book = new SXSSFWorkbook(100);
		try {
			Sheet sheet = book.createSheet("人口");
			List<ImportColumn> columns = template.columns();
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
			Map<String, Object> params = new HashMap<>(where.params());
			params.put("scope", caller.scope().likePattern());
			long[] n = { 0 };
			jdbc.query("select * from person where grid_code like :scope" + where.sql() + " order by id", params, rs -> {
				PersonData d = people.row(rs, 0).data();
				Row row = sheet.createRow((int) ++n[0]);
				List<String> values = values(d, reveal);
				for (int i = 0; i < values.size(); i++) {
					if (values.get(i) != null) {
						row.createCell(i).setCellValue(values.get(i));
					}
				}
			});
			book.write(out);
			return n[0];
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
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

	/** In the template's column order. */
	private static List<String> values(PersonData d, boolean reveal) {
		List<String> v = new ArrayList<>();
		v.add(d.name());
		v.add(reveal ? d.idNumber() : Masking.idNumber(d.idNumber()));
		v.add(reveal ? d.phone() : Masking.phone(d.phone()));
		v.add(d.gridCode());
		v.add(d.documentType() == null ? null : documentLabel(d.documentType()));
		v.add(d.sex() == null ? null : d.sex() == org.civicgrid.registry.Sex.MALE ? "男" : "女");
		v.add(d.birthDate() == null ? null : d.birthDate().toString());
		v.add(d.ethnicity());
		v.add(d.registeredResidence());
		v.add(d.actualResidence());
		v.add(d.buildingCode());
		v.add(d.relationToHead());
		v.add(d.politicalStatus());
		v.add(d.education());
		v.add(d.employment());
		v.add(String.join("、", d.tags()));
		v.add(d.notes());
		return v;
	}

	private static String documentLabel(org.civicgrid.registry.DocumentType type) {
		return switch (type) {
			case ID_CARD -> "居民身份证";
			case PASSPORT -> "护照";
			case HK_MACAO_PERMIT -> "港澳居民来往内地通行证";
			case TAIWAN_PERMIT -> "台湾居民来往大陆通行证";
			case FOREIGN_PERMANENT_RESIDENT -> "外国人永久居留身份证";
			case OTHER -> "其他证件";
		};
	}

	/** The filters for the audit record; identifiers searched by appear masked. */
	private static String filters(PersonQuery q) {
		StringJoiner j = new StringJoiner(", ", "filters: {", "}");
		if (q.q() != null && !q.q().isBlank()) {
			j.add("q=" + q.q());
		}
		if (q.idNumber() != null && !q.idNumber().isBlank()) {
			j.add("idNumber=" + Masking.idNumber(Normalize.compact(q.idNumber())));
		}
		if (q.phone() != null && !q.phone().isBlank()) {
			j.add("phone=" + Masking.phone(Normalize.compact(q.phone())));
		}
		if (q.tag() != null && !q.tag().isBlank()) {
			j.add("tag=" + q.tag());
		}
		if (q.region() != null && !q.region().isBlank()) {
			j.add("region=" + q.region());
		}
		return j.toString();
	}
}
