package org.civicgrid.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.civicgrid.registry.DocumentType;
import org.civicgrid.registry.NewPerson;
import org.civicgrid.registry.Sex;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.text.Normalize;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * People (人口) from a sheet: the template's columns begin 姓名, 证件号码, 联系电话, 网格编码; the rest are optional.
 * A row is checked as a registration would be ({@link PersonInput}), after undoing what Excel does to numbers
 * (a phone stored as a number, an Excel date serial), and must lie in the uploader's scope. The ID number is the
 * key: a person already registered is updated with the cells given (a blank cell keeps the stored value). A birth
 * date that contradicts an ID card number gives way to the number's, with a warning ({@link BirthDateFromIdNumber}).
 */
@Component
@Order(1)
class PersonImportKind implements ImportKind<PersonData> {

	private static final List<ImportColumn> COLUMNS = List.of(
			ImportColumn.required("姓名", "name", "张三"),
			ImportColumn.required("证件号码", "idNumber", TemplateExamples.HEAD_ID, "身份证号码", "身份证号", "公民身份号码"),
			ImportColumn.required("联系电话", "phone", "13712345678", "手机号码", "电话", "手机号"),
			ImportColumn.required("网格编码", "gridCode", TemplateExamples.GRID, "网格代码", "所属网格编码"),
			ImportColumn.optional("证件类型", "documentType", "居民身份证"),
			ImportColumn.optional("性别", "sex", "男"),
			ImportColumn.optional("出生日期", "birthDate", "1980-01-01"),
			ImportColumn.optional("民族", "ethnicity", "汉族"),
			ImportColumn.optional("户籍地址", "registeredResidence", "河南省郑州市金水区", "户籍地"),
			ImportColumn.optional("现住址", "actualResidence", TemplateExamples.ADDRESS, "现居住地址", "实际居住地址"),
			ImportColumn.optional("楼栋编码", "buildingCode", TemplateExamples.BUILDING, "楼栋代码"),
			ImportColumn.optional("与户主关系", "relationToHead", "户主"),
			ImportColumn.optional("政治面貌", "politicalStatus", "群众"),
			ImportColumn.optional("文化程度", "education", "高中"),
			ImportColumn.optional("就业状况", "employment", "在职"),
			ImportColumn.optional("标签", "tags", "退役军人", "人员标签"),
			ImportColumn.optional("备注", "notes", ""));

	/** The head's wife and son after him: the household template names all three (see {@link TemplateExamples}). */
	private static final List<List<String>> EXAMPLES = List.of(
			COLUMNS.stream().map(ImportColumn::example).toList(),
			ImportColumn.exampleWith(COLUMNS, Map.of("name", "李梅", "idNumber", TemplateExamples.SPOUSE_ID, "phone",
					"13712345679", "sex", "女", "birthDate", "1982-03-04", "relationToHead", "配偶", "education", "大专",
					"tags", "")),
			ImportColumn.exampleWith(COLUMNS, Map.of("name", "张小明", "idNumber", TemplateExamples.CHILD_ID, "phone", "",
					"birthDate", "2010-05-06", "relationToHead", "子女", "education", "初中", "employment", "学生",
					"tags", "")));

	private static final Map<String, DocumentType> DOCUMENT_TYPES = Map.ofEntries(
			Map.entry("居民身份证", DocumentType.ID_CARD), Map.entry("身份证", DocumentType.ID_CARD),
			Map.entry("护照", DocumentType.PASSPORT), Map.entry("港澳居民来往内地通行证", DocumentType.HK_MACAO_PERMIT),
			Map.entry("回乡证", DocumentType.HK_MACAO_PERMIT), Map.entry("台湾居民来往大陆通行证", DocumentType.TAIWAN_PERMIT),
			Map.entry("台胞证", DocumentType.TAIWAN_PERMIT),
			Map.entry("外国人永久居留身份证", DocumentType.FOREIGN_PERMANENT_RESIDENT),
			Map.entry("其他", DocumentType.OTHER), Map.entry("其他证件", DocumentType.OTHER));

	private static final Pattern TAG_SEPARATORS = Pattern.compile("[,;/、，；\\s]+");

	private final PersonInput input;
	private final PersonBatches batches;

	PersonImportKind(PersonInput input, PersonBatches batches) {
		this.input = input;
		this.batches = batches;
	}

	@Override
	public String name() {
		return "person";
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public List<List<String>> examples() {
		return EXAMPLES;
	}

	@Override
	public PersonData read(ImportRow row, ImportContext context) {
		List<FieldProblem> problems = new ArrayList<>();
		String idNumber = ImportCells.number(row.get("idNumber"));
		if (idNumber == null) {
			problems.add(FieldProblem.of("idNumber", "validation.required"));
		}
		String grid = Normalize.compact(row.get("gridCode"));
		context.requireInScope(grid, "gridCode", "registry.import.out-of-scope", problems);
		DocumentType type = documentType(row.get("documentType"), problems);
		Sex sex = sex(row.get("sex"), problems);
		LocalDate birth = BirthDateFromIdNumber.of(type, idNumber,
				ImportCells.date(row.get("birthDate"), "birthDate", problems), row);
		NewPerson person = new NewPerson(row.get("name"), type, idNumber, ImportCells.number(row.get("phone")), sex,
				birth, row.get("ethnicity"), row.get("education"), row.get("employment"), row.get("politicalStatus"),
				row.get("registeredResidence"), row.get("actualResidence"), row.get("relationToHead"),
				tags(row.get("tags")), row.get("notes"), grid, row.get("buildingCode"));
		PersonData data = null;
		try {
			data = input.check(person, context::regionExists);
		}
		catch (InvalidInputException e) {
			problems.addAll(e.errors());
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return data;
	}

	@Override
	public String keyField() {
		return "idNumber";
	}

	@Override
	public String key(PersonData person) {
		return person.documentType() + ":" + person.idNumber();
	}

	@Override
	public List<RowOutcome> upsert(List<PersonData> batch, ImportContext context) {
		return batches.upsert(batch, context);
	}

	private static DocumentType documentType(String raw, List<FieldProblem> problems) {
		String s = Normalize.compact(raw);
		if (s == null || s.isEmpty()) {
			return null;
		}
		DocumentType type = DOCUMENT_TYPES.get(s);
		if (type == null) {
			type = Arrays.stream(DocumentType.values()).filter(t -> t.name().equalsIgnoreCase(s)).findFirst().orElse(null);
		}
		if (type == null) {
			problems.add(FieldProblem.of("documentType", "registry.document.type-unknown", s));
		}
		return type;
	}

	private static Sex sex(String raw, List<FieldProblem> problems) {
		String s = Normalize.compact(raw);
		if (s == null || s.isEmpty()) {
			return null;
		}
		return switch (s.toUpperCase(Locale.ROOT)) {
			case "男", "男性", "M", "MALE" -> Sex.MALE;
			case "女", "女性", "F", "FEMALE" -> Sex.FEMALE;
			default -> {
				problems.add(FieldProblem.of("sex", "registry.import.sex"));
				yield null;
			}
		};
	}

	private static List<String> tags(String raw) {
		String s = Normalize.text(raw);
		if (s == null || s.isBlank()) {
			return List.of();
		}
		return Arrays.stream(TAG_SEPARATORS.split(s)).filter(t -> !t.isEmpty()).toList();
	}
}
