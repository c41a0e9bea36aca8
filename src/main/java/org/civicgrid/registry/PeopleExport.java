package org.civicgrid.registry;

import java.io.IOException;
import java.io.OutputStream;

import org.civicgrid.shared.Caller;

/**
 * People of a filtered list as .xlsx, streamed. ID and phone numbers are masked unless the caller's role may
 * reveal them and asks to, with a reason; every export goes to the audit trail (who, filters, rows, revealed or
 * not).
 */
public interface PeopleExport {

	/**
	 * Checks everything that can refuse the export before a byte is written.
	 *
	 * @param revealReason null or blank for masked numbers; otherwise the reason to export them in clear
	 * @throws org.civicgrid.shared.NotPermittedException for residents, volunteers, or a reveal by a role that
	 *         may not reveal
	 * @throws org.civicgrid.shared.OutOfScopeException for a region filter outside the caller's scope
	 */
	Export prepare(Caller caller, PersonQuery query, String revealReason, String remoteAddr);

	/** A checked export, ready to write. */
	interface Export {

		/** Writes the workbook and audits the export; returns the number of people written. */
		long writeTo(OutputStream out) throws IOException;
	}
}
