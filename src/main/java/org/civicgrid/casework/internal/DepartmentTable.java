package org.civicgrid.casework.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.civicgrid.casework.Department;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Departments ({@code case_department}) and their handlers ({@code case_department_handler}). */
@Repository
class DepartmentTable {

	private final JdbcClient jdbc;

	DepartmentTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Department> all() {
		Map<String, List<String>> handlers = new HashMap<>();
		jdbc.sql("select username, department_code from case_department_handler order by username")
			.query(rs -> {
				handlers.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(1));
			});
		return jdbc.sql("select code, name, region_code from case_department order by code")
			.query((rs, i) -> new Department(rs.getString(1), rs.getString(2), rs.getString(3),
					handlers.getOrDefault(rs.getString(1), List.of())))
			.list();
	}

	Optional<Department> find(String code) {
		return all().stream().filter(d -> d.code().equals(code)).findFirst();
	}

	Set<String> codes() {
		return new TreeSet<>(jdbc.sql("select code from case_department").query(String.class).list());
	}

	/** Department code by department name, to read a catalog file that names its units. */
	Map<String, String> codesByName() {
		Map<String, String> byName = new HashMap<>();
		jdbc.sql("select code, name from case_department").query(rs -> {
			byName.put(rs.getString(2), rs.getString(1));
		});
		return byName;
	}

	boolean nameTakenByOther(String name, String code) {
		return jdbc.sql("select exists(select 1 from case_department where name = :n and code <> :c)")
			.param("n", name).param("c", code).query(Boolean.class).single();
	}

	void insert(Department d) {
		jdbc.sql("insert into case_department (code, name, region_code) values (:c, :n, :r)")
			.param("c", d.code()).param("n", d.name()).param("r", d.regionCode()).update();
		replaceHandlers(d.code(), d.handlers());
	}

	void update(Department d) {
		jdbc.sql("update case_department set name = :n, region_code = :r where code = :c")
			.param("c", d.code()).param("n", d.name()).param("r", d.regionCode()).update();
		replaceHandlers(d.code(), d.handlers());
	}

	/** A handler works for one department: attaching moves them. */
	void attach(String username, String code) {
		jdbc.sql("""
				insert into case_department_handler (username, department_code) values (:u, :c)
				on conflict (username) do update set department_code = excluded.department_code""")
			.param("u", username).param("c", code).update();
	}

	/** Attaches unless the handler already works for a department (an admin's choice stands). */
	void attachIfUnattached(String username, String code) {
		jdbc.sql("insert into case_department_handler (username, department_code) values (:u, :c) on conflict do nothing")
			.param("u", username).param("c", code).update();
	}

	Optional<String> departmentOf(String username) {
		return jdbc.sql("select department_code from case_department_handler where username = :u")
			.param("u", username).query(String.class).optional();
	}

	private void replaceHandlers(String code, List<String> usernames) {
		jdbc.sql("delete from case_department_handler where department_code = :c").param("c", code).update();
		usernames.forEach(u -> attach(u, code));
	}
}
