package org.civicgrid.messaging.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Reading the columns the forwarding and question tables share: moments that may be absent, minutes to a tenth. */
final class Rows {

	private Rows() {
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	static Double minutes(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : Math.round(value * 10) / 10.0;
	}
}
