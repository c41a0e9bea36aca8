package org.civicgrid.messaging.internal.outbound;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.civicgrid.identity.AuditTrail;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery log for the street's staff: administrators and street staff (街道工作人员), each within their region
 * scope; everyone else is refused. Phones show masked, as they were stored.
 */
@Service
public class DeliveryLog {

	/** Who reads the log. */
	static final Role[] READERS = { Role.ADMIN, Role.STREET_STAFF };

	static final String EXPORTED = "OUTBOUND_DELIVERIES_EXPORTED";

	private final StoredDeliveries deliveries;
	private final DeliveryWorkbook workbook;
	private final AuditTrail audit;

	DeliveryLog(StoredDeliveries deliveries, DeliveryWorkbook workbook, AuditTrail audit) {
		this.deliveries = deliveries;
		this.workbook = workbook;
		this.audit = audit;
	}

	public static boolean mayRead(Caller caller) {
		return caller.hasRole(READERS);
	}

	/**
	 * @throws org.civicgrid.shared.NotPermittedException for any role but administrators and street staff
	 * @throws org.civicgrid.shared.InvalidInputException naming {@code sort} for a field the log does not sort by
	 */
	@Transactional(readOnly = true)
	public Paged<DeliveryView> search(Caller caller, DeliveryQuery query, PageRequest page) {
		caller.requireRole(READERS);
		StoredDeliveries.SORTS.orderBy(page.sort());
		return deliveries.search(caller.scope(), query, page).map(DeliveryView::of);
	}

	/** The fields the log sorts by, for a page that keeps an unknown sort to the log's own order. */
	public Sort known(String raw) {
		return StoredDeliveries.SORTS.known(raw);
	}

	/**
	 * Checks the caller before a byte is written; the returned export writes the search as .xlsx and records it in
	 * the audit trail (who, the filters, how many rows).
	 */
	public Export export(Caller caller, DeliveryQuery query, Sort sort, Locale locale, String remoteAddr) {
		caller.requireRole(READERS);
		StoredDeliveries.SORTS.orderBy(sort);
		return out -> {
			long rows = workbook.write(caller.scope(), query, sort, locale, out);
			audit.record(caller.username(), EXPORTED, "outbound_delivery", caller.regionCode(),
					"filters state=" + query.state() + " channel=" + query.channel() + " messageKey="
							+ query.messageKey() + "; rows " + rows, remoteAddr);
			return rows;
		};
	}

	/** A checked export, ready to write. */
	public interface Export {
		long writeTo(OutputStream out) throws IOException;
	}
}
