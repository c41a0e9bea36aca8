package org.civicgrid.registry.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civicgrid.registry.DocumentType;
import org.civicgrid.registry.Sex;
import org.civicgrid.registry.vault.Sealed;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The person table. Identifiers go in sealed with their hashes beside them and come out opened; tags travel as
 * one string split by U+001F, since they are checked against the configured list before they get here.
 */
@Repository
class StoredPeople {

	private static final String TAG_SEPARATOR = "\u001f";

	/**
	 * Searches count matches up to this many and then report the total as capped ("超过 1000 人"): a list of more is
	 * for narrowing, not paging through, and counting further costs a heap read per match (a one-character name
	 * across a district has tens of thousands; counting 10,000 of them took 65 ms at p95, 1,000 a tenth of it).
	 */
	static final long COUNT_CAP = 1_000;

	/** Up to this many matches a page is sorted out of all of them; beyond, read in id order (see search). */
	static final long FEW_MATCHES = 1_000;

	private final long countCap;
	private final long fewMatches;

	private static final String COLUMNS = """
			name = :name, document_type = :docType, id_number_sealed = :idSealed, id_number_hash = :idHash,
			phone_sealed = :phoneSealed, phone_hash = :phoneHash, sex = :sex, birth_date = :birth,
			ethnicity = :ethnicity, education = :education, employment = :employment, political_status = :political,
			registered_residence = :registered, actual_residence = :actual, relation_to_head = :relation,
			tags = string_to_array(:tags, chr(31)), notes = :notes, grid_code = :grid, building_code = :building,
			updated_at = :now""";

	private final JdbcClient jdbc;
	private final Identifiers identifiers;

	@org.springframework.beans.factory.annotation.Autowired
	StoredPeople(JdbcClient jdbc, Identifiers identifiers) {
		this(jdbc, identifiers, COUNT_CAP, FEW_MATCHES);
	}

	/** With another cap and another few, for tests that cannot register ten thousand people. */
	StoredPeople(JdbcClient jdbc, Identifiers identifiers, long countCap, long fewMatches) {
		this.jdbc = jdbc;
		this.identifiers = identifiers;
		this.countCap = countCap;
		this.fewMatches = fewMatches;
	}

	long insert(PersonData d, Instant now) {
		long id = jdbc.sql("""
				insert into person (name, grid_code, created_at, updated_at) values (:name, :grid, :now, :now)
				returning id""")
			.param("name", d.name()).param("grid", d.gridCode()).param("now", Timestamp.from(now))
			.query(Long.class).single();
		update(id, d, now, null);
		return id;
	}

	/** False when {@code expectedVersion} is given and is not the stored one. */
	boolean update(long id, PersonData d, Instant now, Integer expectedVersion) {
		Sealed doc = d.idNumber() == null ? null : identifiers.sealDocument(d.documentType(), d.idNumber());
		Sealed phone = d.phone() == null ? null : identifiers.sealPhone(d.phone());
		return jdbc.sql("update person set " + COLUMNS + ", version = version + 1 where id = :id"
				+ (expectedVersion == null ? "" : " and version = :expected"))
			.param("id", id).param("expected", expectedVersion)
			.param("name", d.name()).param("docType", d.documentType() == null ? null : d.documentType().name())
			.param("idSealed", doc == null ? null : doc.bytes()).param("idHash", doc == null ? null : doc.lookupHash())
			.param("phoneSealed", phone == null ? null : phone.bytes())
			.param("phoneHash", phone == null ? null : phone.lookupHash())
			.param("sex", d.sex() == null ? null : d.sex().name()).param("birth", d.birthDate())
			.param("ethnicity", d.ethnicity()).param("education", d.education()).param("employment", d.employment())
			.param("political", d.politicalStatus()).param("registered", d.registeredResidence())
			.param("actual", d.actualResidence()).param("relation", d.relationToHead())
			.param("tags", String.join(TAG_SEPARATOR, d.tags())).param("notes", d.notes())
			.param("grid", d.gridCode()).param("building", d.buildingCode()).param("now", Timestamp.from(now))
			.update() == 1;
	}

	Optional<StoredPerson> find(long id) {
		return jdbc.sql("select * from person where id = :id").param("id", id).query(this::row).optional();
	}

	Optional<String> gridOf(long id) {
		return jdbc.sql("select grid_code from person where id = :id").param("id", id).query(String.class).optional();
	}

	/** The person holding a document with one of these hashes (a number's hashes under every document type). */
	Optional<Long> idOfDocument(List<String> hashes) {
		return jdbc.sql("select id from person where id_number_hash in (:h) order by id limit 1").param("h", hashes)
			.query(Long.class).optional();
	}

	long count(String pattern) {
		return jdbc.sql("select count(*) from person where grid_code like :p").param("p", pattern).query(Long.class)
			.single();
	}

	/** Whether another person than {@code except} holds a document with this hash. */
	boolean documentTaken(String hash, Long except) {
		return jdbc.sql("select exists(select 1 from person where id_number_hash = :h and id <> :except)")
			.param("h", hash).param("except", except == null ? -1L : except).query(Boolean.class).single();
	}

	/**
	 * People matching every criterion of {@code where} (the region bound among them), in id order or the one asked
	 * for ({@link RegistrySorts#PEOPLE}; a sort by name or birth date sorts every match of the criteria, so it is
	 * cheap for a search and costs a sort of the whole scope without one).
	 */
	Paged<StoredPerson> search(PeopleCriteria where, PageRequest page) {
		String order = RegistrySorts.PEOPLE.orderBy(page.sort());
		// an exact count of a one-character name over a million people costs more than the page; stop at the cap
		long counted = jdbc.sql("select count(*) from (" + where.matches() + " limit :cap) c")
			.params(where.params()).param("cap", countCap + 1).query(Long.class).single();
		boolean capped = counted > countCap;
		if (!capped && counted <= page.offset()) {
			return new Paged<>(List.of(), page.page(), page.size(), counted, false);
		}
		// The planner takes a rare name key it has no statistics for as hundreds of rows (one per street above a
		// street, so thousands in a district) and walks the primary key through the whole table for 20 matches
		// that are not there (bench: 0.5 s for a pair in a district). Few matches counted: sort them all instead.
		String from = counted <= fewMatches ? "(select * from person" + where.where() + " offset 0) m"
				: "person" + where.where();
		List<StoredPerson> items = jdbc.sql("select * from " + from + order + " limit :limit offset :offset")
			.params(where.params()).param("limit", page.size()).param("offset", page.offset())
			.query(this::row).list();
		return new Paged<>(items, page.page(), page.size(), capped ? countCap : counted, capped);
	}

	/** Per tag, how many people whose grid matches {@code scopePattern} carry it; tags nobody carries are absent. */
	Map<String, Long> tagCounts(String scopePattern) {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql("select tag, count(*) from person, unnest(tags) as tag where grid_code like :scope group by tag")
			.param("scope", scopePattern)
			.query(rs -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	StoredPerson row(ResultSet rs, int i) throws SQLException {
		String docType = rs.getString("document_type");
		String sex = rs.getString("sex");
		var birth = rs.getDate("birth_date");
		PersonData data = new PersonData(rs.getString("name"), docType == null ? null : DocumentType.valueOf(docType),
				identifiers.open(rs.getBytes("id_number_sealed")), identifiers.open(rs.getBytes("phone_sealed")),
				sex == null ? null : Sex.valueOf(sex), birth == null ? null : birth.toLocalDate(),
				rs.getString("ethnicity"), rs.getString("education"), rs.getString("employment"),
				rs.getString("political_status"), rs.getString("registered_residence"),
				rs.getString("actual_residence"), rs.getString("relation_to_head"), tags(rs.getArray("tags")),
				rs.getString("notes"), rs.getString("grid_code"), rs.getString("building_code"));
		return new StoredPerson(rs.getLong("id"), data, rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}

	private static List<String> tags(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}
}
