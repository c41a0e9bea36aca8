package org.civicgrid.casework;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.civicgrid.shared.Caller;

/**
 * The catalog as admins keep it: list, one class, create, change, and an Excel round trip (export, then an
 * all-or-nothing import that names the row and field of every mistake). Changing a time limit moves no existing
 * deadline: a case keeps the limit it was reported under.
 */
public interface CategoryAdministration {

	/** Every small class in catalog order; everybody signed in may read it (the report form shows it). */
	List<CategoryDefinition> list(Caller caller);

	CategoryDefinition get(Caller caller, String code);

	/** Admins only; 409 when the code is taken, 422 naming every wrong field. */
	CategoryDefinition create(Caller caller, CategoryDefinition definition);

	/** Admins only; the code in the body, when given, must be the path's. */
	CategoryDefinition update(Caller caller, String code, CategoryDefinition definition);

	/** Admins only: the whole catalog as one sheet with Chinese headers, which {@link #importWorkbook} reads back. */
	void export(Caller caller, Locale locale, OutputStream out);

	/** Admins only: creates or replaces every row of the sheet, or nothing when one row is wrong; answers the count. */
	int importWorkbook(Caller caller, InputStream in);
}
