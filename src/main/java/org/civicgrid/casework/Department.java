package org.civicgrid.casework;

import java.util.List;

/**
 * A functional department (职能部门) that receives cases: its code (what {@code assigneeUnit} names when a case is
 * dispatched to it), its name, the region it serves (null: all of them) and its handlers' usernames.
 */
public record Department(String code, String name, String regionCode, List<String> handlers) {

	public Department {
		handlers = handlers == null ? List.of() : List.copyOf(handlers);
	}
}
