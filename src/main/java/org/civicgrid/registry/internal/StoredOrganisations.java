package org.civicgrid.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.civicgrid.registry.vault.Sealed;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.masking.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisation table; the contact phone goes in sealed with its lookup hash and comes out opened. */
@Repository
class StoredOrganisations {

	/** A checked organisation with its contact phone in clear (only in memory). */
	record Data(String creditCode, String name, String type, String legalRepresentative, String contactPhone,
			Integer employees, String address, String gridCode) {

		/** The fields as the history keeps them: the phone masked. */
		Map<String, Object> fields() {
			Map<String, Object> f = new LinkedHashMap<>();
			f.put("creditCode", creditCode);
			f.put("name", name);
			f.put("type", type);
			f.put("legalRepresentative", legalRepresentative);
			f.put("contactPhone", contactPhone == null ? null : new MaskedValue(contactPhone));
			f.put("employees", employees);
			f.put("address", address);
			f.put("gridCode", gridCode);
			return f;
		}
	}

	/** A value compared whole but written masked, so that a changed phone shows as changed without showing it. */
	record MaskedValue(String clear) {
		@Override
		public String toString() {
			return Masking.phone(clear);
		}
	}

	/** A stored organisation. */
	record Stored(long id, Data data, Instant updatedAt, int version) {
	}

	private final JdbcClient jdbc;
	private final Identifiers identifiers;

	StoredOrganisations(JdbcClient jdbc, Identifiers identifiers) {
		this.jdbc = jdbc;
		this.identifiers = identifiers;
	}

	Optional<Stored> find(long id) {
		return jdbc.sql("select * from organisation where id = :id").param("id", id).query(this::row).optional();
	}

	Optional<Stored> findByCode(String creditCode) {
		return jdbc.sql("select * from organisation where credit_code = :c").param("c", creditCode).query(this::row)
			.optional();
	}

	Optional<String> gridOf(long id) {
		return jdbc.sql("select grid_code from organisation where id = :id").param("id", id).query(String.class)
			.optional();
	}

	long insert(Data d, Instant now) {
		return jdbc.sql("""
				insert into organisation (credit_code, name, type, legal_representative, contact_phone_sealed,
				  contact_phone_hash, employees, address, grid_code, created_at, updated_at)
				values (:code, :name, :type, :legal, :phoneSealed, :phoneHash, :employees, :address, :grid, :now, :now)
				returning id""")
			.params(params(d)).param("now", Timestamp.from(now)).query(Long.class).single();
	}

	void update(long id, Data d, Instant now) {
		jdbc.sql("""
				update organisation set name = :name, type = :type, legal_representative = :legal,
				  contact_phone_sealed = :phoneSealed, contact_phone_hash = :phoneHash, employees = :employees,
				  address = :address, grid_code = :grid, updated_at = :now, version = version + 1
				where id = :id""")
			.params(params(d)).param("id", id).param("now", Timestamp.from(now)).update();
	}

	/** The list's own order. */
	static final String ORDER = " order by name, id";

	Paged<Stored> search(String scopePattern, String nameText, String creditCode, String regionPattern,
			PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		String order = RegistrySorts.ORGANISATIONS.orderBy(page.sort());
		String where = where(scopePattern, nameText, creditCode, regionPattern, params);
		return Queries.page(jdbc, "organisation", "select * from organisation", where, order, params, this::row, page);
	}

	/** The search's where clause (the list and its export filter alike); fills {@code params}. */
	static String where(String scopePattern, String nameText, String creditCode, String regionPattern,
			Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where grid_code like :scope");
		params.put("scope", scopePattern);
		if (creditCode != null) {
			where.append(" and credit_code = :code");
			params.put("code", creditCode);
		}
		else if (nameText != null) {
			where.append(" and name like :name");
			params.put("name", "%" + PeopleCriteria.escapeLike(nameText) + "%");
		}
		if (regionPattern != null) {
			where.append(" and grid_code like :region");
			params.put("region", regionPattern);
		}
		return where.toString();
	}

	long count(String pattern) {
		return jdbc.sql("select count(*) from organisation where grid_code like :p").param("p", pattern)
			.query(Long.class).single();
	}

	private Map<String, Object> params(Data d) {
		Sealed phone = d.contactPhone() == null ? null : identifiers.sealPhone(d.contactPhone());
		Map<String, Object> p = new HashMap<>();
		p.put("code", d.creditCode());
		p.put("name", d.name());
		p.put("type", d.type());
		p.put("legal", d.legalRepresentative());
		p.put("phoneSealed", phone == null ? null : phone.bytes());
		p.put("phoneHash", phone == null ? null : phone.lookupHash());
		p.put("employees", d.employees());
		p.put("address", d.address());
		p.put("grid", d.gridCode());
		return p;
	}

	Stored row(ResultSet rs, int i) throws SQLException {
		Data data = new Data(rs.getString("credit_code"), rs.getString("name"), rs.getString("type"),
				rs.getString("legal_representative"), identifiers.open(rs.getBytes("contact_phone_sealed")),
				(Integer) rs.getObject("employees"), rs.getString("address"), rs.getString("grid_code"));
		return new Stored(rs.getLong("id"), data, rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}
}
