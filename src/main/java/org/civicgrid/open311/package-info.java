/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) at {@code /open311/v2}, an adapter over
 * {@link org.civicgrid.casework.ExternalCases} and {@link org.civicgrid.casework.CaseCatalog}: the catalog's small
 * classes are the services, cases are the service requests, and FixMyStreet's update extension
 * ({@code servicerequestupdates}) lets a FixMyStreet site use CivicGrid as its back end. Other systems post with
 * an API key that admins issue and revoke ({@link org.civicgrid.open311.Open311Keys}); only its SHA-256 is kept.
 */
@ApplicationModule(displayName = "Open311", allowedDependencies = { "casework", "identity" })
package org.civicgrid.open311;

import org.springframework.modulith.ApplicationModule;
