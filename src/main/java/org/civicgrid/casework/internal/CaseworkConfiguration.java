package org.civicgrid.casework.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.civicgrid.registry.vault.SealedColumn;
import org.civicgrid.shared.time.WorkingTimeCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Casework's rules as beans; the catalog is read and checked at start-up, so a broken file stops the start. */
@Configuration(proxyBeanMethods = false)
class CaseworkConfiguration {

	@Bean
	Catalog catalog(CaseworkSettings settings, ResourceLoader resources) {
		Resource file = resources.getResource(settings.catalog());
		try {
			return new Catalog(CatalogReader.read(file.getInputStream(), settings.catalog()));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot open the catalog " + settings.catalog(), e);
		}
	}

	/** The reporter's contact, sealed by the registry's vault: a key rotation reseals it with the registry's values. */
	@Bean
	SealedColumn reporterContactColumn() {
		return new SealedColumn("event_case", "reporter_contact_sealed", List.of("id"));
	}

	@Bean
	DeadlinePolicy deadlinePolicy(WorkingTimeCalendar calendar) {
		return new DeadlinePolicy(calendar);
	}

	@Bean
	EscalationPolicy escalationPolicy(CaseworkSettings settings, Catalog catalog, CaseTimerSettings timers) {
		return new EscalationPolicy(settings.escalationOverrides(), catalog::escalationOf, timers.escalateWhenOverdue());
	}

	@Bean
	CaseStages caseStages(DeadlinePolicy deadlines, CaseworkSettings settings) {
		return new CaseStages(deadlines, settings.slaProfiles().get(0).respond());
	}

	@Bean
	CaseActionPolicy caseActionPolicy() {
		return new CaseActionPolicy();
	}

	@Bean
	OnTheSpotHandlingPolicy onTheSpotHandlingPolicy() {
		return new OnTheSpotHandlingPolicy();
	}
}
