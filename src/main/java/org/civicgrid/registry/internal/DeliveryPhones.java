package org.civicgrid.registry.internal;

import java.util.Optional;

import org.civicgrid.identity.AuditTrail;
import org.civicgrid.registry.ContactPhones;
import org.civicgrid.registry.PhoneNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens one person's phone for a system delivery and audits it; nothing else of the person leaves the registry.
 * The actor is {@code system}: no caller asked, a message being sent did.
 */
@Component
class DeliveryPhones implements ContactPhones {

	static final String OPENED = "PERSONAL_DATA_OPENED_FOR_DELIVERY";

	private final JdbcClient jdbc;
	private final Identifiers identifiers;
	private final AuditTrail audit;

	DeliveryPhones(JdbcClient jdbc, Identifiers identifiers, AuditTrail audit) {
		this.jdbc = jdbc;
		this.identifiers = identifiers;
		this.audit = audit;
	}

	@Override
	public Optional<PhoneNumber> phoneOf(long personId, String purpose) {
		record Row(byte[] phone, String grid) {
		}
		Optional<Row> row = jdbc.sql("select phone_sealed, grid_code from person where id = :id")
			.param("id", personId)
			.query((rs, n) -> new Row(rs.getBytes(1), rs.getString(2)))
			.optional();
		if (row.isEmpty() || row.get().phone() == null) {
			return Optional.empty();
		}
		PhoneNumber phone = new PhoneNumber(identifiers.open(row.get().phone()));
		audit.record("system", OPENED, "person:" + personId, row.get().grid(), purpose, null);
		return Optional.of(phone);
	}
}
