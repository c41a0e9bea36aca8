package org.civicgrid.messaging.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.messaging.internal.Question;
import org.civicgrid.messaging.internal.QuestionFigures;
import org.civicgrid.messaging.internal.QuestionService;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/messaging")
@Tag(name = "messaging-questions", description = "政策咨询 on the answer clock: respond in 15 and reply in 30 minutes "
		+ "(office minutes by default), coloured; unanswered questions rise to the channel above")
class QuestionApiController {

	private final QuestionService questions;

	QuestionApiController(QuestionService questions) {
		this.questions = questions;
	}

	@GetMapping("/posts/{id}/question")
	@Operation(summary = "The answer clock of a question, for whoever reads its thread; 404 when the post is no question")
	Question one(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return questions.readable(caller, id)
			.orElseThrow(() -> new NotFoundException("messaging.question.not-found", id));
	}

	@PostMapping("/posts/{id}/claim")
	@Operation(summary = "Staff take a question up (响应), stopping its yellow; the reply is a reply in the thread. "
			+ "409 once replied to")
	Question claim(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return questions.claim(caller, id);
	}

	@GetMapping("/questions")
	@Operation(summary = "Questions asked in the caller's scope: open ones (the default) red first, then yellow and "
			+ "green by their reply time; colour RED, YELLOW, GREEN or ANSWERED narrows them")
	List<Question> within(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String colour,
			@RequestParam(defaultValue = "true") boolean open) {
		return questions.within(caller, colour, open);
	}

	@GetMapping("/questions/figures")
	@Operation(summary = "Asked, replied, replied within the commitment, open by colour, minutes to reply (median, "
			+ "90th percentile) over the questions asked in a period (the last 30 days by default)")
	QuestionFigures figures(@AuthenticationPrincipal Caller caller,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return questions.figures(caller, from, to);
	}
}
