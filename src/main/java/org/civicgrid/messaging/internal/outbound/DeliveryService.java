package org.civicgrid.messaging.internal.outbound;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.civicgrid.messaging.DeliveryState;
import org.civicgrid.messaging.Outbound;
import org.civicgrid.messaging.OutboundContent;
import org.civicgrid.messaging.OutboundReceipt;
import org.civicgrid.messaging.OutboundRecipient;
import org.civicgrid.messaging.OutboundRequest;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records outbound messages: checks the request, decides its first state (sent as soon as the worker comes by,
 * deferred to the end of the quiet hours, or skipped by the member's choice) and writes it once per message key,
 * recipient and channel; asked again, it answers the delivery already there.
 */
@Service
class DeliveryService implements Outbound {

	static final int MAX_KEY = 200;
	/** WeCom's limits on a robot message's content, in UTF-8 bytes. */
	static final int MAX_TEXT_BYTES = 2048;
	static final int MAX_MARKDOWN_BYTES = 4096;
	private static final Pattern TEMPLATE = Pattern.compile("[A-Za-z0-9_]{1,64}");
	private static final Pattern REGION = Pattern.compile("\\d{6,18}");

	private final StoredDeliveries deliveries;
	private final SmsPreferences preferences;
	private final QuietHours quiet;
	private final WeComSettings wecom;
	private final Clock clock;

	DeliveryService(StoredDeliveries deliveries, SmsPreferences preferences, QuietHours quiet, WeComSettings wecom,
			Clock clock) {
		this.deliveries = deliveries;
		this.preferences = preferences;
		this.quiet = quiet;
		this.wecom = wecom;
		this.clock = clock;
	}

	@Override
	@Transactional
	public OutboundReceipt send(OutboundRequest r) {
		ChannelKind channel = check(r);
		Instant now = clock.instant();
		Long personId = null;
		Long accountId = null;
		String robot = null;
		if (r.recipient() instanceof OutboundRecipient.Person p) {
			personId = p.personId();
			accountId = p.accountId();
		}
		else if (r.recipient() instanceof OutboundRecipient.Robot b) {
			robot = b.name();
		}
		DeliveryState state = DeliveryState.PENDING;
		Instant next = now;
		String note = null;
		if (channel == ChannelKind.SMS && !preferences.allows(accountId, r.kind())) {
			state = DeliveryState.SKIPPED;
			note = DeliveryWorker.NOT_BY_SMS;
		}
		else if (channel == ChannelKind.SMS && !r.kind().isEmergency() && quiet.isQuiet(now)) {
			state = DeliveryState.DEFERRED;
			next = quiet.endOf(now);
		}
		Delivery d = new Delivery(0, r.messageKey(), channel, r.recipient().key(), personId, accountId, robot,
				robot, rateKey(channel, robot), r.kind(), r.regionCode(), r.content(), state, 0, next, null, note, null,
				now, null);
		var id = deliveries.insert(d);
		if (id.isPresent()) {
			return new OutboundReceipt(id.get(), state, false);
		}
		Delivery earlier = deliveries.find(r.messageKey(), r.recipient().key(), channel).orElseThrow();
		return new OutboundReceipt(earlier.id(), earlier.state(), true);
	}

	/** SMS share one budget; WeCom counts each robot's messages, as it limits them. */
	static String rateKey(ChannelKind channel, String robot) {
		return channel == ChannelKind.SMS ? channel.name() : channel.name() + ":" + robot;
	}

	private ChannelKind check(OutboundRequest r) {
		List<FieldProblem> problems = new ArrayList<>();
		if (r.messageKey() == null || r.messageKey().isBlank()) {
			problems.add(FieldProblem.of("messageKey", "validation.required"));
		}
		else if (r.messageKey().length() > MAX_KEY) {
			problems.add(FieldProblem.of("messageKey", "validation.too-long", MAX_KEY));
		}
		if (r.kind() == null) {
			problems.add(FieldProblem.of("kind", "validation.required"));
		}
		if (r.regionCode() == null || !REGION.matcher(r.regionCode()).matches()) {
			problems.add(FieldProblem.of("regionCode", r.regionCode() == null ? "validation.required" : "validation.format"));
		}
		ChannelKind channel = null;
		if (r.recipient() == null) {
			problems.add(FieldProblem.of("recipient", "validation.required"));
		}
		if (r.content() == null) {
			problems.add(FieldProblem.of("content", "validation.required"));
		}
		else {
			if (r.content() instanceof OutboundContent.SmsTemplate s) {
				if (s.templateCode() == null || !TEMPLATE.matcher(s.templateCode()).matches()) {
					problems.add(FieldProblem.of("content.templateCode", "messaging.outbound.template-code"));
				}
				channel = ChannelKind.SMS;
			}
			else if (r.content() instanceof OutboundContent.RobotText t) {
				bytes(problems, "content.text", t.text(), MAX_TEXT_BYTES);
				channel = ChannelKind.WECOM_ROBOT;
			}
			else if (r.content() instanceof OutboundContent.RobotMarkdown m) {
				bytes(problems, "content.markdown", m.markdown(), MAX_MARKDOWN_BYTES);
				channel = ChannelKind.WECOM_ROBOT;
			}
		}
		if (channel != null && r.recipient() != null) {
			boolean fits = channel == ChannelKind.SMS ? r.recipient() instanceof OutboundRecipient.Person
					: r.recipient() instanceof OutboundRecipient.Robot;
			if (!fits) {
				problems.add(FieldProblem.of("content", "messaging.outbound.content-mismatch"));
			}
			else if (r.recipient() instanceof OutboundRecipient.Robot b && wecom.keyOf(b.name()).isEmpty()) {
				problems.add(FieldProblem.of("recipient.name", "messaging.outbound.robot-unknown", String.valueOf(b.name())));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return channel;
	}

	private static void bytes(List<FieldProblem> problems, String field, String text, int max) {
		if (text == null || text.isBlank()) {
			problems.add(FieldProblem.of(field, "validation.required"));
		}
		else if (text.getBytes(StandardCharsets.UTF_8).length > max) {
			problems.add(FieldProblem.of(field, "messaging.outbound.too-many-bytes", max));
		}
	}
}
