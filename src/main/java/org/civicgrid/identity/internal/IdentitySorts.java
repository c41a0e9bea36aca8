package org.civicgrid.identity.internal;

import org.civicgrid.shared.SortColumns;

/** What the account list sorts by (the page's headers and the API's {@code sort}); by username when not asked. */
public final class IdentitySorts {

	public static final SortColumns ACCOUNTS = SortColumns.byDefault(" order by username, id")
		.field("username", "username")
		.field("name", "display_name")
		.field("role", "role")
		.field("region", "region_code")
		.field("enabled", "enabled")
		.tieBreak("id");

	private IdentitySorts() {
	}
}
