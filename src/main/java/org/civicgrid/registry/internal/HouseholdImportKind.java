package org.civicgrid.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.HouseView;
import org.civicgrid.registry.Households;
import org.civicgrid.registry.NewHousehold;
import org.civicgrid.registry.NewHouseholdMember;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.text.Normalize;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Households (户) from a sheet, keyed by the household number (户号); upserted through {@link Households}. The
 * house is named by building code, unit, floor and room and must exist (reported, not invented); members are
 * people already registered, named by ID number: the head in 户主证件号码, the others in 家庭成员 as
 * {@code 证件号码(关系)} separated by 、 or ；. A blank cell keeps the stored value (blank member cells keep the
 * stored members).
 */
@Component
@Order(2)
class HouseholdImportKind implements ImportKind<NewHousehold> {

	private static final List<ImportColumn> COLUMNS = List.of(
			ImportColumn.required("户号", "number", "RYH-0301-0502", "户编号", "户口编号"),
			ImportColumn.optional("网格编码", "gridCode", TemplateExamples.GRID, "网格代码", "所属网格编码"),
			ImportColumn.optional("楼栋编码", "buildingCode", TemplateExamples.BUILDING, "楼栋代码"),
			ImportColumn.optional("单元", "unit", TemplateExamples.UNIT, "单元号"),
			ImportColumn.optional("楼层", "floor", TemplateExamples.FLOOR, "层"),
			ImportColumn.optional("房号", "room", TemplateExamples.ROOM, "房间号", "门牌号"),
			ImportColumn.optional("户主证件号码", "headIdNumber", TemplateExamples.HEAD_ID, "户主身份证号码", "户主身份证号"),
			ImportColumn.optional("家庭成员", "members",
					TemplateExamples.SPOUSE_ID + "(配偶)、" + TemplateExamples.CHILD_ID + "(子女)", "成员", "户成员"),
			ImportColumn.optional("地址", "address", TemplateExamples.ADDRESS, "家庭住址", "住址"));

	/** One member: an ID number and the relation, as {@code 证件号码(关系)} or {@code 证件号码:关系}. */
	private static final Pattern MEMBER = Pattern.compile("([0-9A-Za-z]+)[:(]([^()]+)\\)?");
	private static final Pattern MEMBER_SEPARATORS = Pattern.compile("[、;,/\\s]+");

	private final Households households;
	private final StoredHouseholds stored;
	private final StoredHouses houses;
	private final RecordUpserts upserts;

	HouseholdImportKind(Households households, StoredHouseholds stored, StoredHouses houses, RecordUpserts upserts) {
		this.households = households;
		this.stored = stored;
		this.houses = houses;
		this.upserts = upserts;
	}

	@Override
	public String name() {
		return "household";
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public String label(String field) {
		return "house".equals(field) ? "房屋" : ImportKind.super.label(field);
	}

	@Override
	public NewHousehold read(ImportRow row, ImportContext context) {
		List<FieldProblem> problems = new ArrayList<>();
		String number = ImportCells.code(row.get("number"));
		if (number == null) {
			problems.add(FieldProblem.of("number", "validation.required"));
		}
		String grid = ImportCells.code(row.get("gridCode"));
		context.requireInScope(grid, "gridCode", "registry.import.out-of-scope", problems);
		String building = ImportCells.code(row.get("buildingCode"));
		context.requireInScope(building, "buildingCode", "registry.import.building-out-of-scope", problems);
		Integer unit = ImportCells.integer(row.get("unit"), "unit", problems);
		Integer floor = ImportCells.integer(row.get("floor"), "floor", problems);
		List<NewHouseholdMember> members = members(row, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewHousehold(number, grid, building, unit, floor, ImportCells.code(row.get("room")),
				ImportCells.text(row.get("address")), members);
	}

	/** The head and the members, or null when both cells are blank (the stored members stay). */
	private static List<NewHouseholdMember> members(ImportRow row, List<FieldProblem> problems) {
		String head = ImportCells.code(row.get("headIdNumber"));
		String others = Normalize.text(row.get("members"));
		if (head == null && (others == null || others.isEmpty())) {
			return null;
		}
		List<NewHouseholdMember> members = new ArrayList<>();
		if (head != null) {
			members.add(new NewHouseholdMember(null, head.toUpperCase(Locale.ROOT), HouseholdService.HEAD));
		}
		if (others != null && !others.isEmpty()) {
			String[] entries = MEMBER_SEPARATORS.split(others.replaceAll("\\s*([:(])\\s*", "$1"));
			for (String entry : entries) {
				if (entry.isEmpty()) {
					continue;
				}
				Matcher m = MEMBER.matcher(entry);
				if (!m.matches()) {
					problems.add(FieldProblem.of("members", "registry.import.member-format", members.size() + 1));
					continue;
				}
				members.add(new NewHouseholdMember(null, m.group(1).toUpperCase(Locale.ROOT), m.group(2)));
			}
		}
		return List.copyOf(members);
	}

	@Override
	public String keyField() {
		return "number";
	}

	@Override
	public String key(NewHousehold command) {
		return command.number();
	}

	@Override
	public List<RowOutcome> upsert(List<NewHousehold> batch, ImportContext context) {
		return upserts.upsert(batch, keyField(),
				h -> households.upsert(context.caller(), withStored(h), ChangeSource.IMPORT));
	}

	/** The row with its blank cells (house, grid, address, members) filled from the stored household, if any. */
	private NewHousehold withStored(NewHousehold h) {
		return stored.findByNumber(h.number()).map(s -> {
			boolean houseNamed = h.buildingCode() != null || h.unit() != null || h.floor() != null
					|| h.room() != null;
			HouseView house = houseNamed || s.houseId() == null ? null : houses.find(s.houseId()).orElse(null);
			List<NewHouseholdMember> members = h.members() != null ? h.members()
					: stored.members(s.id()).stream()
						.map(m -> new NewHouseholdMember(m.personId(), null, m.relation())).toList();
			return new NewHousehold(h.number(),
					h.gridCode() != null || houseNamed ? h.gridCode() : s.gridCode(),
					house == null ? h.buildingCode() : house.buildingCode(), house == null ? h.unit() : Integer.valueOf(house.unit()),
					house == null ? h.floor() : Integer.valueOf(house.floor()), house == null ? h.room() : house.room(),
					ImportCells.keep(h.address(), s.address()), members);
		}).orElse(h);
	}
}
