package app.stepwise.teacher;

import app.stepwise.text.Message;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A teacher PIN as a salted PBKDF2-HMAC-SHA256 hash: the PIN itself is never stored. The iteration count is stored
 * with the hash, so a later Stepwise can raise it and still read old hashes.
 */
public record PinHash(String algorithm, int iterations, String salt, String hash) {
    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about a third of a second on a classroom laptop. */
    public static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The hash of a new PIN with a fresh random salt. */
    public static PinHash of(char[] pin) {
        return of(pin, ITERATIONS);
    }

    static PinHash of(char[] pin, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] h = derive(pin, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder();
        return new PinHash(ALGORITHM, iterations, b64.encodeToString(salt), b64.encodeToString(h));
    }

    /** Whether the PIN matches, compared in constant time; a hash of an unknown algorithm never matches. */
    public boolean matches(char[] pin) {
        if (!ALGORITHM.equals(algorithm) || iterations < 1) return false;
        try {
            byte[] expected = Base64.getDecoder().decode(hash);
            byte[] actual = derive(pin, Base64.getDecoder().decode(salt), iterations);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false; // damaged base64: no PIN matches it
        }
    }

    /**
     * Runs the hash once on a throwaway PIN with a few rounds, so that the runtime has loaded and compiled it before a
     * real PIN is checked (the first hash in a session costs several times the later ones).
     */
    public static void warmUp() {
        derive("warm-up".toCharArray(), new byte[SALT_BYTES], 20_000);
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the Java runtime lacks " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The fewest characters a PIN has (digits, letters, any characters). */
    public static final int MIN_LENGTH = 4;
    /** The most characters a PIN has. */
    public static final int MAX_LENGTH = 32;

    /** Whether a new PIN is acceptable: 4 to 32 characters, not one character repeated; the reason when not. */
    public static java.util.Optional<String> weakness(char[] pin) {
        return weaknessSaid(pin).map(Message::english);
    }

    /** Why a PIN is too weak, as a message of the feedback bundle for the teacher's screen; empty when it will do. */
    public static java.util.Optional<Message> weaknessSaid(char[] pin) {
        if (pin.length < MIN_LENGTH) return java.util.Optional.of(Message.of("pin.tooShort", MIN_LENGTH));
        if (pin.length > MAX_LENGTH) return java.util.Optional.of(Message.of("pin.tooLong", MAX_LENGTH));
        char[] same = new char[pin.length];
        Arrays.fill(same, pin[0]);
        if (Arrays.equals(same, pin)) return java.util.Optional.of(Message.of("pin.repeated"));
        return java.util.Optional.empty();
    }
}
