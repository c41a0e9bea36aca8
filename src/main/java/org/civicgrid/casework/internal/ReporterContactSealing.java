package org.civicgrid.casework.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the reporter contacts written in plain text before V1_3_91 (SQL cannot seal: the key lives in the
 * configuration), in batches at start-up, before the application reports itself ready; nothing is left to do on
 * every later start. Each batch locks its rows, so two nodes starting together never seal a row twice.
 */
@Component
@Order(0)
class ReporterContactSealing implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReporterContactSealing.class);

	private static final int BATCH = 500;

	private final JdbcClient jdbc;
	private final ReporterContacts contacts;
	private final TransactionTemplate tx;

	ReporterContactSealing(JdbcClient jdbc, ReporterContacts contacts, TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.contacts = contacts;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		int sealed = 0;
		for (int n = batch(); n > 0; n = batch()) {
			sealed += n;
		}
		if (sealed > 0) {
			log.info("Sealed {} reporter contacts kept in plain text by an earlier version", sealed);
		}
	}

	private int batch() {
		Integer n = tx.execute(status -> {
			record Plain(long id, String contact) {
			}
			List<Plain> rows = jdbc.sql("""
					select id, reporter_contact from event_case where reporter_contact is not null
					order by id limit :n for update skip locked""")
				.param("n", BATCH)
				.query((rs, i) -> new Plain(rs.getLong(1), rs.getString(2)))
				.list();
			for (Plain row : rows) {
				SealedContact contact = contacts.seal(row.contact());
				jdbc.sql("""
						update event_case set reporter_contact = null, reporter_contact_sealed = :sealed,
						    reporter_contact_hash = :hash where id = :id""")
					.param("sealed", contact == null ? null : contact.sealed())
					.param("hash", contact == null ? null : contact.phoneHash())
					.param("id", row.id())
					.update();
			}
			return rows.size();
		});
		return n == null ? 0 : n;
	}
}
