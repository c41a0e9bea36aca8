package org.civicgrid.open311.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Open311's settings. {@code demoKey}: {@code auto} creates the documented key {@code civicgrid-demo-key} exactly
 * when the demo district is loaded (civicgrid.demo.load, auto meaning the embedded database), {@code true} and
 * {@code false} force it. {@code contact} is what discovery tells other systems to write to.
 * {@code unpublished}: category code prefixes whose requests are public only by status (disputes and public-security
 * hazards name people and places), without description, address, point or media.
 */
@ConfigurationProperties("civicgrid.open311")
public record Open311Settings(String demoKey, String contact, List<String> unpublished) {

	public Open311Settings {
		demoKey = demoKey == null ? "auto" : demoKey.strip().toLowerCase();
		contact = contact == null || contact.isBlank() ? "CivicGrid 网格通" : contact;
		unpublished = unpublished == null ? List.of() : unpublished.stream().map(String::strip).toList();
	}

	public boolean published(String categoryCode) {
		return categoryCode == null || unpublished.stream().noneMatch(categoryCode::startsWith);
	}
}
