package org.civicgrid.services.internal.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicgrid.casework.Colour;
import org.civicgrid.identity.AccountDirectory;
import org.civicgrid.services.internal.PublishedItemReader;
import org.civicgrid.services.internal.ServiceItem;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.NotPermittedException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests (办件) from the first question (首问登记) to done or not accepted: every step checked against
 * {@link RequestAction}'s table, written with its trace entry in one transaction, on the request's locked row.
 * Staff see and act on the requests of their region; a resident reads only their own.
 */
@Service
public class RequestService {

	/** The action a request's page offers first, in this order of preference. */
	private static final List<RequestAction> PRIMARY = List.of(RequestAction.START, RequestAction.SUPPLEMENTED,
			RequestAction.FINISH);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	private final Requests requests;
	private final RequestClock requestClock;
	private final PublishedItemReader items;
	private final AccountDirectory accounts;
	private final Clock clock;

	RequestService(Requests requests, RequestClock requestClock, PublishedItemReader items, AccountDirectory accounts,
			Clock clock) {
		this.requests = requests;
		this.requestClock = requestClock;
		this.items = items;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** 首问登记: the recorder owns the request from now until they hand it over. */
	@Transactional
	public ServiceRequest record(Caller caller, NewRequest input) {
		requireStaff(caller);
		List<FieldProblem> problems = new ArrayList<>();
		ServiceItem item = items.published(input.itemCode()).orElse(null);
		if (item == null) {
			problems.add(FieldProblem.of("itemCode", "services.request.item-unknown", input.itemCode()));
		}
		Long account = null;
		if (input.residentUsername() != null && !input.residentUsername().isBlank()) {
			account = accounts.idOf(input.residentUsername().strip()).orElse(null);
			if (account == null) {
				problems.add(FieldProblem.of("residentUsername", "services.request.resident-unknown",
						input.residentUsername()));
			}
		}
		String region = blank(input.regionCode()) ? caller.regionCode() : input.regionCode().strip();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		caller.scope().require(region);
		Instant now = clock.instant();
		Instant deadline = requestClock.deadline(now, item.timeLimitDays());
		Handling handling = input.handling() != null ? input.handling()
				: item.timeLimitDays() == 0 ? Handling.IMMEDIATE : Handling.PROMISED;
		long id = requests.nextId();
		RequestRow row = new RequestRow(id, number(now, id), item.code(), item.name(), region, strip(input.hall()),
				blank(input.counter()) ? item.counter() : input.counter().strip(), input.channel(), handling,
				RequestStatus.ACCEPTED, input.residentName().strip(), strip(input.residentPhone()), account,
				input.personId(), caller.username(), caller.username(), null, item.timeLimitDays(), now, now, deadline,
				requestClock.yellowFrom(now, deadline), null, List.of(), false, null, null, null, null);
		requests.insert(row);
		requests.addStep(id, now, caller.username(), "RECORD", RequestStatus.ACCEPTED, strip(input.note()), null, null,
				null);
		return view(row, now);
	}

	/** One step on a request in the caller's scope; see {@link RequestAction} for what is allowed where. */
	@Transactional
	public ServiceRequest act(Caller caller, long id, RequestAction action, RequestInput input) {
		requireStaff(caller);
		if (action == RequestAction.REOPEN) {
			throw new ConflictException("services.request.reopen-by-callback");
		}
		RequestRow row = requests.lock(id).orElseThrow(() -> notFound(id));
		caller.scope().require(row.regionCode());
		return view(step(row, action, input, caller.username()), clock.instant());
	}

	/** A call-back (回访) found the resident unsatisfied: the request is handled again, its clock running anew. */
	@Transactional
	public void reopen(long id, String by, String note) {
		RequestRow row = requests.lock(id).orElseThrow(() -> notFound(id));
		step(row, RequestAction.REOPEN, new RequestInput(note, null, null, null, null, null), by);
	}

	private RequestRow step(RequestRow row, RequestAction action, RequestInput input, String by) {
		if (action == RequestAction.ASK_SUPPLEMENT && row.supplementAsked()) {
			throw new ConflictException("services.request.supplement-once");
		}
		if (!allowed(row).contains(action)) {
			// the action and the status in words (办结, 待补正), as the page and a resident read them
			throw new ConflictException("services.request.not-allowed",
					new DefaultMessageSourceResolvable(new String[] { "services.request.action." + action.wire() },
							action.wire()),
					new DefaultMessageSourceResolvable(new String[] { "services.request.status." + row.status().name() },
							row.status().name()));
		}
		Instant now = clock.instant();
		RequestStatus to = action.after(row.status());
		String note = strip(input.note());
		RequestRow next = switch (action) {
			case START -> row.with(to);
			case ASK_SUPPLEMENT -> supplement(row, input.materialList(), now);
			case SUPPLEMENTED -> resume(row, now);
			case FINISH -> finish(row, to, strip(input.result()), null, by, now);
			case REFUSE -> {
				if (blank(input.reason())) {
					throw Refusals.invalid("reason", "services.request.reason-required");
				}
				yield finish(row, to, null, input.reason().strip(), by, now);
			}
			case HAND_OVER -> handOver(row, input, by);
			case REOPEN -> reopened(row, now);
		};
		requests.update(next);
		if (action == RequestAction.HAND_OVER) {
			requests.addStep(row.id(), now, by, action.name(), to, input.reason().strip(), row.owner(), next.owner(),
					next.ownerUnit());
		}
		else {
			String said = switch (action) {
				case ASK_SUPPLEMENT -> String.join("、", next.missingMaterials()) + (note == null ? "" : "；" + note);
				case REFUSE -> next.reason();
				case FINISH -> next.result() != null ? next.result() : note;
				default -> note;
			};
			requests.addStep(row.id(), now, by, action.name(), to, said, null, null, null);
		}
		return next;
	}

	/**
	 * 一次性告知: the missing materials are listed once, all of them, out of the item's own list; a second round of
	 * asking is refused. The clock stops until they come.
	 */
	private RequestRow supplement(RequestRow row, List<String> materials, Instant now) {
		if (materials.isEmpty()) {
			throw Refusals.invalid("materials", "services.request.materials-required");
		}
		Set<String> known = items.published(row.itemCode()).map(i -> i.materials().stream()
			.map(ServiceItem.Material::name).collect(java.util.stream.Collectors.toSet())).orElse(Set.of());
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < materials.size(); i++) {
			if (!known.contains(materials.get(i))) {
				problems.add(FieldProblem.at(i, "materials", "services.request.material-unknown", materials.get(i)));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new RequestRow(row.id(), row.number(), row.itemCode(), row.itemName(), row.regionCode(), row.hall(),
				row.counter(), row.channel(), row.handling(), RequestStatus.SUPPLEMENT, row.residentName(),
				row.residentPhone(), row.residentAccount(), row.personId(), row.receivedBy(), row.owner(),
				row.ownerUnit(), row.timeLimitDays(), row.acceptedAt(), row.clockStarted(), row.deadline(),
				row.yellowFrom(), now, materials, true, row.reason(), row.result(), null, null);
	}

	/** The materials came: the clock runs again, its start and deadline moved on by the working time it stood. */
	private RequestRow resume(RequestRow row, Instant now) {
		Duration held = requestClock.held(row.pausedSince(), now);
		Instant started = requestClock.later(row.clockStarted(), held);
		Instant deadline = requestClock.later(row.deadline(), held);
		return new RequestRow(row.id(), row.number(), row.itemCode(), row.itemName(), row.regionCode(), row.hall(),
				row.counter(), row.channel(), row.handling(), RequestStatus.IN_PROGRESS, row.residentName(),
				row.residentPhone(), row.residentAccount(), row.personId(), row.receivedBy(), row.owner(),
				row.ownerUnit(), row.timeLimitDays(), row.acceptedAt(), started, deadline,
				requestClock.yellowFrom(started, deadline), null, row.missingMaterials(), true, row.reason(),
				row.result(), null, null);
	}

	private RequestRow finish(RequestRow row, RequestStatus to, String result, String reason, String by, Instant now) {
		// a refusal while waiting for materials ends the wait where it stood: the colour is read then
		Instant at = row.pausedSince() != null ? row.pausedSince() : now;
		return new RequestRow(row.id(), row.number(), row.itemCode(), row.itemName(), row.regionCode(), row.hall(),
				row.counter(), row.channel(), row.handling(), to, row.residentName(), row.residentPhone(),
				row.residentAccount(), row.personId(), row.receivedBy(), row.owner(), row.ownerUnit(),
				row.timeLimitDays(), row.acceptedAt(), row.clockStarted(), row.deadline(), row.yellowFrom(), null,
				row.missingMaterials(), row.supplementAsked(), reason, result, at, by);
	}

	/** 首问负责 ends only by a recorded hand-over: to whom (an account), the counter or department, and why. */
	private RequestRow handOver(RequestRow row, RequestInput input, String by) {
		List<FieldProblem> problems = new ArrayList<>();
		String to = strip(input.handTo());
		if (to == null) {
			problems.add(FieldProblem.of("handTo", "services.request.hand-to-required"));
		}
		else if (accounts.idOf(to).isEmpty()) {
			problems.add(FieldProblem.of("handTo", "services.request.hand-to-unknown", to));
		}
		else if (to.equalsIgnoreCase(row.owner())) {
			problems.add(FieldProblem.of("handTo", "services.request.hand-to-owner", to));
		}
		if (blank(input.reason())) {
			problems.add(FieldProblem.of("reason", "services.request.hand-over-reason"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new RequestRow(row.id(), row.number(), row.itemCode(), row.itemName(), row.regionCode(), row.hall(),
				row.counter(), row.channel(), row.handling(), row.status(), row.residentName(), row.residentPhone(),
				row.residentAccount(), row.personId(), row.receivedBy(), to, strip(input.handToUnit()),
				row.timeLimitDays(), row.acceptedAt(), row.clockStarted(), row.deadline(), row.yellowFrom(),
				row.pausedSince(), row.missingMaterials(), row.supplementAsked(), row.reason(), row.result(),
				row.finishedAt(), row.finishedBy());
	}

	/** Reopened after a call-back: the item's whole time limit again from now. */
	private RequestRow reopened(RequestRow row, Instant now) {
		Instant deadline = requestClock.deadline(now, row.timeLimitDays());
		return new RequestRow(row.id(), row.number(), row.itemCode(), row.itemName(), row.regionCode(), row.hall(),
				row.counter(), row.channel(), row.handling(), RequestStatus.IN_PROGRESS, row.residentName(),
				row.residentPhone(), row.residentAccount(), row.personId(), row.receivedBy(), row.owner(),
				row.ownerUnit(), row.timeLimitDays(), row.acceptedAt(), now, deadline,
				requestClock.yellowFrom(now, deadline), null, row.missingMaterials(), row.supplementAsked(), null, null,
				null, null);
	}

	/** The actions open on the request now: the table's, less a second 补正 and the call-back's reopening. */
	static List<RequestAction> allowed(RequestRow row) {
		List<RequestAction> open = new ArrayList<>();
		for (RequestAction a : RequestAction.values()) {
			if (a.allowedIn(row.status()) && !(a == RequestAction.ASK_SUPPLEMENT && row.supplementAsked())) {
				open.add(a);
			}
		}
		if (row.status() == RequestStatus.DONE) {
			open.remove(RequestAction.REOPEN);
			open.add(RequestAction.REOPEN); // kept last: the call-back reopens, never the page
		}
		return open;
	}

	/** The page's one primary action, or null when none of the usual next steps is open. */
	public static String primary(ServiceRequest request) {
		for (RequestAction a : PRIMARY) {
			if (request.allowedActions().contains(a.wire())) {
				return a.wire();
			}
		}
		return null;
	}

	/** The request as staff in scope see it, or as its resident sees it; anyone else is told it does not exist. */
	@Transactional(readOnly = true)
	public ServiceRequest get(Caller caller, long id) {
		RequestRow row = requests.find(id).orElseThrow(() -> notFound(id));
		if (caller.role().isStaff()) {
			caller.scope().require(row.regionCode());
		}
		else if (row.residentAccount() == null || row.residentAccount() != caller.accountId()) {
			throw notFound(id);
		}
		ServiceRequest view = view(row, clock.instant());
		return caller.role().isStaff() ? view : view.withAllowedActions(List.of());
	}

	/** The steps of a request the caller may read ({@link #get}); a resident reads the public ones (no hand-overs). */
	@Transactional(readOnly = true)
	public List<RequestStep> steps(Caller caller, long id) {
		get(caller, id);
		List<RequestStep> steps = requests.steps(id);
		return caller.role().isStaff() ? steps : steps.stream().filter(s -> !s.handOver()).toList();
	}

	@Transactional(readOnly = true)
	public Paged<ServiceRequest> search(Caller caller, RequestQuery query, PageRequest page) {
		requireStaff(caller);
		Instant now = clock.instant();
		return requests.search(caller.scope(), query, now, page).map(r -> view(r, now));
	}

	/** How many open requests in scope stand in each colour. */
	@Transactional(readOnly = true)
	public Map<Colour, Long> openByColour(Caller caller, String hall) {
		requireStaff(caller);
		Map<Colour, Long> counts = new EnumMap<>(Colour.class);
		for (Colour c : Colour.values()) {
			counts.put(c, 0L);
		}
		requests.colourCounts(caller.scope(), hall, clock.instant()).forEach(r -> counts.put((Colour) r[0], (Long) r[1]));
		return counts;
	}

	/** The resident's own requests. */
	@Transactional(readOnly = true)
	public List<ServiceRequest> mine(Caller caller) {
		Instant now = clock.instant();
		return requests.ofResident(caller.accountId()).stream().map(r -> view(r, now).withAllowedActions(List.of()))
			.toList();
	}

	Requests store() {
		return requests;
	}

	private ServiceRequest view(RequestRow row, Instant now) {
		return row.view(requestClock, now).withAllowedActions(
				allowed(row).stream().filter(a -> a != RequestAction.REOPEN).map(RequestAction::wire).toList());
	}

	private String number(Instant at, long id) {
		return "BJ" + DAY.format(requestClock.day(at)) + "-" + String.format("%06d", id % 1_000_000);
	}

	static void requireStaff(Caller caller) {
		if (!caller.role().isStaff()) {
			throw new NotPermittedException();
		}
	}

	/** A staff page's gate, for pages that read nothing before they show a form. */
	public static void requireStaffPage(Caller caller) {
		requireStaff(caller);
	}

	static NotFoundException notFound(long id) {
		return new NotFoundException("services.request.not-found", id);
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	static String strip(String s) {
		return blank(s) ? null : s.strip();
	}
}
