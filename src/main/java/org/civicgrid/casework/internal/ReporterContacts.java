package org.civicgrid.casework.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicgrid.registry.PhoneNumber;
import org.civicgrid.registry.vault.PersonalDataVault;
import org.civicgrid.registry.vault.Sealed;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.masking.Masking;
import org.civicgrid.shared.text.Normalize;
import org.springframework.stereotype.Component;

/**
 * A reporter's contact (联系方式) is personal data: sealed at rest by the registry's vault (SM4-GCM, rotatable key),
 * masked on every screen, opened in clear only through {@link ContactReveal}. It is free text ("王先生 138 0000
 * 0000"), so the phone number in it, in the registry's canonical form, is what its lookup hash is computed from.
 */
@Component
class ReporterContacts {

	private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

	private final PersonalDataVault vault;

	ReporterContacts(PersonalDataVault vault) {
		this.vault = vault;
	}

	/** Null for no contact. */
	SealedContact seal(String contact) {
		String text = Normalize.text(contact);
		if (text == null || text.isEmpty()) {
			return null;
		}
		String hash = phoneIn(text).map(vault::lookupHash).orElse(null);
		return new SealedContact(vault.seal(text, hash).bytes(), hash);
	}

	String open(SealedContact contact) {
		return contact == null ? null : vault.open(Sealed.of(contact.sealed(), contact.phoneHash()));
	}

	String masked(SealedContact contact) {
		return contact == null ? null : Masking.phone(open(contact));
	}

	/** The lookup hash of a phone number typed as people type them, or empty when it is not one. */
	Optional<String> hashOf(String phone) {
		return canonical(phone).map(vault::lookupHash);
	}

	/** The whole text as a phone number, else the first mobile number written inside it. */
	static Optional<String> phoneIn(String text) {
		Optional<String> whole = canonical(text);
		if (whole.isPresent()) {
			return whole;
		}
		Matcher m = MOBILE.matcher(text.replaceAll("[\\s-]", ""));
		return m.find() ? Optional.of(m.group()) : Optional.empty();
	}

	private static Optional<String> canonical(String text) {
		try {
			return Optional.of(PhoneNumber.parse(text).value());
		}
		catch (InvalidInputException e) {
			return Optional.empty();
		}
	}
}
