package org.civicgrid.identity.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicgrid.shared.time.Times;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit trail in words for the audit page ({@code @auditWords} in templates). The trail stores what happened
 * as codes and short English notes written by each module ({@code LOGIN_FAILED}; wrong password; role
 * STREET_STAFF with its region; locked until an instant in UTC), so that it reads the same
 * whatever language a reader uses; the page turns the codes into the reader's words: each action through
 * {@code audit.action.*}, each known phrase of a note through {@code audit.word.*}, roles through {@code role.*},
 * other constants through {@code audit.value.*}, and instants into the configured zone. What a person wrote (a
 * reason) stays as written. Public, since SpEL calls it from templates.
 */
@Component("auditWords")
public class AuditWords {

	/** The phrases modules write into notes, longest first so that a longer phrase wins over a word in it. */
	private static final List<String> PHRASES = List.of("values under other keys", "no sufficient reason",
			"changed meanwhile", "wrong password", "unknown user", "locked until", "active key", "unreadable",
			"resealed", "filters", "enabled", "reason", "region", "state", "total", "rows", "role")
		.stream()
		.sorted(Comparator.comparingInt(String::length).reversed())
		.toList();
	private static final Pattern TOKENS = Pattern.compile(String.join("|",
			"\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z", "\\b[A-Z][A-Z0-9_]{2,}\\b", "\\b(?:true|false)\\b",
			PHRASES.stream().map(p -> "\\b" + Pattern.quote(p) + "\\b").reduce((a, b) -> a + "|" + b).orElseThrow()));

	private final MessageSource messages;
	private final Times times;

	AuditWords(MessageSource messages, Times times) {
		this.messages = messages;
		this.times = times;
	}

	/** The action in words, or its code when no bundle names it (a module added one and forgot the words). */
	public String action(String code, Locale locale) {
		return code == null ? "" : messages.getMessage("audit.action." + code, null, code, locale);
	}

	/** The note with every code, known phrase and instant in the reader's words. */
	public String detail(String note, Locale locale) {
		if (note == null || note.isBlank()) {
			return "";
		}
		Matcher m = TOKENS.matcher(note);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(word(m.group(), locale)));
		}
		m.appendTail(out);
		return out.toString();
	}

	private String word(String token, Locale locale) {
		if (Character.isDigit(token.charAt(0))) {
			try {
				return times.second(Instant.parse(token));
			}
			catch (DateTimeParseException e) {
				return token;
			}
		}
		if (token.equals("true") || token.equals("false")) {
			return messages.getMessage("audit.value." + token, null, token, locale);
		}
		if (Character.isUpperCase(token.charAt(0))) {
			String role = messages.getMessage("role." + token, null, null, locale);
			return role != null ? role : messages.getMessage("audit.value." + token, null, token, locale);
		}
		return messages.getMessage("audit.word." + token.replace(' ', '-'), null, token, locale);
	}
}
