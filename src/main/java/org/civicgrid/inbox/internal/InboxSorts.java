package org.civicgrid.inbox.internal;

import org.civicgrid.shared.SortColumns;

/** What the inbox sorts by: the time of the step, newest first when not asked. */
public final class InboxSorts {

	public static final SortColumns MESSAGES = SortColumns.byDefault(" order by created_at desc, id desc")
		.field("time", "created_at")
		.tieBreak("id");

	private InboxSorts() {
	}
}
