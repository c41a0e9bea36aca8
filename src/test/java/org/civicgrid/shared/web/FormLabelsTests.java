package org.civicgrid.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.metadata.PropertyDescriptor;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Every form a page declares ({@code static final PageForm} in the application's classes) has a label, in Chinese
 * and in English, for every field validation can report on it: the fields it names and every constrained property
 * of the record it is checked as. So no summary and no message falls back to a path such as
 * {@code assignee.unitCode}.
 */
class FormLabelsTests {

	private static final Map<String, PageForm> FORMS = declaredForms();

	@Test
	void thePagesDeclareTheirForms() {
		assertThat(FORMS.keySet()).contains("AccountPages.NEW_ACCOUNT", "AccountPages.ACCOUNT_CHANGE",
				"AccountPages.PASSWORD_RESET", "Open311KeyPages.ISSUE_KEY", "CategoryPages.CATEGORY",
				"CategoryPages.CATEGORY_IMPORT", "IndicatorPages.PERIOD", "PeoplePages.NEW_PERSON", "PersonPages.REVEAL",
				"ImportPages.UPLOAD", "ResidentRatePages.RATE");
	}

	@Test
	void everyFieldOfEveryFormHasALabelInBothBundles() throws IOException {
		Properties zh = load("i18n/messages.properties");
		Properties en = load("i18n/messages_en.properties");
		FORMS.forEach((name, form) -> {
			assertThat(form.fields()).as(name).isNotEmpty();
			form.labels().forEach((field, key) -> {
				assertThat(zh.getProperty(key)).as(name + " " + field + " (" + key + ") in zh-CN").isNotBlank();
				assertThat(en.getProperty(key)).as(name + " " + field + " (" + key + ") in English").isNotBlank();
				assertThat(zh.getProperty(key)).as(name + " " + field + ": a label, not a path").doesNotMatch(".*\\b[a-z]+\\.[a-zA-Z]+\\b.*");
			});
		});
	}

	@Test
	void everyPropertyTheValidatorChecksIsAFieldOfTheForm() {
		var validator = Validation.buildDefaultValidatorFactory().getValidator();
		FORMS.forEach((name, form) -> {
			if (form.input() != null) {
				var checked = validator.getConstraintsForClass(form.input()).getConstrainedProperties().stream()
					.map(PropertyDescriptor::getPropertyName).collect(Collectors.toSet());
				assertThat(form.fields()).as(name + " checks " + form.input().getSimpleName()).containsAll(checked);
			}
		});
	}

	private static Map<String, PageForm> declaredForms() {
		Map<String, PageForm> forms = new TreeMap<>();
		var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.civicgrid");
		for (JavaClass type : classes) {
			for (Field field : type.reflect().getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers()) && field.getType() == PageForm.class) {
					try {
						field.setAccessible(true);
						forms.put(type.getSimpleName() + "." + field.getName(), (PageForm) field.get(null));
					}
					catch (IllegalAccessException e) {
						throw new AssertionError(e);
					}
				}
			}
		}
		return forms;
	}

	private static Properties load(String resource) throws IOException {
		Properties p = new Properties();
		try (var in = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
			p.load(in);
		}
		return p;
	}
}
