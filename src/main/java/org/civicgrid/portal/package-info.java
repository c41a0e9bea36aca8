/**
 * The web shell: the login page with the street office's public landing, the home page each role lands on (a
 * workbench with the counts of its work, mobile-first for grid workers and residents; docs/pages.md) and the error
 * page. It reads the other modules through their facades and owns no data.
 */
@ApplicationModule(displayName = "Portal",
		allowedDependencies = { "region", "casework", "inbox", "identity", "registry" })
package org.civicgrid.portal;

import org.springframework.modulith.ApplicationModule;
