package org.civicgrid.open311.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.civicgrid.casework.Category;
import org.civicgrid.open311.internal.ApiKeyService;
import org.civicgrid.open311.internal.GeoReport;
import org.civicgrid.open311.internal.GeoReportIntake;
import org.civicgrid.open311.internal.KeyedEndpoint;
import org.civicgrid.open311.internal.Open311Settings;
import org.civicgrid.open311.internal.Params;
import org.civicgrid.open311.internal.RequestMedia;
import org.civicgrid.open311.internal.ServiceAttribute;
import org.civicgrid.open311.internal.ServiceCatalog;
import org.civicgrid.open311.internal.UpdateFeed;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * GeoReport v2 at {@code /open311/v2}, in XML and JSON (the extension of the path picks the format). Reads are
 * public as the spec wants; posts and FixMyStreet's updates need an API key. Errors answer in the spec's own
 * shape: {@code <errors><error><code/><description/></error></errors>} or a JSON array, with the HTTP status as
 * code. Links (discovery, media) are built from the request, so behind a proxy they name the public host once
 * {@code server.forward-headers-strategy=framework} lets the forwarded headers count.
 */
@RestController
@RequestMapping("/open311/v2")
class GeoReportController {

	private static final Logger log = LoggerFactory.getLogger(GeoReportController.class);

	private final GeoReport reads;
	private final GeoReportIntake intake;
	private final UpdateFeed feed;
	private final RequestMedia media;
	private final ApiKeyService keys;
	private final ServiceCatalog services;
	private final Open311Settings settings;
	private final MessageSource messages;
	private final Documents documents = new Documents(JsonMapper.builder().build());

	GeoReportController(GeoReport reads, GeoReportIntake intake, UpdateFeed feed, RequestMedia media,
			ApiKeyService keys, ServiceCatalog services, Open311Settings settings, MessageSource messages) {
		this.reads = reads;
		this.intake = intake;
		this.feed = feed;
		this.media = media;
		this.keys = keys;
		this.services = services;
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping("/discovery.{format}")
	ResponseEntity<String> discovery(@PathVariable String format) {
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
		endpoint.put("url", base());
		endpoint.put("changeset", "2026-11-22T00:00:00+08:00");
		endpoint.put("type", "production");
		endpoint.put("formats", List.of("text/xml", "application/json"));
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("changeset", "2026-11-22T00:00:00+08:00");
		d.put("contact", settings.contact());
		d.put("key_service", settings.contact());
		d.put("endpoints", List.of(endpoint));
		return documents.write(200, format(format), "discovery", d);
	}

	@GetMapping("/services.{format}")
	ResponseEntity<String> services(@PathVariable String format) {
		String f = format(format);
		List<Map<String, Object>> list = services.services().stream().map(this::service).toList();
		return documents.write(200, f, "services", list);
	}

	@GetMapping("/services/{code}.{format}")
	ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format, Locale locale) {
		String f = format(format);
		Category category = services.find(code)
			.orElseThrow(() -> new NotFoundException("open311.service.unknown", code));
		List<Map<String, Object>> attributes = services.attributes(category).stream()
			.map(a -> attribute(a, locale))
			.toList();
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("service_code", category.code());
		d.put("attributes", attributes);
		return documents.write(200, f, "service_definition", d);
	}

	@PostMapping("/requests.{format}")
	ResponseEntity<String> post(@PathVariable String format, HttpServletRequest request, Locale locale) {
		String f = format(format);
		Params params = new Params(request.getParameterMap());
		return documents.write(201, f, "service_requests", intake.post(keys.require(params, KeyedEndpoint.REQUESTS),
				params, MediaParts.of(request), locale));
	}

	@GetMapping("/requests.{format}")
	ResponseEntity<String> requests(@PathVariable String format, HttpServletRequest request, Locale locale) {
		String f = format(format);
		return documents.write(200, f, "service_requests",
				reads.requests(new Params(request.getParameterMap()), locale, base()));
	}

	@GetMapping("/requests/{id}.{format}")
	ResponseEntity<String> request(@PathVariable String id, @PathVariable String format, HttpServletRequest request,
			Locale locale) {
		String f = format(format);
		return documents.write(200, f, "service_requests",
				reads.request(id, new Params(request.getParameterMap()), locale, base()));
	}

	/** The file a request was posted with, as its media_url names it; public like every read. */
	@GetMapping("/requests/{id}/media")
	ResponseEntity<byte[]> media(@PathVariable String id) {
		RequestMedia.Media file = media.find(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.cacheControl(CacheControl.noCache())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.bytes());
	}

	@GetMapping("/tokens/{token}.{format}")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format) {
		String f = format(format);
		return documents.write(200, f, "service_requests", reads.token(token));
	}

	@GetMapping("/servicerequestupdates.{format}")
	ResponseEntity<String> updates(@PathVariable String format, HttpServletRequest request, Locale locale) {
		String f = format(format);
		Params params = new Params(request.getParameterMap());
		return documents.write(200, f, "service_request_updates",
				feed.updates(keys.require(params, KeyedEndpoint.UPDATES), params, locale));
	}

	@PostMapping("/servicerequestupdates.{format}")
	ResponseEntity<String> postUpdate(@PathVariable String format, HttpServletRequest request, Locale locale) {
		String f = format(format);
		Params params = new Params(request.getParameterMap());
		return documents.write(200, f, "service_request_updates",
				intake.postUpdate(keys.require(params, KeyedEndpoint.UPDATES), params, locale));
	}

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<String> refused(ProblemException e, HttpServletRequest request, Locale locale) {
		int status = open311Status(e.status());
		List<Map<String, Object>> errors = e.errors().isEmpty()
				? List.of(error(status, messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale)))
				: e.errors().stream()
					.map(p -> error(status, p.field() + ": "
							+ messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale)))
					.toList();
		return documents.write(status, formatOf(request), "errors", errors);
	}

	/**
	 * GeoReport v2 answers a bad parameter with 400: casework's 422 (invalid input) and 415 (a media file that is no
	 * picture) become 400 here; every other status stays.
	 */
	private static int open311Status(HttpStatus status) {
		return status == HttpStatus.UNPROCESSABLE_CONTENT || status == HttpStatus.UNSUPPORTED_MEDIA_TYPE ? 400
				: status.value();
	}

	/** This endpoint's public address, from the request (and the proxy's forwarded headers when configured). */
	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2").toUriString();
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<String> failed(Exception e, HttpServletRequest request, Locale locale) {
		log.error("Open311 call {} failed", request.getRequestURI(), e);
		return documents.write(500, formatOf(request), "errors",
				List.of(error(500, messages.getMessage("problem.status.500", null, "Internal error", locale))));
	}

	private Map<String, Object> service(Category c) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("service_code", c.code());
		d.put("service_name", c.smallName());
		d.put("description", c.filingStandard());
		d.put("metadata", true);
		d.put("type", "realtime");
		d.put("keywords", c.bigName() + "," + c.smallName());
		d.put("group", c.bigName());
		return d;
	}

	private Map<String, Object> attribute(ServiceAttribute a, Locale locale) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("variable", true);
		d.put("code", a.code());
		d.put("datatype", a.datatype());
		d.put("required", a.required());
		d.put("datatype_description", messages.getMessage(a.descriptionKey() + ".hint", null, "", locale));
		d.put("order", a.order());
		d.put("description", messages.getMessage(a.descriptionKey() + ".name", null, a.code(), locale));
		d.put("values", a.values().stream().map(v -> {
			Map<String, Object> value = new LinkedHashMap<>();
			value.put("key", v);
			value.put("name", messages.getMessage(a.descriptionKey() + "." + v, null, v, locale));
			return value;
		}).toList());
		return d;
	}

	private static Map<String, Object> error(int code, String description) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("code", code);
		d.put("description", description);
		return d;
	}

	private static String format(String format) {
		if (!"xml".equals(format) && !"json".equals(format)) {
			throw new NotFoundException("open311.format.unknown", format);
		}
		return format;
	}

	/** The format the failed call asked for, XML unless it said json. */
	@SuppressWarnings("unchecked")
	private static String formatOf(HttpServletRequest request) {
		Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (vars instanceof Map<?, ?> map && "json".equals(((Map<String, String>) map).get("format"))) {
			return "json";
		}
		return request.getRequestURI().endsWith(".json") ? "json" : "xml";
	}
}
