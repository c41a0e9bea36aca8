/**
 * The demo district: 如意湖街道 of 金水区, Zhengzhou, as in the articles, generated deterministically from a
 * seed; the same generator builds a district-scale or city-scale area for benchmarks.
 */
@ApplicationModule(displayName = "Demo", allowedDependencies = { "casework", "identity", "region", "registry", "services" })
package org.civicgrid.demo;

import org.springframework.modulith.ApplicationModule;
