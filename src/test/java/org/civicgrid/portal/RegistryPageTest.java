package org.civicgrid.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.civicgrid.region.Regions;
import org.civicgrid.registry.Buildings;
import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.Households;
import org.civicgrid.registry.Houses;
import org.civicgrid.registry.IdNumber;
import org.civicgrid.registry.NewPerson;
import org.civicgrid.registry.Organisations;
import org.civicgrid.registry.People;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.Role;
import org.civicgrid.testing.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A page test of the registry in gridworker2's grid 410105560002001: the facades to register what the pages show
 * (as street staff), and ID numbers and names no other test in the JVM uses.
 */
abstract class RegistryPageTest extends BrowserTest {

	static final String GRID = "410105560002001";
	static final Caller STAFF = new Caller(-1, "dispatcher", "街道调度员", Role.STREET_STAFF, "410105560");
	static final Random RANDOM = new Random(System.nanoTime());

	@Autowired
	Regions regions;
	@Autowired
	Buildings buildings;
	@Autowired
	Houses houses;
	@Autowired
	Households households;
	@Autowired
	People people;
	@Autowired
	Organisations organisations;

	void register(String name, String id, String building) {
		people.register(STAFF, new NewPerson(name, null, id, null, null, null, "汉族", null, null, null, null,
				"测试院1单元502", null, List.of(), null, GRID, building), ChangeSource.HOME_VISIT);
	}

	static String idNumber(int year) {
		LocalDate birth = LocalDate.of(year, 1, 1).plusDays(RANDOM.nextInt(365));
		return IdNumber.complete("410108" + birth.toString().replace("-", "") + "%03d".formatted(RANDOM.nextInt(1000)),
				LocalDate.of(2026, 1, 1)).value();
	}

	/** Three characters for names and numbers. */
	static String suffix() {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < 3; i++) {
			s.append("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉".charAt(RANDOM.nextInt(20)));
		}
		return s.toString();
	}
}
