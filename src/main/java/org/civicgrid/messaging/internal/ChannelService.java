package org.civicgrid.messaging.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.civicgrid.messaging.PostKind;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.NotPermittedException;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.TooManyRequestsException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and writing channels: a caller's channels with their unread counts, a channel's stream, posting (the
 * channel's next sequence number, the post, the author's cursor and the live notification in one transaction),
 * reading up to a post, and confirming a notice or acknowledging an emergency. A channel the caller may not read is
 * answered as if it did not exist, unless they are staff whose scope simply does not reach it (403).
 */
@Service
public class ChannelService {

	/** The PostgreSQL notification channel every node listens on; the payload is {@code channel:seq}. */
	static final String NOTIFY = "civicgrid_messaging";

	private final StoredChannels channels;
	private final StoredPosts posts;
	private final StoredMembers members;
	private final MessagingSettings settings;
	private final Questions questions;
	private final ChannelRobots robots;
	private final JdbcClient jdbc;
	private final Clock clock;

	ChannelService(StoredChannels channels, StoredPosts posts, StoredMembers members, MessagingSettings settings,
			Questions questions, ChannelRobots robots, JdbcClient jdbc, Clock clock) {
		this.questions = questions;
		this.robots = robots;
		this.channels = channels;
		this.posts = posts;
		this.members = members;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The caller's channels, by level and code, with how many posts they have not read in each. */
	@Transactional(readOnly = true)
	public List<ChannelSummary> mine(Caller caller) {
		List<StoredChannels.Listed> listed = new ArrayList<>();
		Optional<RegionCode> post = RegionCode.parse(caller.regionCode());
		if (caller.role().isStaff() && post.isPresent()) {
			listed.addAll(channels.ofStaff(caller.accountId(), post.get(), caller.role() == Role.BUILDING_LEADER));
		}
		listed.addAll(channels.ofMember(caller.accountId()));
		return listed.stream().distinct().map(l -> new ChannelSummary(l.channel(), l.unread(), part(caller,
				l.channel()))).toList();
	}

	/** The channel if the caller may read it: a member, or staff whose scope covers it. */
	@Transactional(readOnly = true)
	public Channel readable(Caller caller, long id) {
		return access(caller, id).channel();
	}

	/** A channel the caller may read, with their confirmed membership if they joined it (read once). */
	private record Access(Channel channel, boolean member, Optional<Member> joined) {
	}

	private Access access(Caller caller, long id) {
		Channel channel = channels.find(id).orElseThrow(() -> notFound(id));
		Optional<Member> joined = members.find(channel.id(), caller.accountId()).filter(Member::active);
		boolean member = ChannelAccess.byPost(caller, channel) || joined.isPresent();
		if (!member) {
			if (!caller.role().isStaff()) {
				throw notFound(id);
			}
			caller.scope().require(channel.regionCode());
		}
		return new Access(channel, member, joined);
	}

	/** A channel the caller is a member of (not only reading it from above). */
	private Access memberOf(Caller caller, long id) {
		Access access = access(caller, id);
		if (!access.member()) {
			throw new NotPermittedException("messaging.post.not-member");
		}
		return access;
	}

	/** The caller's part: owner, moderator, member, or a supervisor reading from above (null: none). */
	public String part(Caller caller, Channel channel) {
		if (ChannelAccess.owns(caller, channel)) {
			return "OWNER";
		}
		if (ChannelAccess.moderatesByPost(caller, channel)) {
			return "MODERATOR";
		}
		if (ChannelAccess.byPost(caller, channel)) {
			return "MEMBER";
		}
		Optional<Member> m = members.find(channel.id(), caller.accountId()).filter(Member::active);
		if (m.isPresent()) {
			return m.get().role();
		}
		return ChannelAccess.supervises(caller, channel) ? "SUPERVISOR" : null;
	}

	boolean moderates(Caller caller, Channel channel) {
		String part = part(caller, channel);
		return "OWNER".equals(part) || "MODERATOR".equals(part);
	}

	/** A page of the channel's threads, newest first (pinned ones on top), before a sequence number. */
	@Transactional(readOnly = true)
	public List<Post> stream(Caller caller, long channelId, Long before, int limit) {
		Channel channel = readable(caller, channelId);
		return posts.page(channel.id(), caller.accountId(), before, Math.max(1, Math.min(limit, 100)));
	}

	/** What the caller missed in a channel since a sequence number, oldest first (for a reconnecting page). */
	@Transactional(readOnly = true)
	public List<Post> since(Caller caller, long channelId, long seq) {
		Channel channel = readable(caller, channelId);
		return posts.after(channel.id(), caller.accountId(), seq, settings.replayLimit());
	}

	/** A thread: its first post and the replies in order. */
	@Transactional(readOnly = true)
	public List<Post> thread(Caller caller, long postId) {
		Post first = posts.find(postId, caller.accountId()).orElseThrow(() -> postNotFound(postId));
		readable(caller, first.channelId());
		Post root = first.parentId() == null ? first
				: posts.find(first.parentId(), caller.accountId()).orElseThrow(() -> postNotFound(postId));
		List<Post> thread = new ArrayList<>();
		thread.add(root);
		thread.addAll(posts.replies(root.id(), caller.accountId()));
		return thread;
	}

	@Transactional(readOnly = true)
	public List<Post> search(Caller caller, long channelId, String words) {
		if (words == null || words.isBlank()) {
			throw new InvalidInputException(List.of(FieldProblem.of("q", "messaging.search.words-required")));
		}
		Channel channel = readable(caller, channelId);
		return posts.search(channel.id(), caller.accountId(), words.strip(), 50);
	}

	/** Posts into a channel the caller is a member of; see {@link NewPost}. */
	@Transactional
	public Post post(Caller caller, long channelId, NewPost input) {
		// staff whose scope covers a channel answer in its threads from above (a question risen to them)
		Access access = input.parentId() != null && caller.role().isStaff() ? access(caller, channelId)
				: memberOf(caller, channelId);
		Channel channel = access.channel();
		Instant now = clock.instant();
		access.joined().filter(m -> m.mutedAt(now)).ifPresent(m -> {
			throw ConflictException.on("body", "messaging.post.muted", m.mutedUntil());
		});
		PostKind kind = kindOf(caller, channel, input);
		if (posts.since(caller.accountId(), now.minus(settings.floodWindow())) >= settings.floodPosts()) {
			throw new TooManyRequestsException("body", "messaging.post.flood", settings.floodPosts(),
					settings.floodWindow().toSeconds());
		}
		Post post = write(channel, new StoredPosts.Row(channel.id(), 0, kind, input.parentId(), caller.accountId(),
				caller.displayName(), caller.role().isStaff(), strip(input.title()), input.body().strip(),
				strip(input.link()), strip(input.itemCode()), kind == PostKind.NOTICE
						&& Boolean.TRUE.equals(input.confirmRead()), null, now), caller.accountId());
		if (kind == PostKind.QUESTION && !caller.role().isStaff()) {
			questions.open(post, channel);
		}
		else if (kind == PostKind.REPLY && caller.role().isStaff()) {
			questions.replied(input.parentId(), caller.username(), now);
		}
		return post;
	}

	/** Writes a post at the channel's next place, moves the author's cursor there, and tells every node. */
	Post write(Channel channel, StoredPosts.Row row, Long author) {
		StoredChannels.Next next = channels.nextSeq(channel.id());
		long seq = next.seq();
		StoredPosts.Row placed = row.at(seq);
		long id = posts.insert(placed);
		if (author != null) {
			channels.read(author, channel.id(), seq);
		}
		tell(channel.id() + ":" + seq);
		// a new post has no replies or receipts yet: what was written is what it is, without reading it back
		Post post = new Post(id, placed.channelId(), seq, placed.kind(), placed.parentId(), placed.authorId(),
				placed.authorName(), placed.authorStaff(), placed.title(), placed.body(), placed.link(),
				placed.itemCode(), placed.confirmRead(), false, false, placed.at(), 0, 0, false, placed.forwardOf(),
				placed.caseStep());
		if (next.robot() != null) {
			robots.relay(channel, post, next.robot());
		}
		return post;
	}

	/** Tells every node at the transaction's commit (nothing when it rolls back): {@code channel:seq} or a drop. */
	void tell(String payload) {
		jdbc.sql("select pg_notify(:topic, :payload)").param("topic", NOTIFY).param("payload", payload)
			.query(Object.class).optional();
	}

	/** The caller has read the channel up to {@code seq}; answers what is left unread. */
	@Transactional
	public long read(Caller caller, long channelId, long seq) {
		Channel channel = readable(caller, channelId);
		channels.read(caller.accountId(), channel.id(), seq);
		return channels.unread(caller.accountId(), channel.id());
	}

	/** How many of the channel's posts the caller has not read. */
	@Transactional(readOnly = true)
	public long unread(Caller caller, Channel channel) {
		return channels.unread(caller.accountId(), channel.id());
	}

	/** Confirms a notice that asks for it or acknowledges an emergency, once. */
	@Transactional
	public Post confirm(Caller caller, long postId) {
		Post post = posts.find(postId, caller.accountId()).orElseThrow(() -> postNotFound(postId));
		memberOf(caller, post.channelId());
		if (!post.confirmRead() && post.kind() != PostKind.EMERGENCY) {
			throw ConflictException.on("postId", "messaging.confirm.not-asked");
		}
		posts.receipt(postId, caller.accountId(), clock.instant());
		return posts.find(postId, caller.accountId()).orElseThrow();
	}

	private PostKind kindOf(Caller caller, Channel channel, NewPost input) {
		List<FieldProblem> problems = new ArrayList<>();
		PostKind kind = null;
		if (input.parentId() != null) {
			Optional<Post> parent = posts.find(input.parentId(), caller.accountId());
			if (parent.isEmpty() || parent.get().channelId() != channel.id() || parent.get().parentId() != null) {
				problems.add(FieldProblem.of("parentId", "messaging.post.parent-unknown", input.parentId()));
			}
			kind = PostKind.REPLY;
		}
		else if (input.kind() == null || input.kind().isBlank()) {
			problems.add(FieldProblem.of("kind", "messaging.post.kind-required"));
		}
		else {
			kind = parse(input.kind());
			if (kind == null || kind == PostKind.REPLY || PostKinds.SYSTEM.contains(kind)) {
				problems.add(FieldProblem.of("kind", "messaging.post.kind-unknown", input.kind()));
				kind = null;
			}
			else if (!caller.role().isStaff() && !PostKinds.MEMBERS_MAY.contains(kind)) {
				problems.add(FieldProblem.of("kind", "messaging.post.kind-staff-only", input.kind()));
			}
			else if (kind == PostKind.EMERGENCY) {
				problems.add(FieldProblem.of("kind", "messaging.post.emergency-by-broadcast"));
			}
		}
		if (input.body() == null || input.body().isBlank()) {
			problems.add(FieldProblem.of("body", "messaging.post.body-required"));
		}
		else if (input.body().strip().length() > settings.maxBody()) {
			problems.add(FieldProblem.of("body", "messaging.post.body-too-long", settings.maxBody()));
		}
		if (input.title() != null && input.title().strip().length() > 100) {
			problems.add(FieldProblem.of("title", "messaging.post.title-too-long", 100));
		}
		if (input.link() != null && !input.link().isBlank() && !input.link().strip().matches("https?://\\S{1,500}")) {
			problems.add(FieldProblem.of("link", "messaging.post.link-invalid"));
		}
		if (kind == PostKind.APPOINTMENT
				&& (input.itemCode() == null || !input.itemCode().strip().matches("[A-Z]{2}\\d{3}"))) {
			problems.add(FieldProblem.of("itemCode", "messaging.post.item-required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return kind;
	}

	private static PostKind parse(String wire) {
		try {
			return PostKind.valueOf(wire.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	static String strip(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static NotFoundException notFound(long id) {
		return new NotFoundException("messaging.channel.not-found", id);
	}

	static NotFoundException postNotFound(long id) {
		return new NotFoundException("messaging.post.not-found", id);
	}
}
