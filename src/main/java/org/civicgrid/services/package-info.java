/**
 * Services for residents (便民服务). First capability: the service catalog (民事一本通), the items (事项) a street
 * office, its community halls and its grid workers handle for residents, in seven kinds, each with its conditions,
 * materials, steps, promised time limit, fee, legal basis and counter, so that a hall can tell everything needed at
 * once (一次性告知) on one page and one PDF. Admins edit an item as a draft and publish it as a new version; residents
 * always read the published one, without an account. Its API: {@link org.civicgrid.services.ServiceCatalog} (for
 * loading a catalog) and {@link org.civicgrid.services.ServiceItemPublished}. See {@code docs/services.md}.
 */
@ApplicationModule(displayName = "Services", allowedDependencies = { "casework", "identity", "region" })
package org.civicgrid.services;

import org.springframework.modulith.ApplicationModule;
