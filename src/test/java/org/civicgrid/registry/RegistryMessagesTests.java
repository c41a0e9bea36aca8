package org.civicgrid.registry;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message key the registry throws is in the Chinese bundle and in the English one. */
class RegistryMessagesTests {

	private static final Pattern KEY = Pattern.compile("\"(registry\\.[a-z0-9.-]+)\"");

	@Test
	void everyKeyTheRegistryUsesIsInBothBundles() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/civicgrid/registry"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = KEY.matcher(Files.readString(file));
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		assertThat(used).hasSizeGreaterThan(20);
		assertThat(bundle("i18n/messages.properties").stringPropertyNames()).containsAll(used);
		assertThat(bundle("i18n/messages_en.properties").stringPropertyNames()).containsAll(used);
	}

	private static Properties bundle(String name) throws IOException {
		Properties p = new Properties();
		try (var in = RegistryMessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}
}
