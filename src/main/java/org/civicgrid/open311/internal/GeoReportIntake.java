package org.civicgrid.open311.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

import org.civicgrid.casework.CaseDetail;
import org.civicgrid.casework.CaseUpdate;
import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.Category;
import org.civicgrid.casework.Channel;
import org.civicgrid.casework.ExternalCases;
import org.civicgrid.casework.ExternalReport;
import org.civicgrid.casework.NewCaseReport;
import org.civicgrid.casework.PhotoUpload;
import org.civicgrid.open311.ApiKeyView;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The write side of GeoReport v2: POST requests becomes a case reported on channel {@code OPEN311} in the name of
 * the key's label, with the media file posted with it as the case's photo and its token and extras kept beside
 * it; FixMyStreet's POST servicerequestupdates becomes a remark in the case's trace, once per update id, the
 * status it carries noted as a claim ({@link StatusClaim}). Wrong input is a 400 naming the parameter; a location
 * outside the district and a file that is no picture are refused by casework's own intake checks.
 */
@Service
@Transactional
public class GeoReportIntake {

	static final String SOURCE_PREFIX = "open311:";

	private final ExternalCases cases;
	private final ServiceCatalog services;
	private final RequestLinks links;
	private final RequestMedia media;
	private final MessageSource messages;
	private final Clock clock;

	GeoReportIntake(ExternalCases cases, ServiceCatalog services, RequestLinks links, RequestMedia media,
			MessageSource messages, Clock clock) {
		this.cases = cases;
		this.services = services;
		this.links = links;
		this.media = media;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * POST requests: answers [{service_request_id, token, service_notice, account_id}]. {@code files} are the media
	 * posted with it, the first of which the request's media_url serves.
	 */
	public List<Map<String, Object>> post(ApiKeyView key, Params params, List<PhotoUpload> files, Locale locale) {
		String code = params.required("service_code");
		Category service = services.find(code)
			.orElseThrow(() -> Params.bad("service_code", "open311.service.unknown", code));
		Double lat = params.decimal("lat", -90, 90);
		Double lng = params.decimal("long", -180, 180);
		String address = params.max("address_string", 200);
		if (lat == null || lng == null) {
			throw Params.bad(lat == null ? "lat" : "long",
					address == null && params.get("address_id") == null ? "open311.location.required"
							: "open311.location.address-only");
		}
		String description = params.max("description", 4000);
		String mediaUrl = params.max("media_url", 1000);
		if (mediaUrl != null && !mediaUrl.matches("(?i)https?://\\S+")) {
			throw Params.bad("media_url", "open311.param.url", mediaUrl);
		}
		Map<String, String> attributes = attributes(service, params, locale);
		String text = (description == null ? service.smallName() : description) + attributeNote(service, attributes, locale);
		NewCaseReport report = new NewCaseReport(code, text, new NewCaseReport.Location(lat, lng, null), address,
				contact(params), Channel.OPEN311);
		CaseView view;
		try {
			view = cases.receive(new ExternalReport(SOURCE_PREFIX + key.label(), report, Channel.OPEN311), files);
		}
		catch (InvalidInputException e) {
			throw open311Fields(e);
		}
		UUID token = UUID.randomUUID();
		RequestMedia.Kept kept = files.isEmpty() ? null : media.keep(files.get(0));
		links.insert(new RequestLinks.Link(view.id(), token, mediaUrl, kept, params.max("device_id", 100),
				params.max("account_id", 100), attributes), key.id(), clock.instant());
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("service_request_id", String.valueOf(view.id()));
		d.put("token", token.toString());
		d.put("service_notice", messages.getMessage("open311.service-notice", new Object[] { view.number() },
				locale));
		d.put("account_id", params.get("account_id"));
		return List.of(d);
	}

	/**
	 * FixMyStreet's POST servicerequestupdates: a comment appended to the case's trace, with the status the site
	 * sent noted as its claim and never applied; posting the same update_id again answers the first result.
	 */
	public List<Map<String, Object>> postUpdate(ApiKeyView key, Params params, Locale locale) {
		String requestId = params.required("service_request_id");
		String updateId = params.max("update_id", 100);
		if (updateId == null) {
			throw Params.bad("update_id", "open311.param.required", "update_id");
		}
		String status = params.get("status");
		if (status != null && !status.matches("(?i)[a-z_]{2,40}")) {
			throw Params.bad("status", "open311.update.status", status);
		}
		params.instant("updated_datetime");
		String description = params.max("description", 4000);
		long caseId = GeoReport.caseId(requestId);
		CaseDetail detail = cases.find(caseId)
			.orElseThrow(() -> new NotFoundException("open311.request.not-found", requestId));
		Optional<RequestLinks.Received> seen = links.receivedUpdate(key.id(), updateId);
		if (seen.isPresent() && seen.get().caseId() != caseId) {
			// a site's update ids are its own comments' ids: one on another request is not a retry of this one
			throw new ConflictException("open311.update.id-used", updateId, String.valueOf(seen.get().caseId()));
		}
		int seq;
		if (seen.isPresent()) {
			seq = seen.get().seq();
		}
		else {
			StringJoiner note = new StringJoiner(" ");
			note.add(description == null ? "" : description);
			String who = name(params);
			StatusClaim claim = StatusClaim.of(status);
			if (claim.noteKey != null) {
				note.add(messages.getMessage(claim.noteKey, new Object[] { status.toUpperCase(Locale.ROOT) }, locale));
			}
			if (who != null) {
				note.add("—" + who);
			}
			CaseUpdate update = cases.remark(detail.summary().id(), SOURCE_PREFIX + key.label(), note.toString().strip());
			links.recordUpdate(key.id(), updateId, caseId, update.seq());
			seq = update.seq();
		}
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("update_id", caseId + "-" + seq);
		return List.of(d);
	}

	private Map<String, String> attributes(Category service, Params params, Locale locale) {
		List<ServiceAttribute> defined = services.attributes(service);
		Map<String, String> given = new LinkedHashMap<>();
		for (Map.Entry<String, String> e : params.attributes().entrySet()) {
			ServiceAttribute attribute = defined.stream().filter(a -> a.code().equals(e.getKey())).findFirst()
				.orElseThrow(() -> Params.bad("attribute[" + e.getKey() + "]", "open311.attribute.unknown",
						service.code(), e.getKey()));
			if (!e.getValue().isEmpty()) {
				if (!attribute.allows(e.getValue())) {
					throw Params.bad("attribute[" + e.getKey() + "]", "open311.attribute.value", e.getKey(),
							e.getValue());
				}
				given.put(e.getKey(), e.getValue());
			}
		}
		for (ServiceAttribute a : defined) {
			if (a.required() && !given.containsKey(a.code())) {
				throw Params.bad("attribute[" + a.code() + "]", "open311.attribute.required", a.code());
			}
		}
		return given;
	}

	/** The attributes as a line staff read in the case: （紧急程度：紧急；部件编码：0101-123）. */
	private String attributeNote(Category service, Map<String, String> attributes, Locale locale) {
		if (attributes.isEmpty()) {
			return "";
		}
		StringJoiner line = new StringJoiner("；", "\n（", "）");
		for (ServiceAttribute a : services.attributes(service)) {
			String value = attributes.get(a.code());
			if (value != null) {
				String shown = a.values().contains(value)
						? messages.getMessage(a.descriptionKey() + "." + value, null, value, locale) : value;
				line.add(messages.getMessage(a.descriptionKey() + ".name", null, a.code(), locale) + "：" + shown);
			}
		}
		return line.toString();
	}

	private static String contact(Params params) {
		StringJoiner contact = new StringJoiner(" ");
		String name = name(params);
		if (name != null) {
			contact.add(name);
		}
		for (String field : List.of("phone", "email")) {
			String v = params.max(field, 100);
			if (v != null) {
				contact.add(v);
			}
		}
		String s = contact.toString();
		return s.isEmpty() ? null : s.length() > 100 ? s.substring(0, 100) : s;
	}

	/** Family name first; FixMyStreet sends "-" as the last name of a one-word name (Open311.pm split_name). */
	private static String name(Params params) {
		String first = params.max("first_name", 50);
		String last = params.max("last_name", 50);
		String name = (("-".equals(last) || last == null ? "" : last) + (first == null ? "" : first)).strip();
		return name.isEmpty() ? null : name;
	}

	/** Casework's field names in Open311's: categoryCode is service_code, location is lat/long. */
	private static InvalidInputException open311Fields(InvalidInputException e) {
		List<FieldProblem> renamed = e.errors().stream()
			.map(p -> new FieldProblem(p.item(), switch (p.field()) {
				case "categoryCode" -> "service_code";
				case "location" -> "lat";
				case "description" -> "description";
				default -> p.field();
			}, p.messageKey(), p.args()))
			.toList();
		return new InvalidInputException(HttpStatus.BAD_REQUEST, renamed);
	}
}
