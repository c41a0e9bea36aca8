package org.civicgrid.registry.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.region.RegionImports;
import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.NewPerson;
import org.civicgrid.registry.People;
import org.civicgrid.registry.PersonChange;
import org.civicgrid.registry.PersonQuery;
import org.civicgrid.registry.PersonView;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.shared.Role;
import org.civicgrid.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Name search on street keys finds exactly what a plain substring test of the name finds, in id order, with the
 * same capped totals: for fragments of one, two, three and more characters, in a district of two streets (惠济区,
 * 410108, its own so no other test's people interfere), in each street, a community and a grid, and for a person
 * moved from one street to the other. The expected answers come from {@code strpos(name, text) > 0} and the grid
 * prefix, independently of the keys.
 */
@IntegrationTest
class PeopleNameSearchTests {

	static final String DISTRICT = "410108";
	static final String STREET_1 = "410108001";
	static final String STREET_2 = "410108002";
	static final String COMMUNITY_1 = STREET_1 + "001";
	static final String GRID_1A = COMMUNITY_1 + "001";
	static final String GRID_1B = COMMUNITY_1 + "002";
	static final String GRID_1C = STREET_1 + "002001";
	static final String GRID_2A = STREET_2 + "001001";

	/** Registered once per JVM: names sharing characters and pairs across the grids of both streets. */
	static final Map<String, List<String>> NAMES = new LinkedHashMap<>();
	static {
		NAMES.put(GRID_1A, List.of("王小明", "王明", "小王", "王王王", "王娜红", "欧阳明月", "王", "李小红"));
		NAMES.put(GRID_1B, List.of("明小王", "王娜娜红", "王小明", "张红", "王小"));
		NAMES.put(GRID_1C, List.of("王明", "红", "李红", "王娜红", "小明王"));
		NAMES.put(GRID_2A, List.of("王小明", "王娜红", "欧阳明", "王王", "李小红", "明"));
	}

	static final List<String> TEXTS = List.of("王", "明", "红", "娜", "移", "王小", "小王", "娜红", "王王", "钱钱",
			"王小明", "王娜红", "王王王", "欧阳明", "欧阳明月", "王娜娜红", "明王", "小明王");

	static Long moved;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Identifiers identifiers;

	@Autowired
	RegionImports regionImports;

	@Autowired
	People people;

	@Autowired
	PersonReader reader;

	@BeforeEach
	void aDistrictOfTwoStreetsWithItsPeople() {
		synchronized (PeopleNameSearchTests.class) {
			if (moved != null) {
				return;
			}
			regionImports.importCollection(RegionScope.ALL, new JsonMapper().valueToTree(regions()));
			Caller admin = staffOf(DISTRICT);
			NAMES.forEach((grid, names) -> names.forEach(name -> register(admin, name, grid)));
			long id = register(admin, "王移明", GRID_1A);
			people.update(admin, id, new PersonChange(null, null, null, null, null, null, null, null, null, null, null,
					null, null, null, null, GRID_2A, null, null), ChangeSource.COUNTER);
			moved = id;
		}
	}

	@Test
	void everyScopeAndFragmentFindsWhatTheSubstringFindsInIdOrder() {
		for (String scope : List.of(DISTRICT, STREET_1, STREET_2, COMMUNITY_1, GRID_1B)) {
			for (String text : TEXTS) {
				PersonQuery query = new PersonQuery(text, null, null, null, null);
				assertThat(ids(searchAll(staffOf(scope), query))).as("%s in %s", text, scope)
					.isEqualTo(expected(scope, text));
			}
		}
	}

	@Test
	void aRegionAskedForNarrowsTheScopeLikeThePrefixDid() {
		Caller district = staffOf(DISTRICT);
		for (String region : List.of(STREET_2, COMMUNITY_1, GRID_1A)) {
			for (String text : TEXTS) {
				assertThat(ids(searchAll(district, new PersonQuery(text, null, null, null, region))))
					.as("%s in region %s", text, region).isEqualTo(expected(region, text));
			}
		}
		assertThat(searchAll(staffOf(STREET_1), new PersonQuery("王", null, null, null, STREET_2)).items()).isEmpty();
		assertThat(searchAll(staffOf("410105"), new PersonQuery("王", null, null, null, null)).items())
			.noneMatch(p -> p.gridCode().startsWith(DISTRICT));
	}

	@Test
	void pagesAndCappedTotalsAreThoseOfTheSubstringWhetherSortedOrReadInIdOrder() {
		assertThat(expected(DISTRICT, "王")).hasSizeGreaterThan(10);
		assertThat(expected(GRID_1A, "明")).hasSizeLessThan(5);
		for (long few : new long[] { StoredPeople.FEW_MATCHES, 0 }) {
			StoredPeople cappedAtFive = new StoredPeople(jdbc, identifiers, 5, few);
			for (String scope : List.of(DISTRICT, STREET_1, COMMUNITY_1, GRID_1A)) {
				for (String text : List.of("王", "明", "王小", "王娜红", "小明王", "钱钱")) {
					List<Long> all = expected(scope, text);
					for (int page = 0; page * 2 <= all.size() + 2; page++) {
						Paged<StoredPerson> found = cappedAtFive.search(
								reader.criteria(staffOf(scope), new PersonQuery(text, null, null, null, null)),
								new PageRequest(page, 2));
						String what = text + " in " + scope + ", page " + page + ", few " + few;
						assertThat(found.items().stream().map(StoredPerson::id).toList()).as(what)
							.isEqualTo(all.subList(Math.min(all.size(), page * 2), Math.min(all.size(), page * 2 + 2)));
						assertThat(found.total()).as(what).isEqualTo(Math.min(all.size(), 5));
						assertThat(found.totalCapped()).as(what).isEqualTo(all.size() > 5);
					}
				}
			}
		}
	}

	@Test
	void aPersonMovedToAnotherStreetIsFoundThereOnly() {
		PersonQuery moving = new PersonQuery("移", null, null, null, null);
		assertThat(ids(searchAll(staffOf(STREET_2), moving))).containsExactly(moved);
		assertThat(ids(searchAll(staffOf(DISTRICT), moving))).containsExactly(moved);
		assertThat(searchAll(staffOf(STREET_1), moving).items()).isEmpty();
		assertThat(searchAll(staffOf(GRID_1A), new PersonQuery("王移明", null, null, null, null)).items()).isEmpty();
		assertThat(jdbc.sql("select name_grams from person where id = :id").param("id", moved)
			.query((rs, i) -> List.of((String[]) rs.getArray(1).getArray())).single())
			.containsExactlyInAnyOrder(STREET_2 + ":王", STREET_2 + ":王移", STREET_2 + ":移", STREET_2 + ":移明",
					STREET_2 + ":明");
	}

	private Paged<PersonView> searchAll(Caller caller, PersonQuery query) {
		return people.search(caller, query, new PageRequest(0, 500));
	}

	/** Today's answer without the keys: the grid prefix and a plain substring test, in id order. */
	private List<Long> expected(String prefix, String text) {
		return jdbc.sql("select id from person where grid_code like :p and strpos(name, :t) > 0 order by id")
			.param("p", prefix + "%").param("t", text).query(Long.class).list();
	}

	private static List<Long> ids(Paged<PersonView> page) {
		return page.items().stream().map(PersonView::id).toList();
	}

	private long register(Caller caller, String name, String grid) {
		return people.register(caller, new NewPerson(name, null, null, null, null, null, null, null, null, null, null,
				null, null, List.of(), null, grid, null), ChangeSource.COUNTER).id();
	}

	private static Caller staffOf(String region) {
		return new Caller(-1, "admin", "管理员", Role.ADMIN, region);
	}

	private static Map<String, Object> regions() {
		List<Object> features = new ArrayList<>();
		features.add(feature(DISTRICT, "惠济区"));
		features.add(feature(STREET_1, "新城街道"));
		features.add(feature(STREET_2, "刘寨街道"));
		features.add(feature(COMMUNITY_1, "测试一社区"));
		features.add(feature(STREET_1 + "002", "测试二社区"));
		features.add(feature(STREET_2 + "001", "测试三社区"));
		for (String grid : List.of(GRID_1A, GRID_1B, GRID_1C, GRID_2A)) {
			features.add(feature(grid, "测试网格" + grid.substring(9)));
		}
		return Map.of("type", "FeatureCollection", "features", features);
	}

	private static Map<String, Object> feature(String code, String name) {
		Map<String, Object> feature = new LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("properties", Map.of("code", code, "name", name));
		feature.put("geometry", null);
		return feature;
	}
}
