package org.civicgrid.shared;

/**
 * What is wrong with one field: {@code field} is the JSON path or column name, {@code messageKey} a bundle
 * key; {@code item} locates it in a list (a feature index, a row number), or is null.
 */
public record FieldProblem(Integer item, String field, String messageKey, Object... args) {

	public static FieldProblem of(String field, String messageKey, Object... args) {
		return new FieldProblem(null, field, messageKey, args);
	}

	public static FieldProblem at(int item, String field, String messageKey, Object... args) {
		return new FieldProblem(item, field, messageKey, args);
	}
}
