package org.civicgrid.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.civicgrid.services.ServiceCatalog;
import org.civicgrid.services.ServiceItemInput;
import org.civicgrid.shared.database.DatabaseSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo street's service catalog (民事一本通): 135 items of a Zhengzhou street's centre and community halls in
 * the seven kinds, including the 28 community certificate items, published through the catalog's own import path
 * on the first start. Items an admin has since changed are left as they are.
 */
@Component
@Order(1)
class DemoCatalog implements ApplicationRunner {

	static final String FILE = "demo/service-catalog.json";
	private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

	private final DemoSettings settings;
	private final DatabaseSettings database;
	private final ServiceCatalog catalog;
	private final JsonMapper json;

	DemoCatalog(DemoSettings settings, DatabaseSettings database, ServiceCatalog catalog, JsonMapper json) {
		this.settings = settings;
		this.database = database;
		this.catalog = catalog;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!settings.wanted(database) || catalog.publishedCount() > 0) {
			return;
		}
		int added = catalog.publishMissing(items(), "demo");
		log.info("Demo service catalog published: {} items", added);
	}

	List<ServiceItemInput> items() throws IOException {
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			return json.readValue(in, new TypeReference<List<ServiceItemInput>>() {
			});
		}
	}
}
