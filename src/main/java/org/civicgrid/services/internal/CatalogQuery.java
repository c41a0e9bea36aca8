package org.civicgrid.services.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.PageRequest;

/**
 * A search of the published catalog: words (each must appear in the name, the conditions or a material's name,
 * or, typed in Latin letters, in the pinyin initials of the name: jzzm finds 居住证明), a category, a life event and
 * a page. Words longer than {@link #MAX_WORDS} characters in all are refused as parameter {@code q}.
 */
public record CatalogQuery(String words, ServiceCategory category, LifeEvent event, PageRequest page) {

	public static final int MAX_WORDS = 50;

	public CatalogQuery {
		words = words == null ? "" : words.strip();
		if (words.length() > MAX_WORDS) {
			throw InvalidInputException.of("q", "services.search.too-long", MAX_WORDS);
		}
		page = page == null ? PageRequest.of(0, 20) : page;
	}

	/** The words, lower case, at most five of them. */
	List<String> terms() {
		if (words.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(words.toLowerCase(Locale.ROOT).split("[\\s,，、;；]+"))
			.filter(t -> !t.isEmpty())
			.limit(5)
			.toList();
	}
}
