package org.civicgrid.open311.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes GeoReport v2 documents (ordered maps and lists in the spec's field names) as XML or JSON. In XML a list
 * is a wrapper element whose children take the singular name the spec gives them ({@code service_requests} holds
 * {@code request}); a missing value is an empty element, and JSON keeps it as {@code null}.
 */
final class Documents {

	private static final Map<String, String> ITEMS = Map.of("services", "service", "service_requests", "request",
			"errors", "error", "attributes", "attribute", "values", "value", "endpoints", "endpoint", "formats",
			"format", "service_request_updates", "request_update");

	private static final MediaType XML = MediaType.parseMediaType("text/xml;charset=UTF-8");
	private static final MediaType JSON = MediaType.parseMediaType("application/json;charset=UTF-8");

	private final JsonMapper json;

	Documents(JsonMapper json) {
		this.json = json;
	}

	ResponseEntity<String> write(int status, String format, String root, Object document) {
		if ("json".equals(format)) {
			return ResponseEntity.status(status).contentType(JSON).body(json.writeValueAsString(document));
		}
		StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		element(out, root, document);
		return ResponseEntity.status(status).contentType(XML).body(out.toString());
	}

	private static void element(StringBuilder out, String name, Object value) {
		out.append('<').append(name).append('>');
		if (value instanceof Map<?, ?> map) {
			map.forEach((k, v) -> element(out, String.valueOf(k), v));
		}
		else if (value instanceof List<?> list) {
			String item = ITEMS.getOrDefault(name, "item");
			list.forEach(v -> element(out, item, v));
		}
		else if (value != null) {
			escape(out, String.valueOf(value));
		}
		out.append("</").append(name).append('>');
	}

	private static void escape(StringBuilder out, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					// characters XML 1.0 cannot carry are dropped rather than breaking the document
					if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
						out.append(c);
					}
				}
			}
		}
	}
}
