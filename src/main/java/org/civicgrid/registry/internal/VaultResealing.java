package org.civicgrid.registry.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.civicgrid.identity.AuditTrail;
import org.civicgrid.registry.ResealJob;
import org.civicgrid.registry.ResealState;
import org.civicgrid.registry.SealedValues;
import org.civicgrid.registry.VaultRotation;
import org.civicgrid.registry.vault.PersonalDataVault;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * {@link VaultRotation}: a run is a row of vault_reseal_job (one RUNNING at a time across nodes, by a unique index)
 * worked by {@link Resealer} on a background thread of this node. A run whose node stops beating for
 * {@code civicgrid.registry.reseal.stale-after} is marked FAILED (interrupted) when the next one starts or when it is
 * read; the next run then reseals what is left.
 */
@Service
class VaultResealing implements VaultRotation {

	static final String STARTED = "VAULT_RESEAL_STARTED";
	static final String FINISHED = "VAULT_RESEAL_FINISHED";

	private static final Logger log = LoggerFactory.getLogger(VaultResealing.class);

	private final StoredSealedValues values;
	private final StoredResealJobs jobs;
	private final Resealer resealer;
	private final PersonalDataVault vault;
	private final ResealSettings settings;
	private final AuditTrail audit;
	private final MessageSource messages;
	private final Clock clock;
	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "vault-reseal");
		t.setDaemon(true);
		return t;
	});

	VaultResealing(StoredSealedValues values, StoredResealJobs jobs, Resealer resealer, PersonalDataVault vault,
			ResealSettings settings, AuditTrail audit, MessageSource messages, Clock clock) {
		this.values = values;
		this.jobs = jobs;
		this.resealer = resealer;
		this.vault = vault;
		this.settings = settings;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

	@Override
	public List<SealedValues> sealedValues(Caller caller) {
		caller.requireRole(Role.ADMIN);
		Map<String, Map<String, Long>> counts = values.countByKeyId();
		counts.putIfAbsent(vault.activeKeyId(), Map.of());
		List<SealedValues> keys = new ArrayList<>();
		counts.forEach((keyId, columns) -> keys.add(new SealedValues(keyId, keyId.equals(vault.activeKeyId()),
				vault.hasKey(keyId), columns.values().stream().mapToLong(Long::longValue).sum(), columns)));
		return keys;
	}

	@Override
	public ResealJob start(Caller caller, String remoteAddr) {
		caller.requireRole(Role.ADMIN);
		sweep();
		Instant now = clock.instant();
		String active = vault.activeKeyId();
		long total = values.countNotUnder(active);
		long id;
		try {
			id = jobs.create(caller.username(), active, total, now);
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("registry.vault.reseal-running");
		}
		audit.record(caller.username(), STARTED, "vault-reseal:" + id, caller.regionCode(),
				"active key: " + active + "; values under other keys: " + total, remoteAddr);
		executor.execute(() -> runToEnd(id, caller, remoteAddr));
		return view(jobs.find(id).orElseThrow());
	}

	@Override
	public ResealJob job(Caller caller, long id) {
		caller.requireRole(Role.ADMIN);
		sweep();
		return view(jobs.find(id).orElseThrow(() -> new NotFoundException("registry.vault.reseal-not-found", id)));
	}

	@Override
	public Optional<ResealJob> latest(Caller caller) {
		caller.requireRole(Role.ADMIN);
		sweep();
		return jobs.latest().map(this::view);
	}

	private void runToEnd(long id, Caller caller, String remoteAddr) {
		ResealState state = ResealState.DONE;
		try {
			resealer.run(id);
			jobs.finish(id, ResealState.DONE, null, clock.instant());
		}
		catch (RuntimeException e) {
			log.error("Reseal run {} failed; run it again to reseal what is left", id, e);
			state = ResealState.FAILED;
			jobs.finish(id, state, "registry.vault.reseal-failed", clock.instant());
		}
		StoredResealJobs.Job job = jobs.find(id).orElseThrow();
		audit.record(caller.username(), FINISHED, "vault-reseal:" + id, caller.regionCode(),
				"state: " + state + "; active key: " + job.activeKeyId() + "; total: " + job.total() + "; resealed: "
						+ job.resealed() + "; changed meanwhile: " + job.changed() + "; unreadable: "
						+ job.unreadable(),
				remoteAddr);
	}

	private void sweep() {
		Instant now = clock.instant();
		jobs.failStale(now.minus(settings.staleAfter()), now);
	}

	private ResealJob view(StoredResealJobs.Job j) {
		String error = j.errorKey() == null ? null
				: messages.getMessage(j.errorKey(), null, j.errorKey(), LocaleContextHolder.getLocale());
		return new ResealJob(j.id(), j.state(), j.owner(), j.activeKeyId(), j.total(), j.resealed(), j.changed(),
				j.unreadable(), j.progress(), error, j.createdAt(), j.heartbeatAt(), j.finishedAt());
	}
}
