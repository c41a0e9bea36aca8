/**
 * Accounts, roles, login (pages by session, API by bearer token), lockout, the region scope of the caller
 * and the audit trail. Its API: {@link org.civicgrid.identity.AccountManagement} and
 * {@link org.civicgrid.identity.AuditTrail}.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = { "region" })
package org.civicgrid.identity;

import org.springframework.modulith.ApplicationModule;
