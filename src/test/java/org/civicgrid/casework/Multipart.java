package org.civicgrid.casework;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.civicgrid.testing.Api;

/** A multipart/form-data body as a phone's browser or app sends it. */
final class Multipart {

	private final String boundary = "----civicgrid" + UUID.randomUUID().toString().replace("-", "");
	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	Multipart json(String name, String json) {
		return part(name, null, "application/json", json.getBytes(StandardCharsets.UTF_8));
	}

	Multipart file(String name, String filename, String type, byte[] bytes) {
		return part(name, filename, type, bytes);
	}

	private Multipart part(String name, String filename, String type, byte[] bytes) {
		StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
			.append("Content-Disposition: form-data; name=\"").append(name).append('"');
		if (filename != null) {
			head.append("; filename=\"").append(filename).append('"');
		}
		head.append("\r\nContent-Type: ").append(type).append("\r\n\r\n");
		body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
		body.writeBytes(bytes);
		body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		return this;
	}

	Api.Response post(Api api, String path) {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		all.writeBytes(body.toByteArray());
		all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return api.send("POST", path, "multipart/form-data; boundary=" + boundary, all.toByteArray());
	}
}
