package org.civicgrid.open311.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.civicgrid.casework.CaseDetail;
import org.civicgrid.casework.CaseUpdate;
import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.Category;
import org.civicgrid.casework.DepartmentDirectory;
import org.civicgrid.casework.ExternalCases;
import org.civicgrid.casework.ExternalQuery;
import org.civicgrid.casework.HistoryView;
import org.civicgrid.open311.ApiKeyView;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.time.CalendarSettings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of GeoReport v2 over the casework facade: service requests (cases) with the spec's filters and
 * defaults (a span of 90 days, at most 1000), single requests, tokens, and FixMyStreet's update feed. Documents are
 * ordered maps in the spec's field names; the web layer writes them as XML or JSON.
 */
@Service
@Transactional(readOnly = true)
public class GeoReport {

	static final Duration DEFAULT_SPAN = Duration.ofDays(90);

	private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	private final ExternalCases cases;
	private final ServiceCatalog services;
	private final DepartmentDirectory departments;
	private final RequestLinks links;
	private final ApiKeyService keys;
	private final MessageSource messages;
	private final Open311Settings settings;
	private final Clock clock;
	private final ZoneId zone;

	GeoReport(ExternalCases cases, ServiceCatalog services, DepartmentDirectory departments, RequestLinks links,
			ApiKeyService keys, MessageSource messages, Open311Settings settings, Clock clock, CalendarSettings calendar) {
		this.cases = cases;
		this.services = services;
		this.departments = departments;
		this.links = links;
		this.keys = keys;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
		this.zone = calendar.zone();
	}

	/** The key the parameters carry, or 403. */
	public ApiKeyView requireKey(Params params) {
		String key = params.get("api_key");
		if (key == null) {
			throw new ApiKeyRefusedException(true);
		}
		return keys.authenticate(key).orElseThrow(() -> new ApiKeyRefusedException(false));
	}

	/** GET requests: by ids, or filtered by service code, status and report time, newest first. */
	public List<Map<String, Object>> requests(Params params, Locale locale) {
		ExternalQuery query = query(params);
		int pageSize = params.integer("page_size", ExternalQuery.MAX_LIMIT, 1, ExternalQuery.MAX_LIMIT);
		int page = params.integer("page", 1, 1, Integer.MAX_VALUE / ExternalQuery.MAX_LIMIT);
		Paged<CaseView> found = cases.list(query, page - 1, pageSize);
		return documents(found.items(), params.flag("extensions"), locale);
	}

	/** GET requests/{id}: a list of one, as the spec answers it; 404 when unknown. */
	public List<Map<String, Object>> request(String id, Params params, Locale locale) {
		long caseId = caseId(id);
		CaseDetail detail = cases.find(caseId)
			.orElseThrow(() -> new NotFoundException("open311.request.not-found", id));
		Map<String, Object> document = documents(List.of(detail.summary()), params.flag("extensions"), locale).get(0);
		List<HistoryView> history = detail.history();
		HistoryView last = history.isEmpty() ? null : history.get(history.size() - 1);
		if (settings.published(detail.summary().categoryCode()) && last != null && last.seq() > 1
				&& last.note() != null && !last.note().isBlank()) {
			document.put("status_notes", document.get("status_notes") + "：" + last.note());
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

	/**
	 * FixMyStreet's GET servicerequestupdates: every step of every case's trace in the span (default the last 90
	 * days, at most 1000), except the reports themselves and remarks that came in through Open311 (the site has
	 * them already).
	 */
	public List<Map<String, Object>> updates(Params params, Locale locale) {
		Instant[] span = span(params);
		List<Map<String, Object>> documents = new ArrayList<>();
		List<CaseUpdate> updates = cases.updates(span[0], span[1], ExternalQuery.MAX_LIMIT);
		Set<Long> unpublished = unpublished(updates.stream().map(CaseUpdate::caseId).distinct().toList());
		for (CaseUpdate u : updates) {
			boolean relayed = u.action() == null && u.actor() != null && u.actor().startsWith(GeoReportIntake.SOURCE_PREFIX);
			if (u.seq() == 1 || relayed) {
				continue;
			}
			Map<String, Object> d = new LinkedHashMap<>();
			d.put("update_id", u.caseId() + "-" + u.seq());
			d.put("service_request_id", String.valueOf(u.caseId()));
			d.put("status", StatusMapping.open311(u.status()));
			d.put("external_status_code", u.status().name());
			d.put("updated_datetime", w3c(u.at()));
			String statusName = statusName(u.status().name(), locale);
			boolean withNote = u.note() != null && !u.note().isBlank() && !unpublished.contains(u.caseId());
			d.put("description", withNote ? statusName + "：" + u.note() : statusName);
			d.put("media_url", "");
			if (params.flag("extensions")) {
				d.put("extended_attributes", Map.of("fixmystreet_status", StatusMapping.fixMyStreet(u.status()),
						"action", u.action() == null ? "" : u.action()));
			}
			documents.add(d);
		}
		return documents;
	}

	/** Which of these cases lie in unpublished categories, whose notes stay inside. */
	private Set<Long> unpublished(List<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return Set.of();
		}
		return cases.list(new ExternalQuery(caseIds, null, Set.of(), null, null), 0, ExternalQuery.MAX_LIMIT)
			.items()
			.stream()
			.filter(c -> !settings.published(c.categoryCode()))
			.map(CaseView::id)
			.collect(java.util.stream.Collectors.toSet());
	}

	List<Map<String, Object>> documents(List<CaseView> views, boolean extensions, Locale locale) {
		Map<Long, RequestLinks.Link> extra = links.of(views.stream().map(CaseView::id).toList());
		List<Map<String, Object>> documents = new ArrayList<>();
		for (CaseView c : views) {
			RequestLinks.Link link = extra.get(c.id());
			boolean published = settings.published(c.categoryCode());
			Map<String, Object> d = new LinkedHashMap<>();
			d.put("service_request_id", String.valueOf(c.id()));
			d.put("status", StatusMapping.open311(c.status()));
			d.put("status_notes", statusName(c.status().name(), locale));
			d.put("service_name", c.categoryName());
			d.put("service_code", c.categoryCode());
			d.put("description", published ? c.description() : null);
			d.put("agency_responsible", agency(c));
			d.put("service_notice", null);
			d.put("requested_datetime", w3c(c.createdAt()));
			d.put("updated_datetime", w3c(c.updatedAt()));
			d.put("expected_datetime", w3c(c.deadline()));
			d.put("address", published ? c.address() : null);
			d.put("address_id", null);
			d.put("zipcode", null);
			d.put("lat", published ? c.lat() : null);
			d.put("long", published ? c.lng() : null);
			d.put("media_url", link == null || !published ? null : link.mediaUrl());
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
		String code = params.get("service_code");
		Set<org.civicgrid.casework.CaseStatus> statuses = statuses(params.get("status"));
		Instant[] span = span(params);
		return new ExternalQuery(List.of(), code, statuses, span[0], span[1]);
	}

	private static Set<org.civicgrid.casework.CaseStatus> statuses(String status) {
		if (status == null) {
			return Set.of();
		}
		java.util.EnumSet<org.civicgrid.casework.CaseStatus> set = java.util.EnumSet.noneOf(
				org.civicgrid.casework.CaseStatus.class);
		for (String s : status.split(",")) {
			switch (s.strip().toLowerCase(Locale.ROOT)) {
				case "open" -> set.addAll(StatusMapping.OPEN);
				case "closed" -> set.addAll(StatusMapping.CLOSED);
				default -> throw Params.bad("status", "open311.param.status", s.strip());
			}
		}
		return set;
	}

	/** start_date and end_date with the spec's default span of 90 days when one or both are missing. */
	private Instant[] span(Params params) {
		Instant start = params.instant("start_date");
		Instant end = params.instant("end_date");
		if (start == null && end == null) {
			end = clock.instant();
		}
		if (start == null) {
			start = end.minus(DEFAULT_SPAN);
		}
		if (end == null) {
			end = start.plus(DEFAULT_SPAN);
		}
		if (start.isAfter(end)) {
			throw Params.bad("end_date", "open311.param.end-before-start");
		}
		return new Instant[] { start, end };
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

	String statusName(String status, Locale locale) {
		return messages.getMessage("casework.status." + status, null, status, locale);
	}

	/** W3C datetime with the office's zone offset, to the second: {@code 2026-11-22T14:05:09+08:00}. */
	String w3c(Instant instant) {
		return instant == null ? null
				: W3C.format(OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), zone));
	}
}
