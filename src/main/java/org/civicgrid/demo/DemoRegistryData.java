package org.civicgrid.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.civicgrid.registry.Buildings;
import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.CreditCode;
import org.civicgrid.registry.HouseQuery;
import org.civicgrid.registry.Households;
import org.civicgrid.registry.Houses;
import org.civicgrid.registry.IdNumber;
import org.civicgrid.registry.NewBuildingRecord;
import org.civicgrid.registry.NewHouse;
import org.civicgrid.registry.NewHousehold;
import org.civicgrid.registry.NewHouseholdMember;
import org.civicgrid.registry.NewOrganisation;
import org.civicgrid.registry.NewPart;
import org.civicgrid.registry.NewPerson;
import org.civicgrid.registry.Occupancy;
import org.civicgrid.registry.Organisations;
import org.civicgrid.registry.PartState;
import org.civicgrid.registry.Parts;
import org.civicgrid.registry.People;
import org.civicgrid.registry.RegistryStatistics;
import org.civicgrid.registry.Sex;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.Role;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.stereotype.Component;

/**
 * The registry's demo data for the demo district, derived from the seed: for every building courtyard a record,
 * its houses (units × floors × 2 rooms, owner-occupied, rented or vacant), a household in each lived-in house with
 * one to four people, each given a name of their recorded sex ({@link ResidentNames}; a couple are a man and a
 * woman); two organisations, named as no other organisation of the load ({@link OrganisationNames}), and four parts
 * per grid. Everything goes through the registry's upserts with source IMPORT, as a street office's own sheets would,
 * so loading twice changes nothing.
 */
@Component
class DemoRegistryData {

	private static final Caller LOADER = new Caller(0, "demo", "演示数据", Role.ADMIN, "410105");

	/** Places of registered residence for ID numbers: demo people never collide with tests' 410105 numbers. */
	private static final String[] ORIGINS = { "410122", "410181", "411302", "412726" };
	private static final String[] ORIGIN_NAMES = { "河南省郑州市中牟县", "河南省巩义市", "河南省南阳市宛城区", "河南省周口市郸城县" };
	private static final String[] COMPANIES = { "郑州正商物业服务有限公司", "河南建业物业管理有限公司", "郑州绿地物业服务有限公司",
			"鑫苑物业服务集团郑州分公司" };
	private static final String[] EDUCATION = { "小学", "初中", "高中", "中专", "大专", "本科", "研究生" };
	private static final String[] WORK = { "在职", "个体经营", "退休", "灵活就业", "待业", "学生" };
	private static final String[][] ORGANISATIONS = { { "餐饮有限公司", "有限责任公司", "91" },
			{ "便民超市", "个体工商户", "92" }, { "社区养老服务中心", "社会服务机构", "52" }, { "科技有限公司", "有限责任公司", "91" },
			{ "五金建材商行", "个体工商户", "92" } };
	private static final String[][] PART_CLASSES = { { "0101", "上水井盖", "区水务局" }, { "0107", "路灯", "区路灯管理所" },
			{ "0302", "垃圾箱", "区环卫中心" }, { "0602", "监控摄像头", "公安派出所" } };
	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	private final People people;
	private final Buildings buildings;
	private final Houses houses;
	private final Households households;
	private final Organisations organisations;
	private final Parts parts;
	private final RegistryStatistics statistics;
	private final Clock clock;

	DemoRegistryData(People people, Buildings buildings, Houses houses, Households households,
			Organisations organisations, Parts parts, RegistryStatistics statistics, Clock clock) {
		this.people = people;
		this.buildings = buildings;
		this.houses = houses;
		this.households = households;
		this.organisations = organisations;
		this.parts = parts;
		this.statistics = statistics;
		this.clock = clock;
	}

	/** Whether the district's houses are there already. */
	boolean present(String streetCode) {
		return houses.search(LOADER, new HouseQuery(null, null, null, streetCode), new PageRequest(0, 1)).total() > 0;
	}

	/** Loads the data of one street (at district scale the other streets stay empty); returns the people count. */
	int load(List<DemoRegion> district, String street, long seed) {
		Set<String> usedIds = new HashSet<>();
		OrganisationNames organisationNames = new OrganisationNames();
		int registered = 0;
		int gridIndex = 0;
		for (DemoRegion region : district) {
			if (!region.code().startsWith(street)) {
				continue;
			}
			if (region.level() == RegionLevel.BUILDING) {
				registered += building(region, seed, usedIds);
			}
			else if (region.level() == RegionLevel.GRID) {
				organisationsAndParts(region, seed, gridIndex++, organisationNames);
			}
		}
		statistics.refreshRegionCounters();
		return registered;
	}

	private int building(DemoRegion b, long seed, Set<String> usedIds) {
		SplittableRandom r = new SplittableRandom(seed * 31 + b.code().hashCode());
		int floors = 4 + r.nextInt(3);
		int units = 2;
		String address = "郑州市金水区如意湖街道" + b.name();
		buildings.upsert(LOADER, new NewBuildingRecord(b.code(), address, floors, units,
				COMPANIES[r.nextInt(COMPANIES.length)], StaffNames.name(r)), ChangeSource.IMPORT);
		int registered = 0;
		for (int unit = 1; unit <= units; unit++) {
			for (int floor = 1; floor <= floors; floor++) {
				for (int room = 1; room <= 2; room++) {
					String roomNo = "%d%02d".formatted(floor, room);
					int roll = r.nextInt(100);
					Occupancy occupancy = roll < 65 ? Occupancy.OWNER_OCCUPIED : roll < 88 ? Occupancy.RENTED
							: Occupancy.VACANT;
					String houseAddress = address + unit + "单元" + roomNo;
					houses.upsert(LOADER, new NewHouse(b.code(), unit, floor, roomNo, occupancy,
							BigDecimal.valueOf(60 + r.nextInt(81)), "住宅", houseAddress), ChangeSource.IMPORT);
					if (occupancy != Occupancy.VACANT) {
						registered += household(b, unit, floor, roomNo, occupancy, houseAddress, r, usedIds);
					}
				}
			}
		}
		return registered;
	}

	private int household(DemoRegion b, int unit, int floor, String room, Occupancy occupancy, String address,
			SplittableRandom r, Set<String> usedIds) {
		String grid = b.code().substring(0, RegionLevel.GRID.codeLength());
		int size = 1 + r.nextInt(4);
		LocalDate today = LocalDate.now(clock);
		String surname = ResidentNames.surname(r);
		int headAge = size == 1 && r.nextInt(3) == 0 ? 70 + r.nextInt(18) : 28 + r.nextInt(45);
		Sex headSex = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
		String[] relations = { "户主", "配偶", "子女", "父母" };
		List<NewHouseholdMember> members = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			int age = switch (i) {
				case 0 -> headAge;
				case 1 -> Math.max(20, headAge - 3 + r.nextInt(7));
				case 2 -> Math.max(1, headAge - 24 - r.nextInt(8));
				default -> Math.min(99, headAge + 24 + r.nextInt(8));
			};
			Sex sex = switch (i) {
				case 0 -> headSex;
				case 1 -> headSex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
				default -> r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
			};
			// the spouse keeps their own surname; the given name is one of the person's recorded sex
			String name = (i == 1 ? ResidentNames.surname(r) : surname) + ResidentNames.given(sex, r);
			int origin = occupancy == Occupancy.RENTED ? 1 + r.nextInt(ORIGINS.length - 1) : 0;
			String id = idNumber(ORIGINS[origin], today.minusYears(age).minusDays(r.nextInt(365)), sex, r, usedIds,
					today);
			List<String> tags = new ArrayList<>();
			if (size == 1 && age >= 70) {
				tags.add("独居老人");
			}
			if (occupancy == Occupancy.RENTED) {
				tags.add("流动人口");
			}
			int special = r.nextInt(100);
			if (special < 3) {
				tags.add("残疾人");
			}
			else if (special < 6) {
				tags.add("低保");
			}
			else if (special < 8 && age > 25) {
				tags.add("退役军人");
			}
			people.upsert(LOADER, new NewPerson(name, null, id, i == 0 || r.nextInt(3) == 0 ? StaffNames.phone(r) : null,
					sex, null, r.nextInt(20) == 0 ? "回族" : "汉族",
					age < 7 ? null : EDUCATION[Math.min(EDUCATION.length - 1, r.nextInt(Math.max(1, age - 5)))],
					age >= 62 ? "退休" : age < 7 ? null : age < 18 ? "学生" : WORK[r.nextInt(WORK.length)],
					age >= 18 && r.nextInt(10) == 0 ? "中共党员" : "群众", ORIGIN_NAMES[origin], address,
					relations[i], tags, null, grid, b.code()), ChangeSource.IMPORT);
			members.add(new NewHouseholdMember(null, id, relations[i]));
		}
		households.upsert(LOADER, new NewHousehold(b.code() + "-" + unit + "-" + room, grid, b.code(), unit, floor,
				room, address, members), ChangeSource.IMPORT);
		return size;
	}

	private static String idNumber(String origin, LocalDate birth, Sex sex, SplittableRandom r, Set<String> used,
			LocalDate today) {
		while (true) {
			int sequence = r.nextInt(500) * 2 + (sex == Sex.MALE ? 1 : 0);
			String first17 = origin + birth.toString().replace("-", "") + "%03d".formatted(sequence);
			String id = IdNumber.complete(first17, today).value();
			if (used.add(id)) {
				return id;
			}
		}
	}

	private void organisationsAndParts(DemoRegion grid, long seed, int gridIndex, OrganisationNames names) {
		SplittableRandom r = new SplittableRandom(seed * 17 + grid.code().hashCode());
		for (NewOrganisation organisation : organisationsOf(grid, r, names)) {
			organisations.upsert(LOADER, organisation, ChangeSource.IMPORT);
		}
		for (int i = 0; i < PART_CLASSES.length; i++) {
			String[] kind = PART_CLASSES[i];
			Coordinate at = pointIn(grid.boundary(), r);
			parts.upsert(LOADER, new NewPart("410105" + kind[0] + "%06d".formatted(gridIndex * 10 + i + 1), kind[1],
					kind[2], kind[2], r.nextInt(10) == 0 ? PartState.DAMAGED : PartState.IN_USE, at.y, at.x,
					grid.code()), ChangeSource.IMPORT);
		}
	}

	/** The grid's two organisations, named by {@code names} (so never as another organisation of the load). */
	static List<NewOrganisation> organisationsOf(DemoRegion grid, SplittableRandom r, OrganisationNames names) {
		String place = grid.name().replaceAll("第.*", "").replace("网格", "");
		List<NewOrganisation> found = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			String[] kind = ORGANISATIONS[r.nextInt(ORGANISATIONS.length)];
			String subject = grid.code().substring(9) + "%03d".formatted(i);
			CreditCode code = CreditCode.complete(kind[2] + "410105" + subject);
			found.add(new NewOrganisation(code.value(), names.next(place, kind[0], r), kind[1], StaffNames.name(r),
					"0371-6" + "%07d".formatted(r.nextInt(10_000_000)), 3 + r.nextInt(60),
					"郑州市金水区如意湖街道" + grid.name() + (10 + r.nextInt(200)) + "号", grid.code()));
		}
		return found;
	}

	/** A point inside the boundary (x = lng, y = lat), rounded to 6 decimals. */
	private static Coordinate pointIn(Geometry boundary, SplittableRandom r) {
		Envelope e = boundary.getEnvelopeInternal();
		for (int tries = 0; tries < 30; tries++) {
			Coordinate c = new Coordinate(round(e.getMinX() + r.nextDouble() * e.getWidth()),
					round(e.getMinY() + r.nextDouble() * e.getHeight()));
			if (boundary.contains(GEOMETRY.createPoint(c))) {
				return c;
			}
		}
		Coordinate c = boundary.getInteriorPoint().getCoordinate();
		return new Coordinate(round(c.x), round(c.y));
	}

	private static double round(double v) {
		return Math.round(v * 1e6) / 1e6;
	}
}
