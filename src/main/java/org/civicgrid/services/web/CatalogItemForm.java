package org.civicgrid.services.web;

import java.util.ArrayList;
import java.util.List;

import org.civicgrid.services.ServiceItemInput;
import org.civicgrid.services.ServiceItemInput.MaterialInput;
import org.civicgrid.services.ServiceItemInput.StepInput;
import org.civicgrid.services.internal.LifeEvent;
import org.civicgrid.services.internal.ServiceItem;

/**
 * The admin's item form as the page posts it ({@code materials[2].name}, {@code steps[0].detail}): texts as typed,
 * blank material and step rows (the spare ones the page offers) left out, so that the catalog's rules judge what
 * was meant. A public bean because Spring binds the indexed rows into it.
 */
public class CatalogItemForm {

	/** Spare empty rows the page adds below the materials and the steps. */
	static final int SPARE_ROWS = 3;

	private String code = "";
	private String category = "";
	private String name = "";
	private String level = "";
	private String conditions = "";
	private String timeLimitDays = "";
	private String fee = "";
	private String legalBasis = "";
	private String counter = "";
	private String contact = "";
	private boolean bookable;
	private boolean agency;
	private boolean atHome;
	private List<String> lifeEvents = new ArrayList<>();
	private List<MaterialRow> materials = new ArrayList<>();
	private List<StepRow> steps = new ArrayList<>();

	static CatalogItemForm of(ServiceItem item) {
		CatalogItemForm f = new CatalogItemForm();
		f.code = item.code();
		f.category = item.category().name();
		f.name = item.name();
		f.level = item.level().name();
		f.conditions = item.conditions();
		f.timeLimitDays = String.valueOf(item.timeLimitDays());
		f.fee = item.fee();
		f.legalBasis = item.legalBasis();
		f.counter = item.counter();
		f.contact = item.contact();
		f.bookable = item.bookable();
		f.agency = item.agency();
		f.atHome = item.atHome();
		f.lifeEvents = new ArrayList<>(item.lifeEvents().stream().map(LifeEvent::name).toList());
		for (ServiceItem.Material m : item.materials()) {
			f.materials.add(new MaterialRow(m.name(), m.form().name(), String.valueOf(m.count()), m.required(),
					m.notes()));
		}
		for (ServiceItem.Step s : item.steps()) {
			f.steps.add(new StepRow(s.name(), s.detail()));
		}
		return f;
	}

	/** The form with its spare rows, as the page shows it. */
	CatalogItemForm withSpareRows() {
		materials.removeIf(MaterialRow::blank);
		steps.removeIf(StepRow::blank);
		for (int i = 0; i < SPARE_ROWS; i++) {
			materials.add(new MaterialRow("", "ORIGINAL", "1", true, ""));
			steps.add(new StepRow("", ""));
		}
		return this;
	}

	ServiceItemInput input() {
		List<MaterialInput> ms = materials.stream().filter(m -> !m.blank())
			.map(m -> new MaterialInput(m.getName(), m.getForm(), number(m.getCount(), 0), m.isRequired(), m.getNotes()))
			.toList();
		List<StepInput> ss = steps.stream().filter(s -> !s.blank())
			.map(s -> new StepInput(s.getName(), s.getDetail()))
			.toList();
		return new ServiceItemInput(code, category, name, level, conditions, ms, ss, number(timeLimitDays, -1), fee,
				legalBasis, counter, contact, bookable, agency, atHome, lifeEvents);
	}

	/** A number as typed; blank is none (required), anything else unreadable becomes {@code otherwise}. */
	private static Integer number(String text, int otherwise) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return otherwise;
		}
	}

	/** One material row of the form. */
	public static class MaterialRow {

		private String name = "";
		private String form = "ORIGINAL";
		private String count = "1";
		private boolean required;
		private String notes = "";

		public MaterialRow() {
		}

		MaterialRow(String name, String form, String count, boolean required, String notes) {
			this.name = name;
			this.form = form;
			this.count = count;
			this.required = required;
			this.notes = notes;
		}

		boolean blank() {
			return name == null || name.isBlank();
		}

		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public String getForm() { return form; }
		public void setForm(String form) { this.form = form; }
		public String getCount() { return count; }
		public void setCount(String count) { this.count = count; }
		public boolean isRequired() { return required; }
		public void setRequired(boolean required) { this.required = required; }
		public String getNotes() { return notes; }
		public void setNotes(String notes) { this.notes = notes; }
	}

	/** One step row of the form. */
	public static class StepRow {

		private String name = "";
		private String detail = "";

		public StepRow() {
		}

		StepRow(String name, String detail) {
			this.name = name;
			this.detail = detail;
		}

		boolean blank() {
			return (name == null || name.isBlank()) && (detail == null || detail.isBlank());
		}

		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public String getDetail() { return detail; }
		public void setDetail(String detail) { this.detail = detail; }
	}

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public String getCategory() { return category; }
	public void setCategory(String category) { this.category = category; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getLevel() { return level; }
	public void setLevel(String level) { this.level = level; }
	public String getConditions() { return conditions; }
	public void setConditions(String conditions) { this.conditions = conditions; }
	public String getTimeLimitDays() { return timeLimitDays; }
	public void setTimeLimitDays(String timeLimitDays) { this.timeLimitDays = timeLimitDays; }
	public String getFee() { return fee; }
	public void setFee(String fee) { this.fee = fee; }
	public String getLegalBasis() { return legalBasis; }
	public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
	public String getCounter() { return counter; }
	public void setCounter(String counter) { this.counter = counter; }
	public String getContact() { return contact; }
	public void setContact(String contact) { this.contact = contact; }
	public boolean isBookable() { return bookable; }
	public void setBookable(boolean bookable) { this.bookable = bookable; }
	public boolean isAgency() { return agency; }
	public void setAgency(boolean agency) { this.agency = agency; }
	public boolean isAtHome() { return atHome; }
	public void setAtHome(boolean atHome) { this.atHome = atHome; }
	public List<String> getLifeEvents() { return lifeEvents; }
	public void setLifeEvents(List<String> lifeEvents) { this.lifeEvents = lifeEvents; }
	public List<MaterialRow> getMaterials() { return materials; }
	public void setMaterials(List<MaterialRow> materials) { this.materials = materials; }
	public List<StepRow> getSteps() { return steps; }
	public void setSteps(List<StepRow> steps) { this.steps = steps; }
}
