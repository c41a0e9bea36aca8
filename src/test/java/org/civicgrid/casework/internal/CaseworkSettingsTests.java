package org.civicgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.shared.time.CalendarSettings;
import org.civicgrid.shared.time.TimeLimit;
import org.civicgrid.shared.time.WorkingTimeCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The service promises, the 111 commitment and the escalation overrides come from application.yml. */
class CaseworkSettingsTests {

	@Test
	void bindsThePromisesOfApplicationYml() throws IOException {
		contextWithApplicationYml().run(context -> {
			CaseworkSettings settings = context.getBean(CaseworkSettings.class);

			assertThat(settings.slaProfiles()).containsExactly(new SlaProfile("15-30-24", TimeLimit.parse("15m"),
					TimeLimit.parse("30m"), TimeLimit.parse("24h")));
			assertThat(settings.commitment()).isEqualTo(
					new Commitment111(TimeLimit.parse("7d"), TimeLimit.parse("30d"), 1));
			assertThat(settings.escalationOverrides()).contains(new EscalationOverride("E04", AssigneeLevel.DEPARTMENT));
			assertThat(settings.catalog()).isEqualTo(CaseworkSettings.DEFAULT_CATALOG);

			CaseTimerSettings timers = context.getBean(CaseTimerSettings.class);
			assertThat(timers.enabled()).isTrue();
			assertThat(timers.scale()).isEqualTo(1.0);
			assertThat(timers.pollingInterval()).hasSeconds(5);
			assertThat(timers.escalateWhenOverdue()).containsExactly("E", "C");
			assertThat(context.getBean(EscalationPolicy.class).escalatesWhenOverdue("E0102")).isTrue();
		});
	}

	@Test
	void theRulesAreBeansAndTheCatalogIsCheckedAtStartUp() throws IOException {
		contextWithApplicationYml().run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(Catalog.class).find("E0102")).isPresent();
			assertThat(context.getBean(EscalationPolicy.class).nextLevel(AssigneeLevel.GRID, "E0401"))
				.contains(AssigneeLevel.DEPARTMENT);
		});
		contextWithApplicationYml().withPropertyValues("civicgrid.casework.catalog=classpath:nowhere.csv")
			.run(context -> assertThat(context).hasFailed());
	}

	@Test
	void defaultsWithoutConfiguration() {
		CaseworkSettings defaults = CaseworkSettings.defaults();

		assertThat(defaults.slaProfiles()).containsExactly(CaseworkSettings.HOTLINE);
		assertThat(defaults.commitment()).isEqualTo(Commitment111.DEFAULT);
		assertThat(defaults.escalationOverrides()).isEqualTo(List.of());
	}

	private static ApplicationContextRunner contextWithApplicationYml() throws IOException {
		List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("application.yml",
				new ClassPathResource("application.yml"));
		return new ApplicationContextRunner()
			.withInitializer(context -> yaml.forEach(context.getEnvironment().getPropertySources()::addLast))
			.withUserConfiguration(Wiring.class);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ CaseworkSettings.class, CaseTimerSettings.class })
	@Import({ CaseworkConfiguration.class, TimeLimitBinding.class })
	static class Wiring {

		@Bean
		WorkingTimeCalendar calendar() {
			return new WorkingTimeCalendar(CalendarSettings.defaults());
		}
	}
}
