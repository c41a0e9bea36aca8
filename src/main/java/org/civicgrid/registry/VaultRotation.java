package org.civicgrid.registry;

import java.util.List;
import java.util.Optional;

import org.civicgrid.shared.Caller;

/**
 * Rotating the key of the personal-data vault: after a new key is configured and made active, a reseal run seals
 * every value still under an older key again, batch by batch, while the application keeps working; lookup hashes
 * stay as they are. Admins only; starting a run is audited, and so is its end.
 */
public interface VaultRotation {

	/** Stored sealed values per key id, the active key's included; admins only. */
	List<SealedValues> sealedValues(Caller caller);

	/**
	 * Starts a reseal run in the background.
	 *
	 * @throws org.civicgrid.shared.NotPermittedException for anyone but an admin
	 * @throws org.civicgrid.shared.ConflictException while another run is going (on any node)
	 */
	ResealJob start(Caller caller, String remoteAddr);

	/** A run; a run whose node stopped beating is reported FAILED (interrupted). */
	ResealJob job(Caller caller, long id);

	/** The latest run, if any. */
	Optional<ResealJob> latest(Caller caller);
}
