package org.civicgrid.casework;

import java.util.List;

/** The event and component catalog as forms show it: every small class, in catalog order (big class by big class). */
public interface CaseCatalog {

	/** Every category, events first, in the order of the catalog file. */
	List<Category> categories();
}
