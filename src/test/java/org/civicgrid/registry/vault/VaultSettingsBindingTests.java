package org.civicgrid.registry.vault;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped application.yml gives a working demo vault, and the environment replaces it as documented there. */
class VaultSettingsBindingTests {

	private static VaultSettings bind(Map<String, Object> environment) throws IOException {
		StandardEnvironment env = new StandardEnvironment();
		MutablePropertySources sources = env.getPropertySources();
		sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		sources.addFirst(new SystemEnvironmentPropertySource("test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
		List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("application.yml",
				new ClassPathResource("application.yml"));
		yaml.forEach(sources::addLast);
		ConfigurationPropertySources.attach(env);
		return Binder.get(env).bind("civicgrid.registry.vault", VaultSettings.class).get();
	}

	@Test
	void theShippedDefaultsMakeAWorkingDemoVault() throws IOException {
		VaultSettings settings = bind(Map.of());
		assertThat(settings.activeKeyId()).isEqualTo("demo1");
		assertThat(settings.usesDemoKey()).isTrue();
		PersonalDataVault vault = new PersonalDataVault(settings);
		assertThat(vault.open(vault.seal("13812345678"))).isEqualTo("13812345678");
	}

	@Test
	void productionReplacesTheKeysThroughTheEnvironment() throws IOException {
		VaultSettings settings = bind(Map.of(
				"CIVICGRID_VAULT_ACTIVE_KEY_ID", "k2026",
				"CIVICGRID_REGISTRY_VAULT_KEYS_K2026", VaultKeys.K2,
				"CIVICGRID_VAULT_HASH_KEY", VaultKeys.HASH_KEY,
				"CIVICGRID_VAULT_DEMO_KEY", ""));
		assertThat(settings.activeKeyId()).isEqualTo("k2026");
		assertThat(settings.keys()).containsOnlyKeys("k2026");
		assertThat(settings.hashKey()).isEqualTo(VaultKeys.HASH_KEY);
		assertThat(settings.usesDemoKey()).isFalse();
	}
}
