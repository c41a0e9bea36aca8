package org.civicgrid.services.internal.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.civicgrid.identity.AccountDirectory;
import org.civicgrid.services.internal.PublishedItemReader;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agency service (帮办代办, 1+1+N): one grid worker is assigned to one resident's matter and carries it through the
 * departments, recording each visit; the matter lies in the grid worker's region, so their community and street
 * see it, and the resident follows it on their phone.
 */
@Service
public class AgencyService implements RatableSubjects {

	private final AgencyMatters matters;
	private final PublishedItemReader items;
	private final AccountDirectory accounts;
	private final Clock clock;

	AgencyService(AgencyMatters matters, PublishedItemReader items, AccountDirectory accounts, Clock clock) {
		this.matters = matters;
		this.items = items;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional
	public AgencyMatter start(Caller caller, NewAgencyMatter input) {
		RequestService.requireStaff(caller);
		List<FieldProblem> problems = new ArrayList<>();
		String item = RequestService.strip(input.itemCode());
		if (item != null && items.published(item).isEmpty()) {
			problems.add(FieldProblem.of("itemCode", "services.request.item-unknown", item));
		}
		Long account = null;
		if (!RequestService.blank(input.residentUsername())) {
			account = accounts.idOf(input.residentUsername().strip()).orElse(null);
			if (account == null) {
				problems.add(FieldProblem.of("residentUsername", "services.request.resident-unknown",
						input.residentUsername()));
			}
		}
		String worker = RequestService.strip(input.gridWorker());
		if (worker == null) {
			if (caller.role() != Role.GRID_WORKER) {
				problems.add(FieldProblem.of("gridWorker", "services.agency.grid-worker-required"));
			}
			worker = caller.username();
		}
		else if (accounts.idOf(worker).isEmpty()) {
			problems.add(FieldProblem.of("gridWorker", "services.request.hand-to-unknown", worker));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String region = RequestService.blank(input.regionCode()) ? caller.regionCode() : input.regionCode().strip();
		caller.scope().require(region);
		long id = matters.insert(input.title().strip(), item, region, worker, input.residentName().strip(),
				RequestService.strip(input.residentPhone()), account, input.startedAtHome(), clock.instant(),
				caller.username());
		return matters.find(id, false).orElseThrow();
	}

	@Transactional
	public AgencyMatter addStep(Caller caller, long id, AgencyStepInput input) {
		AgencyMatter m = inScope(caller, id, true);
		if (m.done()) {
			throw new ConflictException("services.agency.done-already");
		}
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		LocalDate day = input.onDay() == null ? today : input.onDay();
		if (day.isAfter(today) || day.isBefore(LocalDate.ofInstant(m.startedAt(), clock.getZone()))) {
			throw Refusals.invalid("onDay", "services.agency.day-outside", day);
		}
		matters.addStep(id, day, input.department().strip(), input.outcome().strip(),
				RequestService.strip(input.note()), caller.username(), now);
		return matters.find(id, false).orElseThrow();
	}

	@Transactional
	public AgencyMatter finish(Caller caller, long id, String result) {
		AgencyMatter m = inScope(caller, id, true);
		if (m.done()) {
			throw new ConflictException("services.agency.done-already");
		}
		if (m.steps().isEmpty()) {
			throw Refusals.invalid("steps", "services.agency.no-steps");
		}
		matters.finish(id, clock.instant(), RequestService.strip(result));
		return matters.find(id, false).orElseThrow();
	}

	/** A call-back found the resident unsatisfied: the grid worker carries it on. */
	void reopen(long id) {
		matters.reopen(id);
	}

	@Transactional(readOnly = true)
	public AgencyMatter get(Caller caller, long id) {
		if (caller.role().isStaff()) {
			return inScope(caller, id, false);
		}
		AgencyMatter m = matters.find(id, false).orElseThrow(() -> notFound(id));
		if (m.residentAccount() == null || m.residentAccount() != caller.accountId()) {
			throw notFound(id);
		}
		return m;
	}

	@Transactional(readOnly = true)
	public Paged<AgencyMatter> list(Caller caller, String status, PageRequest page) {
		RequestService.requireStaff(caller);
		return matters.inScope(caller.scope(), status, page);
	}

	@Transactional(readOnly = true)
	public List<AgencyMatter> mine(Caller caller) {
		return matters.ofResident(caller.accountId());
	}

	@Override
	public SubjectKind kind() {
		return SubjectKind.AGENCY;
	}

	@Override
	public RatedSubject finishedOf(Caller resident, long id) {
		AgencyMatter m = get(resident, id);
		if (!m.done()) {
			throw ConflictException.on("subjectId", "services.rating.not-finished");
		}
		String itemName = m.itemCode() == null ? null
				: items.published(m.itemCode()).map(i -> i.name()).orElse(null);
		return new RatedSubject(SubjectKind.AGENCY, id, m.number() + " " + m.title(), m.residentAccount(),
				m.regionCode(), null, null, m.itemCode(), itemName, null, m.gridWorker());
	}

	private AgencyMatter inScope(Caller caller, long id, boolean lock) {
		RequestService.requireStaff(caller);
		AgencyMatter m = matters.find(id, lock).orElseThrow(() -> notFound(id));
		caller.scope().require(m.regionCode());
		return m;
	}

	private static NotFoundException notFound(long id) {
		return new NotFoundException("services.agency.not-found", id);
	}
}
