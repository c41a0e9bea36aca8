package org.civicgrid.demo;

import java.util.List;

import org.civicgrid.region.RegionDetail;
import org.civicgrid.region.Regions;
import org.civicgrid.registry.RegionStatistics;
import org.civicgrid.registry.RegistryStatistics;
import org.civicgrid.registry.Sex;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.shared.Role;
import org.civicgrid.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's demo data for one community (the test profile skips it at start-up): real-looking households,
 * houses, organisations and parts, loaded through the upserts, so a second load changes nothing; and the region
 * counters of the grid pages count them. In the database, every demo resident's given name is one of their
 * recorded sex, every couple is a man and a woman, and no two demo organisations share a name.
 */
@IntegrationTest
class DemoRegistryDataTests {

	static final String COMMUNITY = "410105560001";
	static final Caller COMMUNITY_STAFF = new Caller(-1, "community1", "社区", Role.COMMUNITY_STAFF, COMMUNITY);

	@Autowired
	DemoRegistryData data;

	@Autowired
	DemoSettings settings;

	@Autowired
	Regions regions;

	@Autowired
	RegistryStatistics statistics;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oneCommunityGetsHouseholdsHousesOrganisationsAndPartsAndASecondLoadChangesNothing() {
		List<DemoRegion> district = DemoDistrict.generate(settings.demoScale(), settings.seed(),
				code -> regions.officialName(RegionCode.of(code)));
		RegionStatistics before = statistics.of(COMMUNITY_STAFF, COMMUNITY);
		int people = data.load(district, COMMUNITY, settings.seed());

		RegionStatistics loaded = statistics.of(COMMUNITY_STAFF, COMMUNITY);
		long grids = district.stream().filter(r -> r.code().startsWith(COMMUNITY) && r.code().length() == 15).count();
		assertThat(people).isPositive();
		assertThat(loaded.population()).isGreaterThanOrEqualTo(before.population() + people);
		assertThat(loaded.households()).isGreaterThan(before.households());
		assertThat(loaded.houses().values().stream().mapToLong(Long::longValue).sum()).isPositive();
		// two organisations a grid, under the demo's codes (kind, 410105, grid, index); counted by code, since
		// another test class may have left an organisation of its own in the community
		assertThat(jdbc.sql("""
				select count(*) from organisation
				where grid_code like :community || '%' and credit_code ~ '^(91|92|52)410105[0-9]{9}.$'""")
			.param("community", COMMUNITY).query(Long.class).single()).isEqualTo(2 * grids);
		assertThat(loaded.organisations()).isGreaterThanOrEqualTo(2 * grids);
		// four parts a grid, numbered by the grid's place in the load: counted by code for the same reason
		assertThat(jdbc.sql("""
				select count(*) from part
				where grid_code like :community || '%' and substr(code, 1, 6) = '410105'
				  and cast(substr(code, 11) as int) between 1 and :last and cast(substr(code, 11) as int) % 10 between 1 and 4""")
			.param("community", COMMUNITY).param("last", (grids - 1) * 10 + 4).query(Long.class).single())
			.isEqualTo(4 * grids);
		assertThat(loaded.parts()).isGreaterThanOrEqualTo(4 * grids);
		assertThat(loaded.tags().get("流动人口")).isPositive();

		RegionDetail community = regions.detail(RegionScope.ALL, RegionCode.of(COMMUNITY));
		assertThat(community.population()).isEqualTo((int) loaded.population());
		assertThat(community.households()).isEqualTo((int) loaded.households());

		data.load(district, COMMUNITY, settings.seed());
		RegionStatistics again = statistics.of(COMMUNITY_STAFF, COMMUNITY);
		assertThat(again).isEqualTo(loaded);
		namesFitTheirSexAndOrganisationNamesAreUnique(grids);
	}

	/** The demo's rows: its residents live at 郑州市金水区如意湖街道…, its credit codes are digits after 410105. */
	private void namesFitTheirSexAndOrganisationNamesAreUnique(long grids) {
		String scope = COMMUNITY + "%";
		List<String[]> residents = jdbc.sql("""
				select name, sex from person where grid_code like :scope and actual_residence like '郑州市金水区如意湖街道%'""")
			.param("scope", scope).query((rs, i) -> new String[] { rs.getString(1), rs.getString(2) }).list();
		assertThat(residents).hasSizeGreaterThan(100).allSatisfy(p -> {
			Sex sex = Sex.valueOf(p[1]);
			assertThat(p[0].substring(1)).as(p[0] + " " + sex).isIn(ResidentNames.of(sex));
		});
		assertThat(residents.stream().map(p -> p[1]).distinct()).containsExactlyInAnyOrder("MALE", "FEMALE");
		long sameSexCouples = jdbc.sql("""
				select count(*) from household_member h join person hp on hp.id = h.person_id
				join household_member s on s.household_id = h.household_id and s.relation = '配偶'
				join person sp on sp.id = s.person_id
				where h.relation = '户主' and hp.grid_code like :scope and hp.sex = sp.sex
				  and hp.actual_residence like '郑州市金水区如意湖街道%'""").param("scope", scope).query(Long.class).single();
		assertThat(sameSexCouples).isZero();

		String demoCodes = "credit_code ~ '^(91|92|52)410105[0-9]{9}[0-9A-Z]$'";
		assertThat(jdbc.sql("select count(*) from organisation where grid_code like :scope and " + demoCodes)
			.param("scope", scope).query(Long.class).single()).isEqualTo(2 * grids);
		List<String> repeated = jdbc.sql("select name from organisation where grid_code like :scope and " + demoCodes
				+ " group by name having count(*) > 1").param("scope", scope).query(String.class).list();
		assertThat(repeated).isEmpty();
	}
}
