package org.civicgrid.open311;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.civicgrid.testing.Api;

/** A point inside 如意湖街道's first grid and a valid request form around it, with a marker to find it again. */
final class Open311Fixture {

	static final String DEMO_KEY = "civicgrid-demo-key";

	final double lat;
	final double lng;

	Open311Fixture(Api api) {
		var centroid = api.as("gridworker1").get("/api/v1/regions/410105560001001").json().path("centroid");
		this.lat = centroid.path("lat").asDouble();
		this.lng = centroid.path("lng").asDouble();
	}

	/** A real, small PNG picture (a red square on white), as a phone would attach one. */
	static byte[] photo() {
		BufferedImage image = new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 24, 16);
		g.setColor(Color.RED);
		g.fillRect(6, 3, 10, 10);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	static String marker() {
		return "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	Map<String, String> request(String description) {
		Map<String, String> form = new HashMap<>();
		form.put("api_key", DEMO_KEY);
		form.put("service_code", "E0102");
		form.put("lat", String.valueOf(lat));
		form.put("long", String.valueOf(lng));
		form.put("address_string", "如意湖路 1 号");
		form.put("description", description);
		form.put("email", "reporter@example.org");
		form.put("first_name", "小明");
		form.put("last_name", "王");
		form.put("device_id", "device-42");
		form.put("account_id", "fms-7");
		form.put("media_url", "https://fixmystreet.example.org/photo/1.jpeg");
		return form;
	}
}
