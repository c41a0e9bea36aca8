package org.civicgrid.inbox.web;

import java.util.Locale;

import org.civicgrid.inbox.InboxMessage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Words a stored message in the reader's language: its key and every {@code #key} argument from the bundles. */
@Component
class MessageText {

	private final MessageSource messages;

	MessageText(MessageSource messages) {
		this.messages = messages;
	}

	String of(InboxMessage message, Locale locale) {
		Object[] args = message.args().stream().map(arg -> term(arg, locale)).toArray();
		return messages.getMessage(message.key(), args, message.key(), locale);
	}

	InboxMessageView view(InboxMessage message, Locale locale) {
		return new InboxMessageView(message.id(), message.caseId(), message.caseNumber(), message.key(),
				message.args(), of(message, locale), message.read(), message.createdAt(), message.readAt());
	}

	private String term(String arg, Locale locale) {
		if (arg != null && arg.startsWith("#") && arg.length() > 1) {
			return messages.getMessage(arg.substring(1), null, arg.substring(1), locale);
		}
		return arg;
	}
}
