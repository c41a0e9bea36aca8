/**
 * The personal-data vault: identifiers sealed with SM4-GCM under a rotatable key, with a keyed HMAC-SM3 hash beside
 * each for exact lookup. A named interface, so that other modules keeping personal identifiers in their own tables
 * (casework: a reporter's contact) seal them the same way, with the same keys and comparable lookup hashes.
 */
@NamedInterface("vault")
package org.civicgrid.registry.vault;

import org.springframework.modulith.NamedInterface;
