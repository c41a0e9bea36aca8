package org.civicgrid;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The habits of style.md that a machine can check. */
class ArchitectureTests {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.civicgrid");

	@Test
	void domainCodeDoesNotReachIntoTheWebLayer() {
		noClasses().that().resideOutsideOfPackage("..web..")
			.should().dependOnClassesThat().resideInAPackage("org.civicgrid.*.web..")
			.check(CLASSES);
	}

	@Test
	void repositoriesAreNotPublic() {
		classes().that().areAnnotatedWith(Repository.class)
			.should().notHaveModifier(JavaModifier.PUBLIC)
			.check(CLASSES);
	}

	@Test
	void controllersAreNotPublic() {
		classes().that().areAnnotatedWith(RestController.class)
			.should().notHaveModifier(JavaModifier.PUBLIC)
			.check(CLASSES);
	}

	@Test
	void timeComesFromTheInjectedClock() {
		noClasses().that().resideOutsideOfPackages("org.civicgrid.demo..", "org.civicgrid.shared..")
			.should().callMethod(java.time.Instant.class, "now")
			.orShould().callMethod(java.time.LocalDateTime.class, "now")
			.orShould().callMethod(java.time.LocalDate.class, "now")
			.check(CLASSES);
	}
}
