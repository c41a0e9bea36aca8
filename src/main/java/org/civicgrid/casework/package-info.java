/**
 * Events and their closed loop (事件闭环): intake, the event and component catalog, the workflow from report to
 * rating, time limits and the three colours (三色管理), escalation up the grid hierarchy, supervision, ratings and
 * duplicates. Its API: the status and action vocabulary ({@link org.civicgrid.casework.CaseStatus},
 * {@link org.civicgrid.casework.CaseAction}), command records and the past-tense events other modules listen to
 * ({@link org.civicgrid.casework.CaseFiled}, {@link org.civicgrid.casework.CaseClosed},
 * {@link org.civicgrid.casework.CaseOverdue} …). The stages follow GB/T 30428: collect, record (verify, then file
 * or dismiss), dispatch, handle, report back, check and close, evaluate.
 */
@ApplicationModule(displayName = "Casework", allowedDependencies = { "identity", "region", "registry", "registry :: vault" })
package org.civicgrid.casework;

import org.springframework.modulith.ApplicationModule;
