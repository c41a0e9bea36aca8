package org.civicgrid.registry;

import java.util.Optional;

/**
 * A person's phone in clear for a message the system itself sends them (an SMS from messaging), one person at a
 * time and only at the moment of sending: the number is opened from the vault and handed over, never stored by
 * the caller. Every opening is audited as {@code PERSONAL_DATA_OPENED_FOR_DELIVERY} (the person, their grid, the
 * purpose), as a person's reveal is. The number's {@code toString} is masked, so a log line never shows it whole.
 */
public interface ContactPhones {

	/**
	 * The person's phone, empty when the registry has no such person or no phone for them.
	 *
	 * @param purpose what the number is opened for, as the audit trail records it ({@code outbound delivery 17})
	 */
	Optional<PhoneNumber> phoneOf(long personId, String purpose);
}
