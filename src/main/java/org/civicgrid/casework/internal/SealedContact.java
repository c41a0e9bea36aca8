package org.civicgrid.casework.internal;

/**
 * A reporter's contact as stored: the text sealed by the personal-data vault, and the lookup hash of the phone
 * number in it (the registry's hash of the same number, so a person's card finds the cases they reported), or null
 * when the text holds no phone number.
 */
record SealedContact(byte[] sealed, String phoneHash) {
}
