package org.civicgrid.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese first, English second: every message exists in both languages. */
class MessageBundleTests {

	@Test
	void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Properties zh = load("i18n/messages.properties");
		Properties en = load("i18n/messages_en.properties");
		assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
	}

	@Test
	void noMessageIsBlank() throws IOException {
		for (String bundle : new String[] { "i18n/messages.properties", "i18n/messages_en.properties" }) {
			Properties p = load(bundle);
			assertThat(p.stringPropertyNames()).allSatisfy(key -> assertThat(p.getProperty(key)).as(bundle + " " + key).isNotBlank());
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties p = new Properties();
		try (var in = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
			p.load(in);
		}
		return p;
	}
}
