package com.sponsorship.audit;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** The platform's Ed25519 public key, as served on {@code /api/v1/audit/key}: Base64 of its X.509 DER. */
public record PlatformKey(String algorithm, String publicKey) {

    public static final String ALGORITHM = "Ed25519";

    public static PlatformKey of(PublicKey key) {
        return new PlatformKey(ALGORITHM, Base64.getEncoder().encodeToString(key.getEncoded()));
    }

    /** The key itself; {@link IllegalArgumentException} saying why when this is not an Ed25519 public key. */
    public PublicKey toPublicKey() {
        if (!ALGORITHM.equals(algorithm)) {
            throw new IllegalArgumentException("the key's algorithm is " + algorithm + ", not " + ALGORITHM);
        }
        try {
            return KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException notAKey) {
            throw new IllegalArgumentException("publicKey is not the Base64 of an Ed25519 X.509 public key");
        }
    }

    /** Whether {@code signature} (Base64) is this key's signature of {@code statement}. */
    public boolean signed(byte[] statement, String signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(toPublicKey());
            verifier.update(statement);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException notASignature) {
            return false;
        }
    }
}
