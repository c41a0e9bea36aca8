package org.civicgrid.demo;

import java.util.List;
import java.util.Optional;

import org.civicgrid.identity.AccountManagement;
import org.civicgrid.identity.NewAccount;
import org.civicgrid.region.RegionImports;
import org.civicgrid.region.Regions;
import org.civicgrid.region.StaffDuty;
import org.civicgrid.region.StaffMember;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.database.DatabaseSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads 如意湖街道 and the demo accounts on first start, when the settings allow it. Everything goes through
 * the same import and account paths a street office uses.
 */
@Component
@org.springframework.core.annotation.Order(0) // before DemoDepartments, which attaches the handler
class DemoLoader implements ApplicationRunner {

	static final String PASSWORD = "civicgrid-demo";
	private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

	private final DemoSettings settings;
	private final DatabaseSettings database;
	private final Regions regions;
	private final RegionImports imports;
	private final AccountManagement accounts;
	private final JsonMapper json;
	private final DemoRegistryData registryData;

	DemoLoader(DemoSettings settings, DatabaseSettings database, Regions regions, RegionImports imports,
			AccountManagement accounts, JsonMapper json, DemoRegistryData registryData) {
		this.registryData = registryData;
		this.settings = settings;
		this.database = database;
		this.regions = regions;
		this.imports = imports;
		this.accounts = accounts;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean wanted = settings.wanted(database);
		if (wanted && !regions.exists(RegionCode.of(DemoScale.RUYIHU.districtCode() + "560"))) {
			load();
		}
		String street = DemoScale.RUYIHU.districtCode() + "560";
		if (wanted && settings.registry() && !registryData.present(street)) {
			long started = System.nanoTime();
			var district = DemoDistrict.generate(settings.demoScale(), settings.seed(), this::officialName);
			int people = registryData.load(district, street, settings.seed());
			log.info("Demo registry loaded: {} people with their households, houses and buildings, in {} ms", people,
					(System.nanoTime() - started) / 1_000_000);
		}
	}

	private Optional<String> officialName(String code) {
		return regions.officialName(RegionCode.of(code));
	}

	void load() {
		long started = System.nanoTime();
		var district = DemoDistrict.generate(settings.demoScale(), settings.seed(), this::officialName);
		imports.importCollection(RegionScope.ALL, json.valueToTree(DemoDistrict.featureCollection(district)));
		String worker1 = gridWorkerOf(district, "410105560001001");
		String worker2 = gridWorkerOf(district, "410105560002001");
		for (NewAccount account : List.of(
				account("admin", "系统管理员", Role.ADMIN, "410105"),
				account("leader", "街道领导", Role.LEADER, "410105560"),
				account("dispatcher", "街道调度员", Role.STREET_STAFF, "410105560"),
				account("supervisor", "街道督查员", Role.SUPERVISOR, "410105560"),
				account("community1", "社区工作者", Role.COMMUNITY_STAFF, "410105560001"),
				account("gridworker1", worker1, Role.GRID_WORKER, "410105560001001"),
				account("gridworker2", worker2, Role.GRID_WORKER, "410105560002001"),
				account("handler", "城管局办件员", Role.DEPARTMENT_HANDLER, "410105"),
				account("resident1", "居民张女士", Role.RESIDENT, "410105560001"),
				account("volunteer1", "志愿者李先生", Role.VOLUNTEER, "410105560001"))) {
			accounts.createIfAbsent(account);
		}
		log.info("Demo district loaded ({}): {} regions, 10 accounts, in {} ms", settings.scale(), district.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	private static String gridWorkerOf(List<DemoRegion> district, String gridCode) {
		return district.stream()
			.filter(r -> r.code().equals(gridCode))
			.flatMap(r -> r.staff().stream())
			.filter(s -> s.duty() == StaffDuty.GRID_WORKER)
			.map(StaffMember::name)
			.findFirst()
			.orElse("网格员");
	}

	private static NewAccount account(String username, String name, Role role, String region) {
		return new NewAccount(username, name, PASSWORD, role, region);
	}
}
