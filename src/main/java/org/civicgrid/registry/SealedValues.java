package org.civicgrid.registry;

import java.util.Map;

/**
 * How many stored values are sealed under one key id, per sealed column ({@code person.phone_sealed} …):
 * whether it is the active key (nothing to do), and whether it is still configured (values of a key that is not
 * can no longer be opened). A key may be dropped from the configuration once it seals no value.
 */
public record SealedValues(String keyId, boolean active, boolean configured, long values, Map<String, Long> columns) {
}
