package org.civicgrid.messaging.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.civicgrid.messaging.PostKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The kinds of posts in the reader's language, for the page's script to label posts that arrive live. */
@Component("messagingKinds")
public class KindWords {

	private final MessageSource messages;

	KindWords(MessageSource messages) {
		this.messages = messages;
	}

	/** Each kind's name ({@code QUESTION}) to its words ({@code 政策咨询}). */
	public Map<String, String> words(Locale locale) {
		Map<String, String> words = new LinkedHashMap<>();
		for (PostKind kind : PostKind.values()) {
			words.put(kind.name(), messages.getMessage("messaging.kind." + kind.wire(), null, kind.wire(), locale));
		}
		return words;
	}
}
