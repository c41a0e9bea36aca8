package org.civicgrid;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * CivicGrid (网格通): grid governance and convenience services for a street office.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class CivicGridApplication {

	public static void main(String[] args) {
		SpringApplication.run(CivicGridApplication.class, args);
	}
}
