package org.civicgrid.registry.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.registry.OrganisationExport;
import org.civicgrid.registry.OrganisationQuery;
import org.civicgrid.registry.PeopleExport;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.masking.Masking;
import org.civicgrid.shared.text.Normalize;
import org.springframework.stereotype.Service;

/**
 * {@link OrganisationExport}: the organisation list's filters and the caller's scope, written and audited by
 * {@link AuditedExports} in the import template's columns, so a revealed export can be imported back.
 */
@Service
class OrganisationExporter implements OrganisationExport {

	static final String EXPORTED = "ORGANISATIONS_EXPORTED";
	static final String EXPORTED_REVEALED = "ORGANISATIONS_EXPORTED_REVEALED";

	private final StoredOrganisations organisations;
	private final AuditedExports exports;
	private final OrganisationImportKind template;

	OrganisationExporter(StoredOrganisations organisations, AuditedExports exports, OrganisationImportKind template) {
		this.organisations = organisations;
		this.exports = exports;
		this.template = template;
	}

	@Override
	public PeopleExport.Export prepare(Caller caller, OrganisationQuery query, String revealReason,
			String remoteAddr) {
		String filters = filters(query);
		AuditedExports.Clearance clearance = exports.clear(caller, query.region(), revealReason,
				"organisations-export", filters, remoteAddr);
		String q = Queries.blankToNull(Normalize.text(query.q()));
		Map<String, Object> params = new HashMap<>();
		String where = StoredOrganisations.where(caller.scope().likePattern(), q,
				q == null ? null : OrganisationService.creditCodeOrNull(q), Queries.regionPattern(query.region()),
				params);
		return out -> exports.write(caller, clearance, "单位组织", template.columns(),
				"select * from organisation" + where + " order by name, id", params,
				(rs, i) -> values(organisations.row(rs, i).data(), clearance.reveal()), EXPORTED, EXPORTED_REVEALED,
				"organisations", filters, remoteAddr, out);
	}

	/** In the template's column order. */
	private static List<String> values(StoredOrganisations.Data d, boolean reveal) {
		List<String> v = new ArrayList<>();
		v.add(d.creditCode());
		v.add(d.name());
		v.add(d.gridCode());
		v.add(d.type());
		v.add(d.legalRepresentative());
		v.add(reveal ? d.contactPhone() : Masking.phone(d.contactPhone()));
		v.add(d.employees() == null ? null : d.employees().toString());
		v.add(d.address());
		return v;
	}

	private static String filters(OrganisationQuery q) {
		return AuditedExports.filters("q", q.q(), "region", q.region());
	}
}
