package org.civicgrid.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.CaseDetail;
import org.civicgrid.casework.CaseId;
import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.Category;
import org.civicgrid.casework.NewCaseReport;
import org.civicgrid.casework.PhotoUpload;
import org.civicgrid.casework.PossibleDuplicate;
import org.civicgrid.registry.People;
import org.civicgrid.registry.PersonalDataReveals;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closed loop behind the API: checks first (intake, visibility, {@link CaseActionPolicy}, the workflow and the
 * input), then one write of the case and its new trace, then the step's events. A refusal writes nothing.
 */
@Service
@Transactional
public class CaseService {

	private final DepartmentService departments;
	private final Cases cases;
	private final CaseSearch search;
	private final CaseIntake intake;
	private final CaseViews views;
	private final CaseActionPolicy policy;
	private final EscalationPolicy escalation;
	private final Catalog catalog;
	private final Clock clock;
	private final CaseWriter writer;
	private final NewCases newCases;
	private final CheckedPhotos.Check checkPhotos;
	private final Duplicates duplicates;
	private final OnTheSpotHandlingPolicy onTheSpot;
	private final ReporterContacts contacts;
	private final PersonalDataReveals reveals;
	private final People people;
	private final ResidentCases residents;

	CaseService(Cases cases, CaseSearch search, CaseIntake intake, CaseViews views, CaseActionPolicy policy,
			EscalationPolicy escalation, Catalog catalog, Clock clock, CaseWriter writer, NewCases newCases,
			CheckedPhotos.Check checkPhotos, Duplicates duplicates, OnTheSpotHandlingPolicy onTheSpot,
			ReporterContacts contacts, PersonalDataReveals reveals, People people, DepartmentService departments,
			ResidentCases residents) {
		this.residents = residents;
		this.departments = departments;
		this.people = people;
		this.contacts = contacts;
		this.reveals = reveals;
		this.newCases = newCases;
		this.checkPhotos = checkPhotos;
		this.duplicates = duplicates;
		this.onTheSpot = onTheSpot;
		this.cases = cases;
		this.search = search;
		this.intake = intake;
		this.views = views;
		this.policy = policy;
		this.escalation = escalation;
		this.catalog = catalog;
		this.clock = clock;
		this.writer = writer;
	}

	private String unitOf(Caller caller) {
		return departments.unitOf(caller);
	}

	public ReportedCase report(Caller caller, NewCaseReport report) {
		return report(caller, report, ReportAttachments.none());
	}

	public ReportedCase report(Caller caller, NewCaseReport report, ReportAttachments attachments) {
		return report(caller, report, attachments, Actor.of(caller),
				caller.accountId() > 0 ? caller.accountId() : null);
	}

	/**
	 * A report staff write down for a resident ({@link RelayedCaseService}): the staff's checks and scope, the
	 * resident its reporter, who rates it.
	 */
	ReportedCase reportFor(Caller staff, NewCaseReport report, long reporterAccountId, String reporterUsername) {
		return report(staff, report, ReportAttachments.none(),
				new Actor(reporterUsername, Role.RESIDENT, RegionScope.NONE, null), reporterAccountId);
	}

	private ReportedCase report(Caller caller, NewCaseReport report, ReportAttachments attachments, Actor actor,
			Long reporterAccountId) {
		CaseIntake.Accepted accepted = intake.check(caller, report);
		if (caller.role().isStaff()) {
			caller.scope().require(accepted.gridCode());
		}
		boolean handledOnTheSpot = attachments.onTheSpot() || report.handledOnTheSpot();
		String handlingNote = attachments.handlingNote() != null ? attachments.handlingNote() : report.handlingNote();
		if (!handledOnTheSpot && !attachments.photosAfter().isEmpty()) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("photosAfter", "casework.photo.after-only-on-the-spot")));
		}
		CheckedPhotos photos = checkPhotos.of(concat(attachments.photos(), attachments.photosAfter()));
		if (handledOnTheSpot) {
			onTheSpot.check(NewCases.reported(accepted, report, photos), actor, handlingNote,
					photos.idsOf("photosAfter"));
		}
		String category = accepted.category().code();
		// staff are offered the possible duplicates, looked for in the round trip that inserts the case
		List<Statements.Query<List<PossibleDuplicate>>> nearby = new ArrayList<>(1);
		NewCases.Reporter reporter = new NewCases.Reporter(actor, reporterAccountId, accepted.channel(),
				handledOnTheSpot, handlingNote);
		CaseView view = newCases.write(caller, reporter, accepted, report, photos,
				caller.role().isStaff() && !handledOnTheSpot ? (id, now) -> {
					var query = duplicates.nearby(caller, category, accepted.lat(), accepted.lng(), id.value(), now);
					nearby.add(query);
					return query;
				} : null);
		return new ReportedCase(view, nearby.isEmpty() ? List.of() : nearby.get(0).result());
	}

	public CaseView act(Caller caller, long id, CaseAction action, ActionRequest request) {
		return act(caller, id, action, request, List.of());
	}

	public CaseView act(Caller caller, long id, CaseAction action, ActionRequest request, List<PhotoUpload> uploads) {
		StoredCase stored = load(id);
		String unit = unitOf(caller);
		CaseVisibility.require(caller, unit, stored);
		CaseFile file = stored.file();
		Actor actor = Actor.of(caller, unit);
		policy.check(file, action, actor);
		String department = catalog.find(file.categoryCode()).map(Category::responsibleUnit).orElse(null);
		ActionInput input = ActionInputs.of(action, request, file, escalation, department);
		if (action == CaseAction.MERGE && input.survivor() != null && !input.survivor().equals(file.id())) {
			requireSurvivor(caller, input.survivor());
		}
		CheckedPhotos photos = checkPhotos.of(uploads);
		if (!photos.ids().isEmpty()) {
			input = input.withPhotos(photos.ids().toArray(String[]::new));
		}
		departments.checkAssignee(input.assignee(), file.gridCode());
		Instant now = clock.instant();
		file.apply(action, input, actor, now);
		CaseView view = store(caller, stored);
		photos.save(id, caller.username(), now);
		return view;
	}

	@Transactional(readOnly = true)
	public List<PossibleDuplicate> possibleDuplicates(Caller caller, long id) {
		StoredCase stored = load(id);
		duplicates.requireVisible(caller, unitOf(caller), stored);
		return visibleDuplicates(caller, views.view(caller, stored));
	}

	private List<PossibleDuplicate> visibleDuplicates(Caller caller, CaseView view) {
		if (!caller.role().isStaff()) {
			return List.of();
		}
		return duplicates.of(caller, view);
	}

	@Transactional(readOnly = true)
	public Set<Long> withPossibleDuplicates(Caller caller, Collection<Long> ids) {
		return caller.role().isStaff() ? duplicates.withDuplicates(caller, ids) : Set.of();
	}

	/** The survivor of a merge must exist, be seen by the dispatcher and still be open (422 on {@code survivor}). */
	private void requireSurvivor(Caller caller, CaseId survivorId) {
		StoredCase survivor = cases.find(survivorId).orElse(null);
		if (survivor == null || !CaseVisibility.sees(caller, survivor)) {
			throw new InvalidInputException(List.of(FieldProblem.of("survivor", "casework.merge.survivor-unknown",
					String.valueOf(survivorId.value()))));
		}
		if (survivor.file().isFinal()) {
			throw new InvalidInputException(List.of(FieldProblem.of("survivor", "casework.merge.survivor-final",
					survivor.file().number())));
		}
	}

	private static List<PhotoUpload> concat(List<PhotoUpload> a, List<PhotoUpload> b) {
		List<PhotoUpload> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	@Transactional(readOnly = true)
	public CaseDetail get(Caller caller, long id) {
		StoredCase stored = load(id);
		duplicates.requireVisible(caller, unitOf(caller), stored);
		CaseDetail detail = views.detail(caller, stored);
		return detail.withDuplicates(visibleDuplicates(caller, detail.summary()), duplicates.mergedInto(id).stream()
			.map(m -> new CaseDetail.MergedReport(m.id(), m.number()))
			.toList());
	}

	/**
	 * The case as its reporter reads it ({@link ResidentCase}), under the same visibility as {@link #get}: their own
	 * reports and the cases those were merged into; 403 for anyone else's.
	 */
	@Transactional(readOnly = true)
	public ResidentCase residentCase(Caller caller, long id) {
		StoredCase stored = load(id);
		duplicates.requireVisible(caller, unitOf(caller), stored);
		return residents.of(caller, stored);
	}

	@Transactional(readOnly = true)
	public RevealedReporterContact revealReporterContact(Caller caller, long id, String reason, String remoteAddr) {
		StoredCase stored = load(id);
		duplicates.requireVisible(caller, unitOf(caller), stored);
		reveals.authorize(caller, "case:" + id + ":contact", stored.file().gridCode(), reason, remoteAddr);
		return new RevealedReporterContact(id, stored.file().number(), contacts.open(stored.intake().reporterContact()));
	}

	public boolean mayRevealReporterContact(Caller caller) {
		return reveals.mayReveal(caller);
	}

	@Transactional(readOnly = true)
	public Paged<CaseView> search(Caller caller, CaseQuery query, PageRequest page) {
		return search.search(caller, query == null ? CaseQuery.all() : query, page)
			.map(stored -> views.view(caller, stored));
	}

	/**
	 * The cases the caller took a step in and still sees, the one of their latest step first (at most {@code limit}),
	 * each with that step: the 已办 list, once narrowed to those no longer waiting for them.
	 */
	@Transactional(readOnly = true)
	public List<ActedCase> actedOnBy(Caller caller, int limit) {
		return search.actedOnBy(caller, limit).stream()
			.map(a -> new ActedCase(views.view(caller, a.stored()), a.action(), a.at()))
			.toList();
	}

	/** The id of the case with this number (SJ…, any case) if the caller sees it: a merge form names it by number. */
	@Transactional(readOnly = true)
	public Optional<Long> idOfNumber(Caller caller, String number) {
		if (number == null || number.isBlank()) {
			return Optional.empty();
		}
		String unit = unitOf(caller);
		return cases.idOf(number.strip())
			.flatMap(cases::find)
			.filter(stored -> CaseVisibility.sees(caller, unit, stored))
			.map(stored -> stored.file().id().value());
	}

	@Transactional(readOnly = true)
	public Paged<CaseView> reportedByPerson(Caller caller, long personId, PageRequest page) {
		String hash = people.phoneLookupHash(caller, personId).orElse(null);
		if (hash == null) {
			return new Paged<>(List.of(), page.page(), page.size(), 0);
		}
		return search.search(caller, CaseQuery.all(), hash, page).map(stored -> views.view(caller, stored));
	}

	private StoredCase load(long id) {
		if (id <= 0) {
			throw new NotFoundException("casework.not-found", String.valueOf(id));
		}
		return cases.find(new CaseId(id))
			.orElseThrow(() -> new NotFoundException("casework.not-found", String.valueOf(id)));
	}

	private CaseView store(Caller caller, StoredCase stored) {
		return writer.write(caller, stored);
	}
}
