package org.civicgrid.open311.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.springframework.http.HttpStatus;

/**
 * The parameters of one Open311 call (query string or form body), read as the spec names them. A wrong value is
 * a 400 naming the parameter; {@code attribute[code]} parameters are collected apart.
 */
public final class Params {

	private final Map<String, String> values = new LinkedHashMap<>();
	private final Map<String, String> attributes = new LinkedHashMap<>();

	public Params(Map<String, String[]> raw) {
		raw.forEach((name, given) -> {
			String value = given == null || given.length == 0 ? "" : String.join(",", given);
			if (name.startsWith("attribute[") && name.endsWith("]")) {
				attributes.put(name.substring("attribute[".length(), name.length() - 1), value.strip());
			}
			else {
				values.put(name, value.strip());
			}
		});
	}

	public static Params of(Map<String, String> simple) {
		Map<String, String[]> raw = new LinkedHashMap<>();
		simple.forEach((k, v) -> raw.put(k, new String[] { v }));
		return new Params(raw);
	}

	/** The value, or null when absent or blank. */
	public String get(String name) {
		String v = values.get(name);
		return v == null || v.isEmpty() ? null : v;
	}

	String required(String name) {
		String v = get(name);
		if (v == null) {
			throw bad(name, "open311.param.required", name);
		}
		return v;
	}

	String max(String name, int length) {
		String v = get(name);
		if (v != null && v.length() > length) {
			throw bad(name, "open311.param.too-long", name, length);
		}
		return v;
	}

	Double decimal(String name, double min, double max) {
		String v = get(name);
		if (v == null) {
			return null;
		}
		double d;
		try {
			d = Double.parseDouble(v);
		}
		catch (NumberFormatException e) {
			throw bad(name, "open311.param.number", name, v);
		}
		if (!(d >= min && d <= max)) {
			throw bad(name, "open311.param.range", name, min, max);
		}
		return d;
	}

	int integer(String name, int fallback, int min, int max) {
		String v = get(name);
		if (v == null) {
			return fallback;
		}
		int n;
		try {
			n = Integer.parseInt(v);
		}
		catch (NumberFormatException e) {
			throw bad(name, "open311.param.number", name, v);
		}
		if (n < min || n > max) {
			throw bad(name, "open311.param.range", name, min, max);
		}
		return n;
	}

	/** A W3C datetime with its zone ({@code 2026-11-22T08:00:00+08:00} or {@code …Z}). */
	Instant instant(String name) {
		String v = get(name);
		if (v == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(v).toInstant();
		}
		catch (DateTimeParseException e) {
			throw bad(name, "open311.param.datetime", name, v);
		}
	}

	boolean flag(String name) {
		return "true".equalsIgnoreCase(get(name));
	}

	Map<String, String> attributes() {
		return attributes;
	}

	static InvalidInputException bad(String field, String key, Object... args) {
		return new InvalidInputException(HttpStatus.BAD_REQUEST, List.of(FieldProblem.of(field, key, args)));
	}
}
