package org.civicgrid.open311;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GeoReport v2 client written from the spec (wiki.open311.org/GeoReport_v2 and FixMyStreet's update extension):
 * form-encoded posts, {@code .xml} or {@code .json} resources, and the answers parsed as a client would, XML with
 * the JDK's DOM parser. It knows nothing of CivicGrid's classes.
 */
final class Open311Client {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private final String base;
	private final String format;
	private final String language;
	private final Map<String, String> headers;

	private Open311Client(String base, String format, String language, Map<String, String> headers) {
		this.base = base;
		this.format = format;
		this.language = language;
		this.headers = Map.copyOf(headers);
	}

	static Open311Client xml(int port) {
		return new Open311Client("http://localhost:" + port + "/open311/v2", "xml", "zh-CN", Map.of());
	}

	static Open311Client json(int port) {
		return new Open311Client("http://localhost:" + port + "/open311/v2", "json", "zh-CN", Map.of());
	}

	Open311Client inEnglish() {
		return new Open311Client(base, format, "en", headers);
	}

	/** The same client reaching the application through a reverse proxy that adds these headers. */
	Open311Client throughProxy(Map<String, String> proxyHeaders) {
		return new Open311Client(base, format, language, proxyHeaders);
	}

	/** GET {resource}.{format}?params. */
	Reply get(String resource, Map<String, String> params) {
		return send(HttpRequest.newBuilder(URI.create(base + "/" + resource + "." + format + query(params))).GET());
	}

	Reply get(String resource) {
		return get(resource, Map.of());
	}

	/** POST {resource}.{format} with an application/x-www-form-urlencoded body. */
	Reply post(String resource, Map<String, String> form) {
		return send(HttpRequest.newBuilder(URI.create(base + "/" + resource + "." + format))
			.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form))));
	}

	/** POST {resource}.{format} as multipart/form-data, the fields and one {@code media} file part. */
	Reply postMultipart(String resource, Map<String, String> form, String fileName, String contentType, byte[] file) {
		String boundary = "open311-" + System.nanoTime();
		var out = new java.io.ByteArrayOutputStream();
		form.forEach((k, v) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
				+ "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
		out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"media\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		out.writeBytes(file);
		out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(base + "/" + resource + "." + format))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
	}

	/** GET an absolute URL an answer named (a media_url), as bytes. */
	HttpResponse<byte[]> fetch(String url) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException | InterruptedException e) {
			throw new AssertionError("GET " + url + " failed", e);
		}
	}

	private Reply send(HttpRequest.Builder request) {
		headers.forEach(request::header);
		try {
			HttpResponse<String> r = http.send(request.header("Accept-Language", language).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), format);
		}
		catch (IOException | InterruptedException e) {
			throw new AssertionError("Open311 call failed", e);
		}
	}

	private static String query(Map<String, String> params) {
		return params.isEmpty() ? "" : "?" + encode(params);
	}

	private static String encode(Map<String, String> form) {
		StringJoiner body = new StringJoiner("&");
		form.forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
				+ URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return body.toString();
	}

	/**
	 * One answer, read the same way in both formats: {@link #items()} are the elements of the top-level list (or
	 * the one top-level object) as flat string maps; nested lists are read through {@link #root()}/{@link #json()}.
	 */
	record Reply(int status, String contentType, String body, String format) {

		JsonNode json() {
			return JSON.readTree(body);
		}

		Document xml() {
			try {
				var factory = DocumentBuilderFactory.newInstance();
				factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
				return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
			}
			catch (Exception e) {
				throw new AssertionError("Not XML: " + body, e);
			}
		}

		/** The root element's name in XML; "array" or "object" in JSON. */
		String root() {
			return "xml".equals(format) ? xml().getDocumentElement().getTagName() : json().isArray() ? "array" : "object";
		}

		List<Map<String, String>> items() {
			List<Map<String, String>> items = new ArrayList<>();
			if ("xml".equals(format)) {
				Element root = xml().getDocumentElement();
				for (Element child : children(root)) {
					items.add(flat(child));
				}
			}
			else {
				JsonNode node = json();
				if (node.isArray()) {
					node.forEach(n -> items.add(flat(n)));
				}
				else {
					items.add(flat(node));
				}
			}
			return items;
		}

		/** The single top-level object (discovery, a definition) as a flat map. */
		Map<String, String> object() {
			return "xml".equals(format) ? flat(xml().getDocumentElement()) : flat(json());
		}

		static List<Element> children(Element e) {
			List<Element> list = new ArrayList<>();
			for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
				if (n instanceof Element child) {
					list.add(child);
				}
			}
			return list;
		}

		private static Map<String, String> flat(Element e) {
			Map<String, String> map = new LinkedHashMap<>();
			for (Element child : children(e)) {
				map.put(child.getTagName(), children(child).isEmpty() ? child.getTextContent() : "<nested>");
			}
			return map;
		}

		private static Map<String, String> flat(JsonNode n) {
			Map<String, String> map = new LinkedHashMap<>();
			n.properties().forEach(entry -> {
				JsonNode v = entry.getValue();
				map.put(entry.getKey(), v.isNull() ? "" : (v.isArray() || v.isObject()) ? "<nested>" : v.asString());
			});
			return map;
		}

		@Override
		public String toString() {
			return status + " " + body;
		}
	}
}
