package org.civicgrid.registry.internal;

import java.util.ArrayList;
import java.util.List;

import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.CreditCode;
import org.civicgrid.registry.NewOrganisation;
import org.civicgrid.registry.Organisations;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Organisations and enterprises (单位组织) from a sheet, keyed by the unified social credit code (its check
 * character checked, GB 32100); upserted through {@link Organisations}, which encrypts the contact phone and keeps
 * the history. A blank cell keeps the stored value.
 */
@Component
@Order(4)
class OrganisationImportKind implements ImportKind<NewOrganisation> {

	private static final List<ImportColumn> COLUMNS = List.of(
			ImportColumn.required("统一社会信用代码", "creditCode", "91410105MA00000003", "信用代码", "社会信用代码"),
			ImportColumn.required("单位名称", "name", "如意湖便利店有限公司", "名称", "组织名称", "企业名称"),
			ImportColumn.required("网格编码", "gridCode", TemplateExamples.GRID, "网格代码", "所属网格编码"),
			ImportColumn.optional("单位类型", "type", "企业", "类型", "组织类型"),
			ImportColumn.optional("法定代表人", "legalRepresentative", "张三", "法人代表", "负责人"),
			ImportColumn.optional("联系电话", "contactPhone", "13812345678", "电话", "手机号码"),
			ImportColumn.optional("从业人数", "employees", "12", "员工人数", "职工人数"),
			ImportColumn.optional("地址", "address", "如意湖小区 3 号楼底商", "单位地址", "经营地址"));

	private final Organisations organisations;
	private final StoredOrganisations stored;
	private final RecordUpserts upserts;

	OrganisationImportKind(Organisations organisations, StoredOrganisations stored, RecordUpserts upserts) {
		this.organisations = organisations;
		this.stored = stored;
		this.upserts = upserts;
	}

	@Override
	public String name() {
		return "organisation";
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public NewOrganisation read(ImportRow row, ImportContext context) {
		List<FieldProblem> problems = new ArrayList<>();
		String code = null;
		try {
			code = CreditCode.parse(ImportCells.code(row.get("creditCode"))).value();
		}
		catch (InvalidInputException e) {
			e.errors().forEach(p -> problems.add(FieldProblem.of("creditCode", p.messageKey(), p.args())));
		}
		String name = ImportCells.text(row.get("name"));
		if (name == null) {
			problems.add(FieldProblem.of("name", "validation.required"));
		}
		String grid = ImportCells.code(row.get("gridCode"));
		if (grid == null) {
			problems.add(FieldProblem.of("gridCode", "validation.required"));
		}
		context.requireInScope(grid, "gridCode", "registry.import.out-of-scope", problems);
		Integer employees = ImportCells.integer(row.get("employees"), "employees", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewOrganisation(code, name, ImportCells.text(row.get("type")),
				ImportCells.text(row.get("legalRepresentative")), ImportCells.number(row.get("contactPhone")),
				employees, ImportCells.text(row.get("address")), grid);
	}

	@Override
	public String keyField() {
		return "creditCode";
	}

	@Override
	public String key(NewOrganisation command) {
		return command.creditCode();
	}

	@Override
	public List<RowOutcome> upsert(List<NewOrganisation> batch, ImportContext context) {
		return upserts.upsert(batch, keyField(),
				o -> organisations.upsert(context.caller(), withStored(o), ChangeSource.IMPORT));
	}

	/** The row with its blank cells filled from the stored organisation, if any. */
	private NewOrganisation withStored(NewOrganisation o) {
		return stored.findByCode(o.creditCode()).map(StoredOrganisations.Stored::data)
			.map(s -> new NewOrganisation(o.creditCode(), o.name(), ImportCells.keep(o.type(), s.type()),
					ImportCells.keep(o.legalRepresentative(), s.legalRepresentative()), ImportCells.keep(o.contactPhone(), s.contactPhone()),
					ImportCells.keep(o.employees(), s.employees()), ImportCells.keep(o.address(), s.address()), o.gridCode()))
			.orElse(o);
	}
}
