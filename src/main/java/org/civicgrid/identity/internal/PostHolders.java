package org.civicgrid.identity.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.civicgrid.shared.Role;
import org.civicgrid.shared.ShortMemory;
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

	private record Post(String unitCode, Set<Role> roles) {
	}

	private final JdbcClient jdbc;
	private final ShortMemory<Post, List<Long>> known = new ShortMemory<>(Duration.ofSeconds(KEEP_SECONDS), 10_000);

	PostHolders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Long> of(String unitCode, Set<Role> roles) {
		Post post = new Post(unitCode, Set.copyOf(roles));
		Optional<List<Long>> holders = known.get(post);
		if (holders.isPresent()) {
			return holders.get();
		}
		List<Long> ids = List.copyOf(jdbc
			.sql("select id from account where region_code = :unit and role in (:roles) and enabled order by id")
			.param("unit", unitCode)
			.param("roles", roles.stream().map(Role::name).toList())
			.query(Long.class)
			.list());
		known.put(post, ids);
		return ids;
	}

	/** An account was added or changed: nobody's post is known any more, and again once that commits. */
	void forget() {
		known.forgetAll();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					known.forgetAll();
				}
			});
		}
	}
}
