package org.civicgrid.open311.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.civicgrid.casework.CaseUpdate;
import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.ExternalCases;
import org.civicgrid.casework.ExternalQuery;
import org.civicgrid.open311.ApiKeyView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * FixMyStreet's GET servicerequestupdates: the steps of every case's trace in the span (default the last 90 days,
 * at most 1000), as FixMyStreet's back ends answer it (docs/open311.md, "FixMyStreet updates"):
 * <ul>
 * <li>the report itself is not an update (the site has it as its report);</li>
 * <li>an update the calling key posted comes back under the {@code update_id} its post answered, so FixMyStreet
 * recognises its own comment by that external id and skips it (GetServiceRequestUpdates.pm,
 * {@code process_requests}), and any other client sees what became of what it sent;</li>
 * <li>updates other systems posted are left out: FixMyStreet files every fetched update as the body's own words
 * (UpdatesBase.pm, {@code _comment_for_update} with the body's comment user), so one site's public comment would
 * read on another as the street office's answer.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class UpdateFeed {

	private final ExternalCases cases;
	private final RequestLinks links;
	private final Open311Settings settings;
	private final Wording wording;
	private final Clock clock;

	UpdateFeed(ExternalCases cases, RequestLinks links, Open311Settings settings, Wording wording, Clock clock) {
		this.cases = cases;
		this.links = links;
		this.settings = settings;
		this.wording = wording;
		this.clock = clock;
	}

	public List<Map<String, Object>> updates(ApiKeyView key, Params params, Locale locale) {
		DateSpan span = DateSpan.of(params, clock);
		List<CaseUpdate> updates = cases.updates(span.start(), span.end(), ExternalQuery.MAX_LIMIT);
		List<Long> caseIds = updates.stream().map(CaseUpdate::caseId).distinct().toList();
		Set<Long> unpublished = unpublished(caseIds);
		Set<String> postedByCaller = links.postedWith(key.id(), caseIds);
		List<Map<String, Object>> documents = new ArrayList<>();
		for (CaseUpdate u : updates) {
			String updateId = u.caseId() + "-" + u.seq();
			if (u.seq() == 1 || (relayed(u) && !postedByCaller.contains(updateId))) {
				continue;
			}
			Map<String, Object> d = new LinkedHashMap<>();
			d.put("update_id", updateId);
			d.put("service_request_id", String.valueOf(u.caseId()));
			d.put("status", StatusMapping.open311(u.status()));
			d.put("external_status_code", u.status().name());
			d.put("updated_datetime", wording.w3c(u.at()));
			String statusName = wording.status(u.status(), locale);
			boolean withNote = u.note() != null && !u.note().isBlank() && !unpublished.contains(u.caseId());
			d.put("description", withNote ? statusName + "：" + u.note() : statusName);
			d.put("media_url", "");
			if (params.flag("extensions")) {
				d.put("extended_attributes", Map.of("fixmystreet_status", StatusMapping.fixMyStreet(u.status()),
						"action", u.action() == null ? "" : u.action()));
			}
			documents.add(d);
		}
		return documents;
	}

	/** A remark another system posted through Open311 (steps of staff carry an action). */
	private static boolean relayed(CaseUpdate u) {
		return u.action() == null && u.actor() != null && u.actor().startsWith(GeoReportIntake.SOURCE_PREFIX);
	}

	/** Which of these cases lie in unpublished categories, whose notes stay inside. */
	private Set<Long> unpublished(List<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return Set.of();
		}
		return cases.list(new ExternalQuery(caseIds, null, Set.of(), null, null), 0, ExternalQuery.MAX_LIMIT)
			.items()
			.stream()
			.filter(c -> !settings.published(c.categoryCode()))
			.map(CaseView::id)
			.collect(Collectors.toSet());
	}
}
