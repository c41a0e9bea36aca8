package org.civicgrid.registry;

/**
 * Imports to find, every criterion optional: {@code kind} one of {@link RegistryImports#kinds()}, a {@link ImportState},
 * {@code q} a part of the file's name, and {@code owner} the uploader's username (an administrator's search; others
 * see only their own uploads). Blank criteria are ignored.
 */
public record ImportQuery(String kind, ImportState state, String q, String owner) {

	public static ImportQuery all() {
		return new ImportQuery(null, null, null, null);
	}
}
