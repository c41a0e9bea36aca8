package org.civicgrid.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.civicgrid.registry.BuildingRecordView;
import org.civicgrid.registry.NewBuildingRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The building_record table; the building's name is the region's and is added by the service. */
@Repository
class StoredBuildings {

	/** A checked building record, in canonical form. */
	record Data(String code, String gridCode, String address, int floors, int units, String propertyCompany,
			String buildingLeader) {

		Map<String, Object> fields() {
			Map<String, Object> f = new LinkedHashMap<>();
			f.put("code", code);
			f.put("address", address);
			f.put("floors", floors);
			f.put("units", units);
			f.put("propertyCompany", propertyCompany);
			f.put("buildingLeader", buildingLeader);
			return f;
		}

		static Data of(BuildingRecordView v) {
			return new Data(v.code(), v.gridCode(), v.address(), v.floors(), v.units(), v.propertyCompany(),
					v.buildingLeader());
		}

		NewBuildingRecord asInput() {
			return new NewBuildingRecord(code, address, floors, units, propertyCompany, buildingLeader);
		}
	}

	private final JdbcClient jdbc;

	StoredBuildings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<BuildingRecordView> find(String code) {
		return jdbc.sql("select * from building_record where code = :code")
			.param("code", code).query(StoredBuildings::row).optional();
	}

	Optional<BuildingRecordView> find(long id) {
		return jdbc.sql("select * from building_record where id = :id")
			.param("id", id).query(StoredBuildings::row).optional();
	}

	long insert(Data d, Instant now) {
		return jdbc.sql("""
				insert into building_record (code, grid_code, address, floors, units, property_company,
				  building_leader, created_at, updated_at)
				values (:code, :grid, :address, :floors, :units, :company, :leader, :now, :now) returning id""")
			.params(params(d)).param("now", Timestamp.from(now)).query(Long.class).single();
	}

	void update(long id, Data d, Instant now) {
		jdbc.sql("""
				update building_record set address = :address, floors = :floors, units = :units,
				  property_company = :company, building_leader = :leader, updated_at = :now, version = version + 1
				where id = :id""")
			.params(params(d)).param("id", id).param("now", Timestamp.from(now)).update();
	}

	private static Map<String, Object> params(Data d) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("code", d.code());
		p.put("grid", d.gridCode());
		p.put("address", d.address());
		p.put("floors", d.floors());
		p.put("units", d.units());
		p.put("company", d.propertyCompany());
		p.put("leader", d.buildingLeader());
		return p;
	}

	private static BuildingRecordView row(ResultSet rs, int i) throws SQLException {
		return new BuildingRecordView(rs.getLong("id"), rs.getString("code"), null,
				rs.getString("grid_code"), rs.getString("address"), rs.getInt("floors"), rs.getInt("units"),
				rs.getString("property_company"), rs.getString("building_leader"),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}
}
