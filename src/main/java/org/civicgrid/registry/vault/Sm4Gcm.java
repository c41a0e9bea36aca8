package org.civicgrid.registry.vault;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * SM4 (GB/T 32907-2016) in GCM mode through BouncyCastle's lightweight API: 128-bit key, 96-bit nonce, 128-bit
 * tag. A nonce must never repeat under one key; the vault draws a fresh random one for every value.
 */
final class Sm4Gcm {

	private static final int TAG_BITS = Sealed.TAG_LENGTH * 8;

	private Sm4Gcm() {
	}

	static byte[] encrypt(byte[] key, byte[] nonce, byte[] associatedData, byte[] plain) {
		GCMModeCipher cipher = cipher(true, key, nonce, associatedData);
		byte[] out = new byte[cipher.getOutputSize(plain.length)];
		int n = cipher.processBytes(plain, 0, plain.length, out, 0);
		try {
			cipher.doFinal(out, n);
		}
		catch (InvalidCipherTextException e) {
			throw new IllegalStateException("SM4-GCM encryption failed", e);
		}
		return out;
	}

	/** @throws InvalidCipherTextException when the tag does not match: altered bytes or the wrong key */
	static byte[] decrypt(byte[] key, byte[] nonce, byte[] associatedData, byte[] sealed)
			throws InvalidCipherTextException {
		GCMModeCipher cipher = cipher(false, key, nonce, associatedData);
		byte[] out = new byte[cipher.getOutputSize(sealed.length)];
		int n = cipher.processBytes(sealed, 0, sealed.length, out, 0);
		n += cipher.doFinal(out, n);
		return n == out.length ? out : java.util.Arrays.copyOf(out, n);
	}

	private static GCMModeCipher cipher(boolean encrypt, byte[] key, byte[] nonce, byte[] associatedData) {
		GCMModeCipher cipher = GCMBlockCipher.newInstance(new SM4Engine());
		cipher.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, associatedData));
		return cipher;
	}
}
