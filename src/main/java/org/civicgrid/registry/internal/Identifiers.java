package org.civicgrid.registry.internal;

import java.util.Arrays;
import java.util.List;

import org.civicgrid.registry.DocumentType;
import org.civicgrid.registry.vault.PersonalDataVault;
import org.civicgrid.registry.vault.Sealed;
import org.springframework.stereotype.Component;

/**
 * Seals identifiers for the person table and computes the hashes that find them. An ID card number is hashed as
 * it is; any other document number with its type in front ({@code PASSPORT:E12345678}), so the same characters
 * on two kinds of document are two different documents.
 */
@Component
class Identifiers {

	private final PersonalDataVault vault;

	Identifiers(PersonalDataVault vault) {
		this.vault = vault;
	}

	Sealed sealDocument(DocumentType type, String number) {
		return Sealed.of(vault.seal(number).bytes(), documentHash(type, number));
	}

	Sealed sealPhone(String phone) {
		return vault.seal(phone);
	}

	String documentHash(DocumentType type, String number) {
		return vault.lookupHash(type == DocumentType.ID_CARD ? number : type.name() + ":" + number);
	}

	/** The hashes a document number would have under every document type. */
	List<String> documentHashes(String number) {
		return Arrays.stream(DocumentType.values()).map(t -> documentHash(t, number)).toList();
	}

	String phoneHash(String phone) {
		return vault.lookupHash(phone);
	}

	String open(byte[] sealed) {
		return sealed == null ? null : vault.open(Sealed.of(sealed, null));
	}
}
