package org.civicgrid.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.civicgrid.registry.PeopleExport;
import org.civicgrid.registry.PersonQuery;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.masking.Masking;
import org.civicgrid.shared.text.Normalize;
import org.springframework.stereotype.Service;

/**
 * {@link PeopleExport}: the list's filters and the caller's scope over the person table, written and audited by
 * {@link AuditedExports}. The columns are the import template's, so a revealed export can be imported back.
 */
@Service
class PeopleExporter implements PeopleExport {

	static final String EXPORTED = "PEOPLE_EXPORTED";
	static final String EXPORTED_REVEALED = "PEOPLE_EXPORTED_REVEALED";

	private final PersonReader reader;
	private final StoredPeople people;
	private final AuditedExports exports;
	private final PersonImportKind template;

	PeopleExporter(PersonReader reader, StoredPeople people, AuditedExports exports, PersonImportKind template) {
		this.reader = reader;
		this.people = people;
		this.exports = exports;
		this.template = template;
	}

	@Override
	public Export prepare(Caller caller, PersonQuery query, String revealReason, String remoteAddr) {
		String filters = filters(query);
		AuditedExports.Clearance clearance = exports.clear(caller, query.region(), revealReason, "people-export",
				filters, remoteAddr);
		PeopleCriteria where = reader.criteria(caller, query);
		return out -> exports.write(caller, clearance, "人口", template.columns(),
				"select * from person" + where.where() + " order by id", where.params(),
				(rs, i) -> values(people.row(rs, i).data(), clearance.reveal()), EXPORTED, EXPORTED_REVEALED,
				"people", filters, remoteAddr, out);
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
