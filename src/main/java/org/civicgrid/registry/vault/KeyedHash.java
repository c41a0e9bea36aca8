package org.civicgrid.registry.vault;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * HMAC-SM3 (SM3: GB/T 32905-2016) of a plain value under a secret key, as lower-case hex: equal values give equal
 * hashes, so a column of them finds a resident by exact ID number or phone, while without the key the hash
 * cannot be recomputed from a guessed number.
 */
final class KeyedHash {

	private final byte[] key;

	KeyedHash(byte[] key) {
		this.key = key.clone();
	}

	String of(String plain) {
		HMac mac = new HMac(new SM3Digest());
		mac.init(new KeyParameter(key));
		byte[] in = plain.getBytes(StandardCharsets.UTF_8);
		mac.update(in, 0, in.length);
		byte[] out = new byte[mac.getMacSize()];
		mac.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}
}
