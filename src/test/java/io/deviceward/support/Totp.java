package io.deviceward.support;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.binary.Base32;

/**
 * One-time codes as an authenticator app computes them from the secret Keycloak shows (realm policy:
 * TOTP, SHA-1, 6 digits, 30 s, one step of look-ahead).
 */
public final class Totp {
    private Totp() {}

    /** The code for now; {@code stepsAhead} 1 gives the next one (Keycloak takes it too, and it is not yet used). */
    public static String code(String base32Secret, int stepsAhead) {
        long step = System.currentTimeMillis() / 1000 / 30 + stepsAhead;
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6)
                    .generate(base32Secret.replace(" ", "").toUpperCase(), step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keycloak keeps the secret as text and shows its UTF-8 bytes in Base32. */
    public static String base32Of(String keycloakSecret) {
        return new Base32()
                .encodeAsString(keycloakSecret.getBytes(StandardCharsets.UTF_8))
                .replace("=", "");
    }
}
