package org.civicgrid.registry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.civicgrid.testing.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People the registry tests register: ID numbers and phones no other test in the JVM uses (one database per
 * JVM), check characters computed by {@link IdNumbers}, independently of the code under test.
 */
final class PeopleFixtures {

	static final String PATH = "/api/v1/registry/people";

	/** A grid of community 410105560001, gridworker1's; gridworker2 works in 410105560002001. */
	static final String GRID = "410105560001001";

	private static final Random RANDOM = new Random(System.nanoTime());
	private static final Set<String> USED = ConcurrentHashMap.newKeySet();

	private PeopleFixtures() {
	}

	/** A valid ID number of someone born in 金水区 (410105) between 1940 and 2000, never handed out before. */
	static String idNumber() {
		while (true) {
			String id = IdNumbers.withCheck("410105" + birthDate() + "%03d".formatted(RANDOM.nextInt(1000)));
			if (USED.add(id)) {
				return id;
			}
		}
	}

	/** A fresh valid ID number ending in {@code 123X}, masked as {@code 410105********123X}. */
	static String idNumberEnding123X() {
		while (true) {
			String id = IdNumbers.withCheck("410105" + birthDate() + "123");
			if (id.endsWith("X") && USED.add(id)) {
				return id;
			}
		}
	}

	/** A fresh mobile number {@code 138xxxx5678}. */
	static String mobileEnding5678() {
		while (true) {
			String phone = "138%04d5678".formatted(RANDOM.nextInt(10000));
			if (USED.add(phone)) {
				return phone;
			}
		}
	}

	static String mobile() {
		while (true) {
			String phone = "139%08d".formatted(RANDOM.nextInt(100_000_000));
			if (USED.add(phone)) {
				return phone;
			}
		}
	}

	private static String birthDate() {
		return LocalDate.of(1940, 1, 1).plusDays(RANDOM.nextInt(60 * 365)).toString().replace("-", "");
	}

	/** The body of a registration with the usual fields, to adjust per test. */
	static Map<String, Object> person(String name, String idNumber, String phone, String grid, String... tags) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("idNumber", idNumber);
		body.put("phone", phone);
		body.put("ethnicity", "汉族");
		body.put("education", "高中");
		body.put("politicalStatus", "群众");
		body.put("registeredResidence", "河南省郑州市金水区如意湖街道");
		body.put("actualResidence", "如意湖小区 3 号楼 2 单元 501");
		body.put("relationToHead", "户主");
		body.put("tags", List.of(tags));
		body.put("notes", "入户走访登记");
		body.put("gridCode", grid);
		return body;
	}

	/** Registers as {@code who} and returns the new person's id; fails the test unless answered 201. */
	static long register(Api who, Map<String, Object> body) {
		var r = who.post(PATH + "?source=HOME_VISIT", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asLong();
	}
}
