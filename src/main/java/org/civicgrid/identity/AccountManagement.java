package org.civicgrid.identity;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;

/**
 * Opening and keeping accounts. Only administrators manage accounts, and only inside their own region scope:
 * an administrator of a street cannot open an account for another street. Disabling an account, changing its
 * role or scope, or resetting its password ends its sessions and revokes its tokens at once.
 */
public interface AccountManagement {

	/** The accounts in the administrator's scope matching the query, in the order the page asks for. */
	Paged<AccountView> list(Caller admin, AccountQuery query, PageRequest page);

	AccountView get(Caller admin, long id);

	AccountView create(Caller admin, NewAccount account);

	/** Whether an account of that name exists, so a form can say so beside its other mistakes at once. */
	boolean usernameTaken(Caller admin, String username);

	AccountView change(Caller admin, long id, AccountChange change);

	void resetPassword(Caller admin, long id, String newPassword);

	/** Opens the account unless the username is taken: for the demo district loader, not for callers. */
	void createIfAbsent(NewAccount account);
}
