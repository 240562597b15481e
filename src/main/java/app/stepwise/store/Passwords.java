package app.stepwise.store;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Picture passwords ("cat sun tree"): kept as a salted PBKDF2 hash. They keep classmates from opening each other's
 * profile on a shared laptop; they are not meant to stop a determined attacker.
 */
final class Passwords {
    private static final int ITERATIONS = 20_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {}

    static String hash(String picture) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return "pbkdf2$" + ITERATIONS + "$" + HexFormat.of().formatHex(salt) + "$"
                + HexFormat.of().formatHex(derive(picture, salt, ITERATIONS));
    }

    static boolean matches(String picture, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals("pbkdf2")) return false;
        byte[] expected = HexFormat.of().parseHex(parts[3]);
        byte[] got = derive(picture == null ? "" : picture, HexFormat.of().parseHex(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, got);
    }

    private static byte[] derive(String picture, byte[] salt, int iterations) {
        String normal = picture.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(normal.toCharArray(), salt, iterations, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every Java runtime", e);
        }
    }
}
