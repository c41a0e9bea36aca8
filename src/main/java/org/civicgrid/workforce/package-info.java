/**
 * Grid work (网格工作): what grid workers do all day besides cases. First capability: the grid's daily log (民情日志),
 * one per grid per working day, with households visited, resources, people needing care, residents' needs and open
 * problems, and the 四有 as structured entries (联系对象名单, 档案底册, 帮扶记录, 办结事项记录) linked to registry
 * people. Patrols, home visits, AB cover and the assessment follow. See {@code docs/workforce.md}.
 */
@ApplicationModule(displayName = "Workforce", allowedDependencies = { "region", "registry" })
package org.civicgrid.workforce;

import org.springframework.modulith.ApplicationModule;
