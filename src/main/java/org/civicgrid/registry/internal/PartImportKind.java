package org.civicgrid.registry.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.ComponentCode;
import org.civicgrid.registry.NewPart;
import org.civicgrid.registry.PartState;
import org.civicgrid.registry.Parts;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Infrastructure parts (部件) from a sheet, keyed by the 16-digit component code (county, big and small class,
 * serial, checked by {@link ComponentCode}); upserted through {@link Parts}. Without a grid code the grid is the one
 * the location lies in. A blank cell keeps the stored value.
 */
@Component
@Order(5)
class PartImportKind implements ImportKind<NewPart> {

	private static final List<ImportColumn> COLUMNS = List.of(
			ImportColumn.required("部件编码", "code", "4101050101000001", "部件代码", "编码"),
			ImportColumn.optional("部件名称", "name", "上水井盖", "名称"),
			ImportColumn.optional("网格编码", "gridCode", TemplateExamples.GRID, "网格代码", "所属网格编码"),
			ImportColumn.optional("权属单位", "ownerUnit", "金水区水务局", "主管单位", "产权单位"),
			ImportColumn.optional("养护单位", "maintainer", "郑州市自来水公司", "维护单位"),
			ImportColumn.optional("状态", "state", "正常", "部件状态"),
			ImportColumn.optional("纬度", "lat", "34.7800"),
			ImportColumn.optional("经度", "lng", "113.7000"));

	private static final Map<String, PartState> STATES = new LinkedHashMap<>();

	static {
		STATES.put("正常", PartState.IN_USE);
		STATES.put("在用", PartState.IN_USE);
		STATES.put("完好", PartState.IN_USE);
		STATES.put("损坏", PartState.DAMAGED);
		STATES.put("破损", PartState.DAMAGED);
		STATES.put("丢失", PartState.LOST);
		STATES.put("已拆除", PartState.REMOVED);
		STATES.put("拆除", PartState.REMOVED);
	}

	private final Parts parts;
	private final StoredParts stored;
	private final RecordUpserts upserts;

	PartImportKind(Parts parts, StoredParts stored, RecordUpserts upserts) {
		this.parts = parts;
		this.stored = stored;
		this.upserts = upserts;
	}

	/** The Chinese label a sheet uses for the state (正常, 损坏, 丢失, 已拆除). */
	static String label(PartState state) {
		return ImportCells.label(STATES, state);
	}

	@Override
	public String name() {
		return "part";
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public NewPart read(ImportRow row, ImportContext context) {
		List<FieldProblem> problems = new ArrayList<>();
		String code = null;
		try {
			code = ComponentCode.parse(ImportCells.code(row.get("code"))).value();
		}
		catch (InvalidInputException e) {
			e.errors().forEach(p -> problems.add(FieldProblem.of("code", p.messageKey(), p.args())));
		}
		String grid = ImportCells.code(row.get("gridCode"));
		context.requireInScope(grid, "gridCode", "registry.import.out-of-scope", problems);
		PartState state = ImportCells.choice(row.get("state"), "state", STATES, PartState.class, problems);
		Double lat = ImportCells.coordinate(row.get("lat"), "lat", problems);
		Double lng = ImportCells.coordinate(row.get("lng"), "lng", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewPart(code, ImportCells.text(row.get("name")), ImportCells.text(row.get("ownerUnit")),
				ImportCells.text(row.get("maintainer")), state, lat, lng, grid);
	}

	@Override
	public String keyField() {
		return "code";
	}

	@Override
	public String key(NewPart command) {
		return command.code();
	}

	@Override
	public List<RowOutcome> upsert(List<NewPart> batch, ImportContext context) {
		return upserts.upsert(batch, keyField(),
				p -> parts.upsert(context.caller(), withStored(p), ChangeSource.IMPORT));
	}

	/**
	 * The row with its blank cells filled from the stored part. The location goes as a pair; a grid is kept only
	 * when the row names neither a grid nor a location (a new location finds its own grid).
	 */
	private NewPart withStored(NewPart p) {
		return stored.findByCode(p.code()).map(s -> {
			boolean located = p.lat() != null || p.lng() != null;
			return new NewPart(p.code(), ImportCells.keep(p.name(), s.name()),
					ImportCells.keep(p.ownerUnit(), s.ownerUnit()), ImportCells.keep(p.maintainer(), s.maintainer()),
					ImportCells.keep(p.state(), s.state()), located ? p.lat() : s.lat(), located ? p.lng() : s.lng(),
					p.gridCode() != null || located ? p.gridCode() : s.gridCode());
		}).orElse(p);
	}
}
