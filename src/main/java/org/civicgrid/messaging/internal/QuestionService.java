package org.civicgrid.messaging.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.NotPermittedException;
import org.civicgrid.shared.time.Times;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' questions on the answer clock, for staff: claim one (respond), the list of the caller's scope by
 * colour, one question's clock, and the figures. Replying is posting a reply in the thread ({@link ChannelService}).
 */
@Service
@Transactional
public class QuestionService {

	static final List<String> COLOURS = List.of("RED", "YELLOW", "GREEN", "ANSWERED");

	private final Questions questions;
	private final StoredPosts posts;
	private final ChannelService channels;
	private final Times times;
	private final Clock clock;

	QuestionService(Questions questions, StoredPosts posts, ChannelService channels, Times times, Clock clock) {
		this.questions = questions;
		this.posts = posts;
		this.channels = channels;
		this.times = times;
		this.clock = clock;
	}

	/** Staff take the question up (响应): it is no longer yellow; 409 once it was replied to. */
	public Question claim(Caller caller, long postId) {
		requireStaff(caller);
		Question question = readable(caller, postId)
			.orElseThrow(() -> new NotFoundException("messaging.question.not-found", postId));
		if (!questions.responded(question.postId(), caller.username(), clock.instant())) {
			throw ConflictException.on("postId", "messaging.question.answered", question.repliedBy());
		}
		return questions.find(question.postId(), clock.instant()).orElseThrow();
	}

	/** The question of a thread, if it is one, for whoever reads the thread. */
	@Transactional(readOnly = true)
	public Optional<Question> readable(Caller caller, long postId) {
		Post post = posts.find(postId, caller.accountId()).orElseThrow(() -> ChannelService.postNotFound(postId));
		channels.readable(caller, post.channelId());
		return questions.find(post.forwardOf() != null ? post.forwardOf() : post.id(), clock.instant());
	}

	/** The questions asked in the caller's scope: open ones by urgency, or all; a colour narrows them. */
	@Transactional(readOnly = true)
	public List<Question> within(Caller caller, String colour, boolean open) {
		requireStaff(caller);
		String wanted = colour == null || colour.isBlank() ? null : colour.strip().toUpperCase(Locale.ROOT);
		if (wanted != null && !COLOURS.contains(wanted)) {
			throw InvalidInputException.of("colour", "messaging.question.colour-unknown", colour);
		}
		return questions.within(caller.scope().likePattern(), wanted, open, clock.instant(), 500);
	}

	@Transactional(readOnly = true)
	public QuestionFigures figures(Caller caller, LocalDate from, LocalDate to) {
		requireStaff(caller);
		ReportPeriod period = ReportPeriod.of(from, to, times.zone(), clock);
		return questions.figures(caller.scope().likePattern(), period.from(), period.to(), clock.instant());
	}

	private static void requireStaff(Caller caller) {
		if (!caller.role().isStaff()) {
			throw new NotPermittedException("messaging.question.staff-only");
		}
	}
}
