package org.civicgrid.casework.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Statements with named parameters sent to PostgreSQL together, in one round trip: a new case is its row, its first
 * history entry, its timer and the look for its possible duplicates, and four round trips cost more than the four
 * statements. They run in order, in the caller's transaction.
 */
final class Statements {

	private static final Map<String, ParsedSql> PARSED = new ConcurrentHashMap<>();

	private final StringBuilder sql = new StringBuilder();
	private final List<Object> args = new ArrayList<>();

	/** A query that may go last in a round trip ({@link #runThen}) or alone ({@link #run(JdbcClient)}). */
	static final class Query<T> {

		private final Statements statement = new Statements();
		private final ResultSetExtractor<T> extractor;
		private T result;

		Query(String namedSql, Map<String, ?> params, ResultSetExtractor<T> extractor) {
			statement.add(namedSql, params);
			this.extractor = extractor;
		}

		T run(JdbcClient jdbc) {
			result = jdbc.sql(statement.sql.toString()).params(statement.args).query(extractor);
			return result;
		}

		/** What the query found when it last ran, in a round trip of its own or at the end of others. */
		T result() {
			return result;
		}
	}

	Statements add(String namedSql, Map<String, ?> params) {
		ParsedSql parsed = PARSED.computeIfAbsent(namedSql, NamedParameterUtils::parseSqlStatement);
		MapSqlParameterSource source = new MapSqlParameterSource(params);
		separate();
		sql.append(NamedParameterUtils.substituteNamedParameters(parsed, source));
		args.addAll(Arrays.asList(NamedParameterUtils.buildValueArray(parsed, source, null)));
		return this;
	}

	/** Adds {@code more}'s statements after these. */
	Statements append(Statements more) {
		if (!more.sql.isEmpty()) {
			separate();
			sql.append(more.sql);
			args.addAll(more.args);
		}
		return this;
	}

	/** Runs them all; the count of rows the first one changed (0 when there are none). */
	int run(JdbcClient jdbc) {
		if (sql.isEmpty()) {
			return 0;
		}
		return jdbc.sql(sql.toString()).params(args).update();
	}

	/** Runs them all, then {@code query} in the same round trip; answers the query's result. */
	<T> T runThen(JdbcOperations jdbc, Query<T> query) {
		append(query.statement);
		Object[] values = args.toArray();
		return jdbc.execute(sql.toString(), (PreparedStatementCallback<T>) ps -> {
			new ArgumentPreparedStatementSetter(values).setValues(ps);
			query.result = lastResult(ps, query.extractor);
			return query.result;
		});
	}

	private static <T> T lastResult(PreparedStatement ps, ResultSetExtractor<T> extractor) throws SQLException {
		boolean isResultSet = ps.execute();
		while (!isResultSet) {
			if (ps.getUpdateCount() == -1) {
				throw new IllegalStateException("the statements ended without the query's result");
			}
			isResultSet = ps.getMoreResults();
		}
		try (ResultSet rs = ps.getResultSet()) {
			return extractor.extractData(rs);
		}
	}

	private void separate() {
		if (!sql.isEmpty()) {
			sql.append(";\n");
		}
	}
}
