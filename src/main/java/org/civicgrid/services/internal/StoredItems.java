package org.civicgrid.services.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The items and their versions ({@code service_item}, {@code service_item_version}); the item itself is kept as
 * JSON ({@code content}), with the columns a search and a list read beside it.
 */
@Repository
class StoredItems {

	private static final String VERSION_COLUMNS = """
			v.code, v.version, v.content, v.saved_by, v.saved_at, v.published_by, v.published_at, v.changes, v.note,
			(i.published_version = v.version) as current""";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	StoredItems(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	boolean exists(String code) {
		return jdbc.sql("select exists(select 1 from service_item where code = :code)").param("code", code)
			.query(Boolean.class).single();
	}

	/** Adds the item without any version; false when the code was taken (by another admin or node meanwhile). */
	boolean create(String code, String by, Instant at) {
		return jdbc.sql("""
				insert into service_item (code, created_at, created_by) values (:code, :at, :by)
				on conflict (code) do nothing""")
			.param("code", code).param("at", Timestamp.from(at)).param("by", by).update() == 1;
	}

	/** Locks the item's row for the rest of the transaction, so two saves or publishes of one item go one by one. */
	boolean lock(String code) {
		return jdbc.sql("select code from service_item where code = :code for update").param("code", code)
			.query(String.class).optional().isPresent();
	}

	Optional<ItemVersion> draft(String code) {
		return one("v.published_at is null", code);
	}

	Optional<ItemVersion> published(String code) {
		return one("v.version = i.published_version", code);
	}

	Optional<ItemVersion> version(String code, int version) {
		return jdbc.sql("select " + VERSION_COLUMNS + """
				 from service_item_version v join service_item i on i.code = v.code
				where v.code = :code and v.version = :version""")
			.param("code", code).param("version", version).query(this::version).optional();
	}

	/** Every version of the item, newest first. */
	List<ItemVersion> versions(String code) {
		return jdbc.sql("select " + VERSION_COLUMNS + """
				 from service_item_version v join service_item i on i.code = v.code
				where v.code = :code order by v.version desc""")
			.param("code", code).query(this::version).list();
	}

	/** Every item's published version, in code order, for an export. */
	List<ServiceItem> allPublished() {
		return jdbc.sql("""
				select v.content from service_item i join service_item_version v
				    on v.code = i.code and v.version = i.published_version order by i.code""")
			.query((rs, n) -> content(rs.getString(1))).list();
	}

	/** Each item as the admins' list shows it: its newest version (the draft if any), and the one published. */
	List<AdminRow> adminRows() {
		return jdbc.sql("""
				select i.code, v.name, v.category, v.level, i.published_version, v.version, v.published_at is null as draft,
				    v.saved_by, v.saved_at
				from service_item i join lateral (
				    select * from service_item_version x where x.code = i.code order by x.version desc limit 1) v on true
				order by i.code""")
			.query((rs, n) -> new AdminRow(rs.getString("code"), rs.getString("name"),
					ServiceCategory.valueOf(rs.getString("category")), ServiceLevel.valueOf(rs.getString("level")),
					(Integer) rs.getObject("published_version"), rs.getInt("version"), rs.getBoolean("draft"),
					rs.getString("saved_by"), rs.getTimestamp("saved_at").toInstant()))
			.list();
	}

	/** Writes the draft: a new version after the newest one, or the existing draft replaced. */
	void saveDraft(ServiceItem item, String by, Instant at) {
		jdbc.sql("""
				insert into service_item_version (code, version, category, name, level, time_limit_days, bookable, agency,
				    at_home, life_events, content, search_text, initials, saved_by, saved_at)
				values (:code, (select coalesce(max(version), 0) + 1 from service_item_version where code = :code),
				    :category, :name, :level, :days, :bookable, :agency, :atHome, :events::text[], :content::jsonb,
				    :search, :initials, :by, :at)
				on conflict (code) where published_at is null do update set category = excluded.category,
				    name = excluded.name, level = excluded.level, time_limit_days = excluded.time_limit_days,
				    bookable = excluded.bookable, agency = excluded.agency, at_home = excluded.at_home,
				    life_events = excluded.life_events, content = excluded.content, search_text = excluded.search_text,
				    initials = excluded.initials, saved_by = excluded.saved_by, saved_at = excluded.saved_at""")
			.param("code", item.code())
			.param("category", item.category().name())
			.param("name", item.name())
			.param("level", item.level().name())
			.param("days", item.timeLimitDays())
			.param("bookable", item.bookable())
			.param("agency", item.agency())
			.param("atHome", item.atHome())
			.param("events", "{" + String.join(",", item.lifeEvents().stream().map(Enum::name).toList()) + "}")
			.param("content", json.writeValueAsString(item))
			.param("search", searchText(item))
			.param("initials", PinyinInitials.of(item.name()))
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Stamps the draft as published and points the item at it. */
	void publish(String code, int version, String by, Instant at, List<String> changes, String note) {
		jdbc.sql("""
				update service_item_version set published_by = :by, published_at = :at, changes = :changes::text[],
				    note = :note
				where code = :code and version = :version and published_at is null""")
			.param("code", code).param("version", version).param("by", by).param("at", Timestamp.from(at))
			.param("changes", "{" + String.join(",", changes) + "}").param("note", note)
			.update();
		jdbc.sql("update service_item set published_version = :version where code = :code")
			.param("code", code).param("version", version).update();
	}

	boolean discardDraft(String code) {
		return jdbc.sql("delete from service_item_version where code = :code and published_at is null")
			.param("code", code).update() == 1;
	}

	/** Removes an item that was never published (its only version a draft). */
	void removeUnpublished(String code) {
		jdbc.sql("delete from service_item where code = :code and published_version is null").param("code", code)
			.update();
	}

	/** What a search reads: the name, the conditions and the materials' names, in lower case. */
	static String searchText(ServiceItem item) {
		StringBuilder text = new StringBuilder(item.name()).append('\n').append(item.conditions());
		item.materials().forEach(m -> text.append('\n').append(m.name()));
		return text.toString().toLowerCase(Locale.ROOT);
	}

	ServiceItem content(String content) {
		return json.readValue(content, ServiceItem.class);
	}

	private Optional<ItemVersion> one(String condition, String code) {
		return jdbc.sql("select " + VERSION_COLUMNS
				+ " from service_item_version v join service_item i on i.code = v.code where v.code = :code and "
				+ condition)
			.param("code", code).query(this::version).optional();
	}

	private ItemVersion version(ResultSet rs, int row) throws SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		return new ItemVersion(content(rs.getString("content")), rs.getInt("version"), rs.getString("saved_by"),
				rs.getTimestamp("saved_at").toInstant(), rs.getString("published_by"),
				published == null ? null : published.toInstant(), strings(rs.getArray("changes")), rs.getString("note"),
				rs.getBoolean("current"));
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
