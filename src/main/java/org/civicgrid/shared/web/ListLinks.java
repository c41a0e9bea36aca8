package org.civicgrid.shared.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.civicgrid.shared.Sort;
import org.civicgrid.shared.SortColumns;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a list page, built from the request the page answers so they keep every search value: the pager's
 * ({@link #paging}, without {@code page}) and each sortable header's ({@link #sortedBy}: the column's sort, back to
 * the first page). Pages call it as {@code ${@lists.paging()}}; {@code fragments/list.html} holds the header and the
 * hidden field that keeps the sort in the search form.
 * <p>
 * A form in a row of the list posts the list as it stood ({@link #current}) as {@code list}
 * ({@code fragments/list :: kept}); the page shown again beside a refusal is that list, its links built from it, and
 * the controller reads its search from {@link #posted} and goes back to it with {@link #back}.
 */
@Component("lists")
public class ListLinks {

	/** The parameter a row's form posts the list it came from in. */
	public static final String LIST = "list";

	/** The list as it stands, without its page: what the pager adds {@code page=} to. */
	public String paging() {
		return here().replaceQueryParam("page").build().toUriString();
	}

	/**
	 * The list sorted by {@code field}: ascending, or the other way round when it is sorted by that field already.
	 */
	public String sortedBy(String field, Sort current) {
		Sort next = current != null && current.field().equals(field) ? current.reversed() : Sort.asc(field);
		return here().replaceQueryParam("page").replaceQueryParam("sort", next.wire()).build().toUriString();
	}

	/** The list as it stands, page and sort included: what a row's form posts as {@code list}. */
	public String current() {
		return here().build().toUriString();
	}

	/** The search, page and sort of a posted {@code list}; none for none or one not a path of this site. */
	public static Posted posted(String list) {
		MultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
		if (local(list)) {
			UriComponentsBuilder.fromUriString(list).build().getQueryParams().forEach((name, values) -> values
				.forEach(value -> decoded.add(decode(name), value == null ? "" : decode(value))));
		}
		return new Posted(decoded);
	}

	/** Where a row's form goes back to: the posted list when it is {@code path} with a search, else {@code path}. */
	public static String back(String list, String path) {
		return local(list) && (list.equals(path) || list.startsWith(path + "?")) ? list : path;
	}

	/** The list a form was posted from: its search values by parameter, its page and its sort. */
	public record Posted(MultiValueMap<String, String> query) {

		/** The value of one search parameter, or null. */
		public String value(String name) {
			return query.getFirst(name);
		}

		/** The page (from 0); the first for none or a malformed one. */
		public int page() {
			try {
				return Math.max(0, Integer.parseInt(query.getFirst("page")));
			}
			catch (NumberFormatException e) {
				return 0;
			}
		}

		/** The sort if the list knows it, else null (the list's own order). */
		public Sort sort(SortColumns sorts) {
			return sorts.known(query.getFirst("sort"));
		}
	}

	private static UriComponentsBuilder here() {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		String posted = request.getParameter(LIST);
		if ("POST".equals(request.getMethod()) && local(posted)) {
			return UriComponentsBuilder.fromUriString(posted);
		}
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(request.getRequestURI());
		return request.getQueryString() == null ? uri : uri.query(request.getQueryString());
	}

	/** A path on this site ({@code /admin/accounts?q=li}), never another host ({@code //evil}, {@code /\evil}). */
	private static boolean local(String list) {
		return list != null && list.length() > 1 && list.length() <= 2000 && list.charAt(0) == '/'
				&& list.charAt(1) != '/' && list.charAt(1) != '\\' && list.chars().noneMatch(c -> c < 0x20);
	}

	private static String decode(String s) {
		return URLDecoder.decode(s, StandardCharsets.UTF_8);
	}
}
