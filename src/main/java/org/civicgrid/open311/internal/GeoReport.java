package org.civicgrid.open311.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.civicgrid.casework.CaseDetail;
import org.civicgrid.casework.CaseStatus;
import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.Category;
import org.civicgrid.casework.DepartmentDirectory;
import org.civicgrid.casework.ExternalCases;
import org.civicgrid.casework.ExternalQuery;
import org.civicgrid.casework.PublicProgress;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.Paged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of GeoReport v2 over the casework facade: service requests (cases) with the spec's filters and
 * defaults (a span of 90 days, at most 1000), single requests and tokens. Documents are ordered maps in the spec's
 * field names; the web layer writes them as XML or JSON. {@code base} is the endpoint's public address
 * ({@code https://host/open311/v2}), under which uploaded media are served.
 */
@Service
@Transactional(readOnly = true)
public class GeoReport {

	private final ExternalCases cases;
	private final ServiceCatalog services;
	private final DepartmentDirectory departments;
	private final RequestLinks links;
	private final Open311Settings settings;
	private final Wording wording;
	private final Clock clock;

	GeoReport(ExternalCases cases, ServiceCatalog services, DepartmentDirectory departments, RequestLinks links,
			Open311Settings settings, Wording wording, Clock clock) {
		this.cases = cases;
		this.services = services;
		this.departments = departments;
		this.links = links;
		this.settings = settings;
		this.wording = wording;
		this.clock = clock;
	}

	/** GET requests: by ids, or filtered by service code, status and report time, newest first. */
	public List<Map<String, Object>> requests(Params params, Locale locale, String base) {
		ExternalQuery query = query(params);
		int pageSize = params.integer("page_size", ExternalQuery.MAX_LIMIT, 1, ExternalQuery.MAX_LIMIT);
		int page = params.integer("page", 1, 1, Integer.MAX_VALUE / ExternalQuery.MAX_LIMIT);
		Paged<CaseView> found = cases.list(query, page - 1, pageSize);
		return documents(found.items(), params.flag("extensions"), locale, base);
	}

	/** GET requests/{id}: a list of one, as the spec answers it; 404 when unknown. */
	public List<Map<String, Object>> request(String id, Params params, Locale locale, String base) {
		long caseId = caseId(id);
		CaseDetail detail = cases.find(caseId)
			.orElseThrow(() -> new NotFoundException("open311.request.not-found", id));
		Map<String, Object> document = documents(List.of(detail.summary()), params.flag("extensions"), locale, base)
			.get(0);
		// the answer the reporter reads on their own page, never a note staff wrote for each other
		PublicProgress.Reply reply = PublicProgress.of(detail.summary().status(), detail.history()).reply();
		if (settings.published(detail.summary().categoryCode()) && reply != null) {
			document.put("status_notes", document.get("status_notes") + "：" + reply.text());
		}
		return List.of(document);
	}

	/** GET tokens/{token}: the request a token stands for. */
	public List<Map<String, Object>> token(String token) {
		UUID uuid;
		try {
			uuid = UUID.fromString(token);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("open311.token.not-found", token);
		}
		long caseId = links.caseOf(uuid).orElseThrow(() -> new NotFoundException("open311.token.not-found", token));
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("service_request_id", String.valueOf(caseId));
		document.put("token", token);
		return List.of(document);
	}

	private List<Map<String, Object>> documents(List<CaseView> views, boolean extensions, Locale locale,
			String base) {
		Map<Long, RequestLinks.Link> extra = links.of(views.stream().map(CaseView::id).toList());
		List<Map<String, Object>> documents = new ArrayList<>();
		for (CaseView c : views) {
			RequestLinks.Link link = extra.get(c.id());
			boolean published = settings.published(c.categoryCode());
			Map<String, Object> d = new LinkedHashMap<>();
			d.put("service_request_id", String.valueOf(c.id()));
			d.put("status", StatusMapping.open311(c.status()));
			d.put("status_notes", wording.status(c.status(), locale));
			d.put("service_name", c.categoryName());
			d.put("service_code", c.categoryCode());
			d.put("description", published ? c.description() : null);
			d.put("agency_responsible", agency(c));
			d.put("service_notice", null);
			d.put("requested_datetime", wording.w3c(c.createdAt()));
			d.put("updated_datetime", wording.w3c(c.updatedAt()));
			d.put("expected_datetime", wording.w3c(c.expectedHandled()));
			d.put("address", published ? c.address() : null);
			d.put("address_id", null);
			d.put("zipcode", null);
			d.put("lat", published ? c.lat() : null);
			d.put("long", published ? c.lng() : null);
			d.put("media_url", link == null || !published ? null : link.mediaUrlUnder(base));
			if (extensions) {
				Map<String, Object> ext = new LinkedHashMap<>();
				ext.put("case_number", c.number());
				ext.put("case_status", c.status().name());
				ext.put("fixmystreet_status", StatusMapping.fixMyStreet(c.status()));
				ext.put("grid_code", c.gridCode());
				ext.put("channel", c.channel() == null ? null : c.channel().name());
				ext.put("colour", c.colour() == null ? null : c.colour().name());
				ext.put("attributes", link == null || !published ? Map.of() : link.attributes());
				d.put("extended_attributes", ext);
			}
			documents.add(d);
		}
		return documents;
	}

	private ExternalQuery query(Params params) {
		String ids = params.get("service_request_id");
		if (ids != null) {
			List<Long> list = new ArrayList<>();
			for (String id : ids.split(",")) {
				if (!id.isBlank()) {
					list.add(caseIdParam(id.strip()));
				}
			}
			if (list.size() > ExternalQuery.MAX_LIMIT) {
				throw Params.bad("service_request_id", "open311.param.too-many", ExternalQuery.MAX_LIMIT);
			}
			return new ExternalQuery(list, null, Set.of(), null, null);
		}
		DateSpan span = DateSpan.of(params, clock);
		return new ExternalQuery(List.of(), params.get("service_code"), statuses(params.get("status")), span.start(),
				span.end());
	}

	private static Set<CaseStatus> statuses(String status) {
		if (status == null) {
			return Set.of();
		}
		EnumSet<CaseStatus> set = EnumSet.noneOf(CaseStatus.class);
		for (String s : status.split(",")) {
			switch (s.strip().toLowerCase(Locale.ROOT)) {
				case "open" -> set.addAll(StatusMapping.OPEN);
				case "closed" -> set.addAll(StatusMapping.CLOSED);
				default -> throw Params.bad("status", "open311.param.status", s.strip());
			}
		}
		return set;
	}

	private static long caseIdParam(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException e) {
			throw Params.bad("service_request_id", "open311.param.number", "service_request_id", id);
		}
	}

	static long caseId(String id) {
		try {
			long n = Long.parseLong(id);
			if (n > 0) {
				return n;
			}
		}
		catch (NumberFormatException e) {
			// an id that is no number names no request
		}
		throw new NotFoundException("open311.request.not-found", id);
	}

	/** The department answering for the request, by name: the one it was sent to, else the category's default. */
	private String agency(CaseView c) {
		String unit = c.assigneeUnit() != null ? c.assigneeUnit()
				: services.find(c.categoryCode()).map(Category::responsibleUnit).orElse(null);
		return departments.nameOf(unit).orElse(unit);
	}
}
