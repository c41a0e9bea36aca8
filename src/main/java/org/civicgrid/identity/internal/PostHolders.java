package org.civicgrid.identity.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.civicgrid.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who holds a post (the enabled accounts of some roles at a unit), the question every report asks of its street's
 * dispatch desk: remembered for {@value #KEEP_SECONDS} s, so a burst of reports reads the desk once. Any change to an
 * account on this node forgets them all (now and after its commit); a change on another node of a cluster shows
 * within that time.
 */
@Component
class PostHolders {

	static final int KEEP_SECONDS = 5;

	private static final long KEEP_NANOS = TimeUnit.SECONDS.toNanos(KEEP_SECONDS);

	private static final int MAX_POSTS = 10_000;

	private record Post(String unitCode, Set<Role> roles) {
	}

	private record Holders(List<Long> ids, long readAt) {
	}

	private final JdbcClient jdbc;
	private final Map<Post, Holders> known = new ConcurrentHashMap<>();

	PostHolders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Long> of(String unitCode, Set<Role> roles) {
		Post post = new Post(unitCode, Set.copyOf(roles));
		long now = System.nanoTime();
		Holders holders = known.get(post);
		if (holders != null && now - holders.readAt() < KEEP_NANOS) {
			return holders.ids();
		}
		List<Long> ids = List.copyOf(jdbc
			.sql("select id from account where region_code = :unit and role in (:roles) and enabled order by id")
			.param("unit", unitCode)
			.param("roles", roles.stream().map(Role::name).toList())
			.query(Long.class)
			.list());
		if (known.size() >= MAX_POSTS) {
			known.clear();
		}
		known.put(post, new Holders(ids, now));
		return ids;
	}

	/** An account was added or changed: nobody's post is known any more, and again once that commits. */
	void forget() {
		known.clear();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					known.clear();
				}
			});
		}
	}
}
