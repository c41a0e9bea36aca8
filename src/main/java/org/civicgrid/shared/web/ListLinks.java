package org.civicgrid.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.civicgrid.shared.Sort;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a list page, built from the request the page answers so they keep every search value: the pager's
 * ({@link #paging}, without {@code page}) and each sortable header's ({@link #sortedBy}: the column's sort, back to
 * the first page). Pages call it as {@code ${@lists.paging()}}; {@code fragments/list.html} holds the header and the
 * hidden field that keeps the sort in the search form.
 */
@Component("lists")
public class ListLinks {

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

	private static UriComponentsBuilder here() {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(request.getRequestURI());
		return request.getQueryString() == null ? uri : uri.query(request.getQueryString());
	}
}
