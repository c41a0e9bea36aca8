package org.civicgrid.shared.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.civicgrid.shared.Caller;

/**
 * Figures another module adds to the indicators page (考核指标) over the page's period and the caller's scope, such as
 * messaging's minutes from a resident's post to its case: one bean per module, in its {@code web} package, as
 * {@link MenuItems} are. Casework's page shows them without knowing the module.
 */
public interface IndicatorPanel {

	/** One figure: its words, its value as the reader reads it, and a line under it (may be null). */
	record Figure(String id, String label, String value, String note) {
	}

	/** The panel's title and figures; an empty list when the caller has none to see. */
	String title(Locale locale);

	List<Figure> figures(Caller caller, LocalDate from, LocalDate to, Locale locale);
}
