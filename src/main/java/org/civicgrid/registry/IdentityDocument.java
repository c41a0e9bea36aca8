package org.civicgrid.registry;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.masking.Masking;
import org.civicgrid.shared.text.Normalize;

/**
 * The document a person is registered by: its type and its number in canonical form. ID card numbers are checked
 * as {@link IdNumber}s (GB 11643-1999); the other documents have no check character we could verify, so their
 * numbers are only held to their shape: 5–20 Latin letters and digits, upper case, and for the Hong Kong and
 * Macao permit a leading H or M.
 */
public record IdentityDocument(DocumentType type, String number) {

	static final String TYPE_FIELD = "documentType";

	static final String NUMBER_FIELD = "documentNumber";

	public IdentityDocument {
		if (type == null) {
			throw Invalid.value(TYPE_FIELD, "validation.required");
		}
		number = check(type, number, null);
	}

	/** A document of a known type; an ID card's birth date is only checked to be a real date. */
	public static IdentityDocument of(DocumentType type, String number) {
		return new IdentityDocument(type, number);
	}

	/** A document of a known type; an ID card born after {@code today} is refused. */
	public static IdentityDocument of(DocumentType type, String number, LocalDate today) {
		if (type == null) {
			throw Invalid.value(TYPE_FIELD, "validation.required");
		}
		return new IdentityDocument(type, check(type, number, today));
	}

	/** A document whose type is given by name ({@code "passport"}, {@code "ID_CARD"}), as in an import sheet. */
	public static IdentityDocument parse(String type, String number) {
		return new IdentityDocument(typeNamed(type), number);
	}

	/** The ID number, when this is an ID card. */
	public Optional<IdNumber> idNumber() {
		return type == DocumentType.ID_CARD ? Optional.of(IdNumber.parse(number)) : Optional.empty();
	}

	public String masked() {
		return Masking.idNumber(number);
	}

	/** Masked, so that a log line never shows the number whole. */
	@Override
	public String toString() {
		return type + " " + masked();
	}

	static DocumentType typeNamed(String raw) {
		String s = Normalize.compact(raw);
		if (s == null || s.isEmpty()) {
			throw Invalid.value(TYPE_FIELD, "validation.required");
		}
		try {
			return DocumentType.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			throw Invalid.value(TYPE_FIELD, "registry.document.type-unknown", s);
		}
	}

	private static String check(DocumentType type, String raw, LocalDate today) {
		if (type == DocumentType.ID_CARD) {
			try {
				return today == null ? IdNumber.parse(raw).value() : IdNumber.parse(raw, today).value();
			}
			catch (InvalidInputException e) {
				throw Invalid.value(NUMBER_FIELD, e.errors().get(0).messageKey());
			}
		}
		String s = Invalid.compactUpper(raw, NUMBER_FIELD);
		if (s.length() < 5 || s.length() > 20) {
			throw Invalid.value(NUMBER_FIELD, "registry.document.length", 5, 20);
		}
		if (!s.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
			throw Invalid.value(NUMBER_FIELD, "registry.document.characters");
		}
		if (type == DocumentType.HK_MACAO_PERMIT && s.charAt(0) != 'H' && s.charAt(0) != 'M') {
			throw Invalid.value(NUMBER_FIELD, "registry.document.hk-macao-prefix");
		}
		return s;
	}
}
