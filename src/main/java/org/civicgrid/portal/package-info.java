/**
 * The web shell: the home page each role lands on (mobile-first for grid workers and residents), the login
 * page and the error page. Later modules add their tiles here.
 */
@ApplicationModule(displayName = "Portal", allowedDependencies = { "region" })
package org.civicgrid.portal;

import org.springframework.modulith.ApplicationModule;
