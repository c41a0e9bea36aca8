package org.civicgrid.registry.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Stream;

import org.civicgrid.registry.HouseQuery;
import org.civicgrid.registry.HouseView;
import org.civicgrid.registry.HouseholdQuery;
import org.civicgrid.registry.PartQuery;
import org.civicgrid.registry.PartView;
import org.civicgrid.registry.PeopleExport;
import org.civicgrid.registry.PlacesExport;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.masking.Masking;
import org.springframework.stereotype.Service;

/**
 * {@link PlacesExport}: each list's own filter (checked as the list checks it) and the caller's scope, written and
 * audited by {@link AuditedExports} in the import template's columns, so a file can be imported back; a column or
 * two for people reading the sheet follow the template's (the import ignores them).
 */
@Service
class PlacesExporter implements PlacesExport {

	static final String HOUSES_EXPORTED = "HOUSES_EXPORTED";
	static final String HOUSEHOLDS_EXPORTED = "HOUSEHOLDS_EXPORTED";
	static final String HOUSEHOLDS_EXPORTED_REVEALED = "HOUSEHOLDS_EXPORTED_REVEALED";
	static final String PARTS_EXPORTED = "PARTS_EXPORTED";

	private static final List<ImportColumn> HOUSE_EXTRAS = List.of(ImportColumn.optional("网格编码", "gridCode", ""),
			ImportColumn.optional("居住人数", "residents", ""));
	private static final List<ImportColumn> HOUSEHOLD_EXTRAS = List.of(
			ImportColumn.optional("成员姓名", "memberNames", ""));

	private final AuditedExports exports;
	private final Identifiers identifiers;
	private final List<ImportColumn> houseColumns;
	private final List<ImportColumn> householdColumns;
	private final List<ImportColumn> partColumns;

	PlacesExporter(AuditedExports exports, Identifiers identifiers, HouseImportKind houses,
			HouseholdImportKind households, PartImportKind parts) {
		this.exports = exports;
		this.identifiers = identifiers;
		this.houseColumns = Stream.concat(houses.columns().stream(), HOUSE_EXTRAS.stream()).toList();
		this.householdColumns = Stream.concat(households.columns().stream(), HOUSEHOLD_EXTRAS.stream()).toList();
		this.partColumns = parts.columns();
	}

	@Override
	public PeopleExport.Export houses(Caller caller, HouseQuery query, String remoteAddr) {
		String filters = AuditedExports.filters("address", query.address(), "buildingCode", query.buildingCode(),
				"occupancy", query.occupancy() == null ? null : query.occupancy().name(), "region", query.region());
		AuditedExports.Clearance clearance = exports.clear(caller, query.region(), null, "houses-export", filters,
				remoteAddr);
		Map<String, Object> params = new HashMap<>();
		String sql = StoredHouses.exportSql(HouseService.filter(caller, query), params);
		return out -> exports.write(caller, clearance, "房屋", houseColumns, sql, params,
				(rs, i) -> house(StoredHouses.row(rs, i)), HOUSES_EXPORTED, HOUSES_EXPORTED, "houses", filters,
				remoteAddr, out);
	}

	@Override
	public PeopleExport.Export households(Caller caller, HouseholdQuery query, String revealReason,
			String remoteAddr) {
		String filters = AuditedExports.filters("q", query.q(), "region", query.region());
		AuditedExports.Clearance clearance = exports.clear(caller, query.region(), revealReason,
				"households-export", filters, remoteAddr);
		Map<String, Object> params = new HashMap<>();
		String sql = StoredHouseholds.exportSql(HouseholdService.filter(caller, query), params);
		return out -> exports.write(caller, clearance, "户", householdColumns, sql, params,
				(rs, i) -> household(rs, clearance.reveal()), HOUSEHOLDS_EXPORTED, HOUSEHOLDS_EXPORTED_REVEALED,
				"households", filters, remoteAddr, out);
	}

	@Override
	public PeopleExport.Export parts(Caller caller, PartQuery query, String remoteAddr) {
		String filters = AuditedExports.filters("code", query.code(), "classCode", query.classCode(), "state",
				query.state() == null ? null : query.state().name(), "region", query.region());
		AuditedExports.Clearance clearance = exports.clear(caller, query.region(), null, "parts-export", filters,
				remoteAddr);
		Map<String, Object> params = new HashMap<>();
		String sql = StoredParts.exportSql(PartService.filter(caller, query), params);
		return out -> exports.write(caller, clearance, "部件", partColumns, sql, params,
				(rs, i) -> part(StoredParts.row(rs, i)), PARTS_EXPORTED, PARTS_EXPORTED, "parts", filters, remoteAddr,
				out);
	}

	/** In the template's column order, then the grid and the residents. */
	private static List<String> house(HouseView h) {
		return values(h.buildingCode(), h.unit(), h.floor(), h.room(), HouseImportKind.label(h.occupancy()),
				h.area() == null ? null : h.area().stripTrailingZeros().toPlainString(), h.use(), h.address(),
				h.gridCode(), h.residents());
	}

	/** In the template's column order, then the members' names with their relations. */
	private List<String> household(ResultSet rs, boolean reveal) throws SQLException {
		String[] names = strings(rs.getArray("names"));
		String[] relations = strings(rs.getArray("relations"));
		String[] sealed = strings(rs.getArray("id_numbers"));
		String head = null;
		StringJoiner others = new StringJoiner("、");
		StringJoiner named = new StringJoiner("、");
		for (int i = 0; i < names.length; i++) {
			String number = sealed[i] == null ? null : identifiers.open(Base64.getDecoder().decode(sealed[i]));
			String shown = reveal ? number : Masking.idNumber(number);
			if (HouseholdService.HEAD.equals(relations[i]) && head == null) {
				head = shown;
			}
			else if (shown != null) {
				others.add(shown + "(" + relations[i] + ")");
			}
			named.add(names[i] + "(" + relations[i] + ")");
		}
		return values(rs.getString("number"), rs.getString("grid_code"), rs.getString("building_code"),
				rs.getObject("unit"), rs.getObject("floor"), rs.getString("room"), head,
				others.length() == 0 ? null : others.toString(), rs.getString("address"),
				named.length() == 0 ? null : named.toString());
	}

	/** In the template's column order. */
	private static List<String> part(PartView p) {
		return values(p.code(), p.name(), p.gridCode(), p.ownerUnit(), p.maintainer(),
				PartImportKind.label(p.state()), p.lat(), p.lng());
	}

	private static List<String> values(Object... cells) {
		List<String> v = new ArrayList<>(cells.length);
		for (Object cell : cells) {
			v.add(cell == null ? null : cell.toString());
		}
		return v;
	}

	private static String[] strings(Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}
}
