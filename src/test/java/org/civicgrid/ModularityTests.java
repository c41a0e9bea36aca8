package org.civicgrid;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The modules keep to their boundaries; the diagram in docs/modules is written from the code. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(CivicGridApplication.class);

	@Test
	void modulesKeepToTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void foundationModulesAreThere() {
		assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
			.contains("shared", "identity", "region", "demo", "portal");
	}

	@Test
	void writesTheModuleDiagram() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
