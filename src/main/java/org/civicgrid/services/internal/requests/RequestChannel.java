package org.civicgrid.services.internal.requests;

/** How the request first reached a person (首问): at a counter, by phone, or a grid worker at the resident's door. */
public enum RequestChannel {
	COUNTER, PHONE, AT_HOME
}
