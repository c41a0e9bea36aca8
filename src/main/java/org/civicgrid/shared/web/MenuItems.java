package org.civicgrid.shared.web;

import java.util.List;

/** What a module's pages add to the staff sidebar: one bean per module, in its {@code web} package. */
public interface MenuItems {

	List<MenuItem> items();
}
