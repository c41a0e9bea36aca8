package org.civicgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reports in one grid do not wait for each other: what a report writes for the board and the indicators is a marker
 * of its own, not a counter row every report of the grid updates. With the counter trigger of V1_3_41 the second
 * report here waited for the first one's commit (a hot row) and ran into the lock timeout.
 */
class CaseFigureContentionTests extends ApiTest {

	static final String GRID = "410105599009001";

	@Autowired
	DataSource dataSource;

	@Test
	void aReportDoesNotWaitForAnOpenReportInTheSameGrid() throws SQLException {
		try (Connection first = open(); Connection second = open()) {
			insertCase(first, "REPORTED");
			insertCase(second, "REPORTED"); // would block on the first one's counter row
			second.commit();
			first.rollback();
		}
	}

	@Test
	void manyOpenTransactionsReportAndChangeCasesInOneGridAtOnce() throws SQLException {
		List<Connection> open = new ArrayList<>();
		try {
			for (int i = 0; i < 8; i++) {
				Connection c = open();
				open.add(c);
				long id = insertCase(c, "REPORTED");
				try (PreparedStatement s = c.prepareStatement("update event_case set status = 'VERIFIED' where id = ?")) {
					s.setLong(1, id);
					assertThat(s.executeUpdate()).isOne();
				}
			}
			for (Connection c : open) {
				c.commit();
			}
		}
		finally {
			for (Connection c : open) {
				c.close();
			}
		}
	}

	/** A transaction that gives up after a second of waiting for any lock, instead of hanging the test. */
	private Connection open() throws SQLException {
		Connection c = dataSource.getConnection();
		c.setAutoCommit(false);
		try (Statement s = c.createStatement()) {
			s.execute("set local lock_timeout = '1s'");
		}
		return c;
	}

	private static long insertCase(Connection c, String status) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("""
				insert into event_case (number, category_code, time_limit, grid_code, status, reporter_username, channel,
				    description, created_at, updated_at)
				values (?, 'E0102', '4wh', ?, ?, 'contention', 'PATROL', '同网格并发上报', ?, ?)
				returning id""")) {
			Timestamp now = Timestamp.from(Instant.now());
			s.setString(1, "TC" + UUID.randomUUID().toString().substring(0, 16));
			s.setString(2, GRID);
			s.setString(3, status);
			s.setTimestamp(4, now);
			s.setTimestamp(5, now);
			try (var rs = s.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}
}
