/**
 * The shared kernel every module may use: the caller and its region scope, paging, problem details,
 * the clock, geo helpers and the embedded database of the standalone shape.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.civicgrid.shared;

import org.springframework.modulith.ApplicationModule;
