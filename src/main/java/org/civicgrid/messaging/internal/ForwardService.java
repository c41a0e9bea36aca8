package org.civicgrid.messaging.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.NewCaseReport;
import org.civicgrid.casework.PublicStep;
import org.civicgrid.casework.RelayedCases;
import org.civicgrid.messaging.PostKind;
import org.civicgrid.region.RegionDetail;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.NotPermittedException;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.time.Times;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forwarding a resident's post up to a case (逐级转发): staff in the channel where the post stands send it one
 * level up (courtyard → community → street), a copy there and a step in the original thread; staff at any level it
 * reached turn it into a case through {@link RelayedCases}, the resident its reporter. From then on
 * {@link ForwardSteps} posts the case's steps back into the thread. Steps are written in Chinese, the language of
 * the channel; the reader's page names each by {@link Post#caseStep()}.
 */
@Service
@Transactional
public class ForwardService {

	static final Locale WRITTEN_IN = Locale.SIMPLIFIED_CHINESE;

	private final StoredForwards forwards;
	private final StoredPosts posts;
	private final StoredChannels channels;
	private final StoredMembers members;
	private final ChannelService channelService;
	private final RelayedCases cases;
	private final Regions regions;
	private final MessageSource messages;
	private final Clock clock;
	private final Times times;

	ForwardService(StoredForwards forwards, StoredPosts posts, StoredChannels channels, StoredMembers members,
			ChannelService channelService,
			RelayedCases cases, Regions regions, MessageSource messages, Clock clock, Times times) {
		this.times = times;
		this.forwards = forwards;
		this.posts = posts;
		this.channels = channels;
		this.members = members;
		this.channelService = channelService;
		this.cases = cases;
		this.regions = regions;
		this.messages = messages;
		this.clock = clock;
	}

	/** Sends the post (the resident's, or its copy in a channel above) one level up, with an optional note. */
	public Forward forward(Caller caller, long postId, String note) {
		String why = ChannelService.strip(note);
		if (why != null && why.length() > 200) {
			throw new InvalidInputException(List.of(FieldProblem.of("note", "messaging.forward.note-too-long", 200)));
		}
		Post original = original(caller, postId);
		forwards.lock(original.id());
		Forward now = forwards.find(original.id()).orElse(null);
		if (now != null && now.filed()) {
			throw ConflictException.on("postId", "messaging.forward.already-case", now.caseNumber());
		}
		Channel at = channels.find(now == null ? original.channelId() : now.atChannelId()).orElseThrow();
		requireAt(caller, at, at);
		return up(original, now, at, caller, why);
	}

	/**
	 * Raises a question nobody answered in time one level up (the answer clock's rise), as the system: the same copy,
	 * hop and step as a forward by staff. Nothing when it stands at the street's channel or was made a case.
	 */
	Optional<Forward> rise(long postId) {
		forwards.lock(postId);
		Post original = posts.find(postId, -1).orElseThrow(() -> ChannelService.postNotFound(postId));
		Forward now = forwards.find(postId).orElse(null);
		if (now != null && now.filed()) {
			return Optional.empty();
		}
		Channel at = channels.find(now == null ? original.channelId() : now.atChannelId()).orElseThrow();
		if (at.level() == ChannelLevel.STREET) {
			return Optional.empty();
		}
		return Optional.of(up(original, now, at, null, null));
	}

	/** One level up from {@code at}: the copy above, the hop, the step in the thread; {@code by} null for the system. */
	private Forward up(Post original, Forward now, Channel at, Caller by, String why) {
		if (at.level() == ChannelLevel.STREET) {
			throw ConflictException.on("postId", "messaging.forward.at-top");
		}
		ChannelLevel level = ChannelLevel.of(at.level().number() - 1);
		Channel above = channels.byRegion(RegionCode.of(at.regionCode()).at(level.region()).value())
			.orElseThrow(() -> ConflictException.on("postId", "messaging.forward.no-channel-above"));
		Instant instant = clock.instant();
		Channel origin = now == null ? at : channels.find(now.originChannelId()).orElseThrow();
		if (now == null) {
			forwards.start(original, origin.regionCode(), instant);
		}
		Long account = by == null ? null : by.accountId();
		String name = by == null ? words("messaging.forward.system") : by.displayName();
		Post copy = channelService.write(above, new StoredPosts.Row(above.id(), 0, PostKind.FORWARDED, null, account,
				name, true, origin.name() + " · " + original.authorName(), original.body(), null, null, false, null,
				instant, original.id(), null), account);
		forwards.moved(original.id(), now == null ? 1 : now.hops() + 1, at, above, copy.id(), why,
				by == null ? "system" : by.username(), instant);
		String step = by == null ? words("messaging.question.step.rose", above.name())
				: why == null ? words("messaging.forward.step.FORWARDED", name, above.name())
						: words("messaging.forward.step.FORWARDED-note", name, above.name(), why);
		stepBack(original, by, "FORWARDED", step, instant);
		return forwards.find(original.id()).orElseThrow();
	}

	/**
	 * Files the post as a case: staff of the channel it was written in or has been forwarded to, or staff whose
	 * scope covers where it was written (the street's dispatch desk).
	 */
	public Forward file(Caller caller, long postId, CaseRequest request) {
		if (request == null || request.categoryCode() == null || request.categoryCode().isBlank()) {
			throw new InvalidInputException(List.of(FieldProblem.of("categoryCode", "messaging.forward.category-required")));
		}
		Post original = original(caller, postId);
		forwards.lock(original.id());
		Forward now = forwards.find(original.id()).orElse(null);
		if (now != null && now.filed()) {
			throw ConflictException.on("postId", "messaging.forward.already-case", now.caseNumber());
		}
		Channel origin = channels.find(original.channelId()).orElseThrow();
		Channel at = now == null ? origin : channels.find(now.atChannelId()).orElseThrow();
		// staff of the level it reached, and the street's desk above it, who file cases for the whole street
		if (!ChannelAccess.supervises(caller, origin)) {
			requireAt(caller, origin, at);
		}
		NewCaseReport report = report(caller, origin, original, request);
		// a member's account is the reporter; a post kept from before accounts (the demo's) is reported by staff
		String reporter = original.authorId() == null ? null
				: members.find(origin.id(), original.authorId()).map(Member::username).orElse(null);
		CaseView filed = cases.fileFor(caller, report, reporter == null ? null : original.authorId(), reporter);
		Instant instant = clock.instant();
		if (now == null) {
			forwards.start(original, origin.regionCode(), instant);
		}
		forwards.filed(original.id(), filed.id(), filed.number(), PublicStep.of(filed.status()).name(), instant);
		stepBack(original, caller, PublicStep.of(filed.status()).name(),
				words("messaging.forward.step.filed", caller.displayName(), filed.number()), instant);
		return forwards.find(original.id()).orElseThrow();
	}

	/** A forwarded post with its hops, for staff who may read the channel it came from or stands in. */
	@Transactional(readOnly = true)
	public Forwarded one(Caller caller, long postId) {
		Post original = original(caller, postId);
		Forward forward = forwards.find(original.id())
			.orElseThrow(() -> new NotFoundException("messaging.forward.not-found", postId));
		return new Forwarded(forward, forwards.hops(original.id()));
	}

	/** Where the post of a thread stands on its way to a case, for anyone who reads the thread. */
	@Transactional(readOnly = true)
	public Optional<Forward> ofThread(Caller caller, long postId) {
		Post post = posts.find(postId, caller.accountId()).orElseThrow(() -> ChannelService.postNotFound(postId));
		channelService.readable(caller, post.channelId());
		return forwards.find(post.forwardOf() != null ? post.forwardOf() : post.id());
	}

	/** A forward with the hops it took. */
	public record Forwarded(Forward forward, List<Forward.Hop> hops) {
	}

	/** The forwarded posts in the caller's scope, in a state ({@code FORWARDED}, {@code FILED}, {@code CLOSED}) or all. */
	@Transactional(readOnly = true)
	public List<Forward> within(Caller caller, String state) {
		requireStaff(caller);
		String wanted = ChannelService.strip(state);
		if (wanted != null && !List.of("FORWARDED", "FILED", "CLOSED").contains(wanted.toUpperCase(Locale.ROOT))) {
			throw InvalidInputException.of("state", "messaging.forward.state-unknown", state);
		}
		return forwards.within(caller.scope().likePattern(), wanted == null ? null : wanted.toUpperCase(Locale.ROOT),
				500);
	}

	/** Post to case and post to closure over the posts written in {@code [from, to]} in the caller's scope. */
	@Transactional(readOnly = true)
	public ForwardFigures figures(Caller caller, LocalDate from, LocalDate to) {
		requireStaff(caller);
		ReportPeriod period = ReportPeriod.of(from, to, times.zone(), clock);
		return forwards.figures(caller.scope().likePattern(), period.from(), period.to());
	}

	/** The resident's post a post id stands for (a copy above names it), readable by the caller. */
	private Post original(Caller caller, long postId) {
		Post post = posts.find(postId, caller.accountId()).orElseThrow(() -> ChannelService.postNotFound(postId));
		channelService.readable(caller, post.channelId());
		requireStaff(caller);
		Post original = post.forwardOf() == null ? post
				: posts.find(post.forwardOf(), caller.accountId()).orElseThrow(() -> ChannelService.postNotFound(postId));
		if (original.parentId() != null || original.authorStaff() || !PostKinds.FORWARDABLE.contains(original.kind())) {
			throw ConflictException.on("postId", "messaging.forward.not-residents");
		}
		return original;
	}

	/** Staff act on a forward from a channel it reached that they are in by their post. */
	private static void requireAt(Caller caller, Channel origin, Channel at) {
		if (!ChannelAccess.byPost(caller, at) && !ChannelAccess.byPost(caller, origin)) {
			throw new NotPermittedException("messaging.forward.not-at-level");
		}
	}

	private static void requireStaff(Caller caller) {
		if (!caller.role().isStaff()) {
			throw new NotPermittedException("messaging.forward.staff-only");
		}
	}

	private NewCaseReport report(Caller caller, Channel origin, Post original, CaseRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		String description = ChannelService.strip(request.description());
		if (description != null && description.length() > 4000) {
			problems.add(FieldProblem.of("description", "messaging.forward.description-too-long", 4000));
		}
		if ((request.lat() == null) != (request.lng() == null)) {
			problems.add(FieldProblem.of(request.lat() == null ? "lat" : "lng", "messaging.forward.point-half"));
		}
		if (request.address() != null && request.address().length() > 200) {
			problems.add(FieldProblem.of("address", "messaging.forward.address-too-long", 200));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		NewCaseReport.Location location;
		if (request.lat() != null) {
			location = new NewCaseReport.Location(request.lat(), request.lng(), request.crs());
		}
		else {
			RegionDetail.Centroid centre = regions.detail(caller.scope(), RegionCode.of(origin.regionCode())).centroid();
			if (centre == null) {
				throw new InvalidInputException(List.of(FieldProblem.of("lat", "messaging.forward.point-required")));
			}
			location = new NewCaseReport.Location(centre.lat(), centre.lng(), null);
		}
		return new NewCaseReport(request.categoryCode().strip(), description != null ? description : original.body(),
				location, ChannelService.strip(request.address()) != null ? request.address().strip() : origin.name(),
				null, null);
	}

	/** A step posted back into the original thread, told live like any post. */
	void stepBack(Post original, Caller by, String step, String body, Instant at) {
		Channel channel = channels.find(original.channelId()).orElseThrow();
		channelService.write(channel, new StoredPosts.Row(channel.id(), 0, PostKind.CASE_STEP, original.id(),
				by == null ? null : by.accountId(), by == null ? words("messaging.forward.system") : by.displayName(),
				true, null, body, null, null, false, null, at, null, step), by == null ? null : by.accountId());
	}

	String words(String key, Object... args) {
		return messages.getMessage(key, args, WRITTEN_IN);
	}
}
