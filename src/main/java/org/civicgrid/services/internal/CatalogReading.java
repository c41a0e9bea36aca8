package org.civicgrid.services.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.Paged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog as residents and staff read it: searches of the published items, one item's published version with
 * the day it would be done by if taken today, and the counts per category. Anyone may read it, without an account.
 */
@Service
@Transactional(readOnly = true)
public class CatalogReading {

	private final StoredItems items;
	private final CatalogQueries queries;
	private final PromisedDate promised;
	private final NoticePdf notices;

	CatalogReading(StoredItems items, CatalogQueries queries, PromisedDate promised, NoticePdf notices) {
		this.items = items;
		this.queries = queries;
		this.promised = promised;
		this.notices = notices;
	}

	/** The 一次性告知单 PDF of the published item, its QR code opening {@code itemUrl}; 404 when not published. */
	public byte[] notice(String code, String itemUrl, Locale locale) {
		PublishedItem p = published(code);
		return notices.render(p.item(), p.version().version(), p.promisedBy(), itemUrl, promised.today(), locale);
	}

	public Paged<ItemSummary> search(CatalogQuery query) {
		return queries.search(query);
	}

	/** The version residents read, or 404 for a code the catalog does not publish. */
	public PublishedItem published(String code) {
		ItemVersion version = items.published(code)
			.orElseThrow(() -> new NotFoundException("services.item.not-found", code));
		return new PublishedItem(version, promised.ifTakenToday(version.item().timeLimitDays()));
	}

	/**
	 * The published item alone, without the day it would be done by, for a check such as a booking's: read in the
	 * caller's transaction when there is one and without one of its own otherwise (one round trip, no begin and
	 * commit around it); empty for a code the catalog does not publish.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<ServiceItem> publishedItem(String code) {
		return items.published(code).map(ItemVersion::item);
	}

	public Map<ServiceCategory, Long> countsByCategory() {
		return queries.countsByCategory();
	}

	/** Every published item in code order (an export, the halls' pickers). */
	public List<ServiceItem> allPublished() {
		return items.allPublished();
	}

	/** The published catalog as an Excel workbook (sheets 事项, 材料, 步骤) that an import reads back. */
	public byte[] workbook() {
		return CatalogSheets.write(items.allPublished());
	}

	/** A published item and the day a hall taking it today promises it by ({@code promisedBy}). */
	public record PublishedItem(ItemVersion version, LocalDate promisedBy) {

		public ServiceItem item() {
			return version.item();
		}
	}
}
