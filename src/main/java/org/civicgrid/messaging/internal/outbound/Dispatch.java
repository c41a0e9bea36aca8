package org.civicgrid.messaging.internal.outbound;

import java.util.List;

import org.civicgrid.messaging.OutboundContent;
import org.civicgrid.shared.masking.Masking;

/**
 * One message on its way out, with what was opened for it just now: the phone of an SMS's person, the key of a
 * robot and the phones a robot's text mentions. Lives only while it is sent; its {@code toString} masks them all.
 */
public record Dispatch(long deliveryId, String phone, String robotKey, OutboundContent content,
		List<String> mentionPhones) {

	public Dispatch {
		mentionPhones = mentionPhones == null ? List.of() : List.copyOf(mentionPhones);
	}

	static Dispatch sms(long deliveryId, String phone, OutboundContent content) {
		return new Dispatch(deliveryId, phone, null, content, List.of());
	}

	static Dispatch robot(long deliveryId, String robotKey, OutboundContent content, List<String> mentionPhones) {
		return new Dispatch(deliveryId, null, robotKey, content, mentionPhones);
	}

	/** A provider's words with anything opened for this message masked, fit for a log line or the stored error. */
	String scrub(String text) {
		if (text == null) {
			return null;
		}
		String out = text;
		if (phone != null) {
			out = out.replace(phone, Masking.phone(phone));
		}
		for (String p : mentionPhones) {
			out = out.replace(p, Masking.phone(p));
		}
		if (robotKey != null && !robotKey.isEmpty()) {
			out = out.replace(robotKey, "(key)");
		}
		return out;
	}

	@Override
	public String toString() {
		return "Dispatch[deliveryId=" + deliveryId + ", phone=" + Masking.phone(phone) + ", robotKey="
				+ (robotKey == null ? null : "(key)") + ", mentions=" + mentionPhones.stream().map(Masking::phone).toList()
				+ "]";
	}
}
