package org.civicgrid.registry.internal;

import java.time.LocalDate;

import org.civicgrid.registry.DocumentType;
import org.civicgrid.registry.IdNumber;
import org.civicgrid.shared.InvalidInputException;

/**
 * GB 11643-1999: a resident identity card number carries its holder's birth date in digits 7–14, guarded by the
 * check character, and it is the key people are registered by. A birth-date cell that says otherwise is a slip of
 * the sheet, so the number is the authority: the row keeps the number's date and is imported with a warning on
 * the cell, never silently with the cell's date.
 */
final class BirthDateFromIdNumber {

	static final String OVERRULED = "registry.import.birth-date-overruled";

	private BirthDateFromIdNumber() {
	}

	/**
	 * The birth date to import: the cell's, or the ID number's when an ID card's number says another date (and
	 * then a warning on {@code row}). Another document, a blank cell or a number that does not read is left to
	 * the row's check.
	 */
	static LocalDate of(DocumentType type, String idNumber, LocalDate cell, ImportRow row) {
		if (cell == null || idNumber == null || type != null && type != DocumentType.ID_CARD) {
			return cell;
		}
		LocalDate born;
		try {
			born = IdNumber.parse(idNumber).birthDate();
		}
		catch (InvalidInputException e) {
			return cell;
		}
		if (!born.equals(cell)) {
			row.warn("birthDate", OVERRULED);
		}
		return born;
	}
}
