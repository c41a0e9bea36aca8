package org.civicgrid.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Web settings: the largest request body accepted, and the map tile layer (blank background when empty,
 * e.g. offline).
 */
@ConfigurationProperties("civicgrid.web")
public record WebSettings(DataSize maxBodySize, String tileUrl, String tileAttribution) {

	public WebSettings {
		maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(20) : maxBodySize;
		tileUrl = tileUrl == null ? "" : tileUrl;
		tileAttribution = tileAttribution == null ? "" : tileAttribution;
	}
}
