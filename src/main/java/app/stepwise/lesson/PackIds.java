package app.stepwise.lesson;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A new pack's id, made from its title: its Latin letters without accents and its digits, the words joined by "-"
 * ("Ecuaciones: señales" → ecuaciones-senales), never one already taken (fractions-2). A title with no Latin letters
 * (another script) or none at all gives "my-pack". The id names the pack's file and its export, so it stays plain ASCII.
 */
public final class PackIds {
    private PackIds() {}

    /** The id when the title gives none. */
    public static final String FALLBACK = "my-pack";
    /** Room left for "-2", "-3"… under the reader's 80 characters. */
    private static final int LONGEST = 60;

    /** The id for a pack with this title; {@code taken} says which ids a pack (or a pack file) already has. */
    public static String fromTitle(String title, Predicate<String> taken) {
        String base = fromTitle(title);
        String id = base;
        for (int n = 2; taken.test(id); n++) id = base + "-" + n;
        return id;
    }

    /** The id this title makes, before any clash is looked at. */
    static String fromTitle(String title) {
        String plain = Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l");
        if (!plain.matches("(?s).*[a-z].*")) return FALLBACK; // "Алгебра 7": its digits alone would name nothing
        String id = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (id.length() > LONGEST) id = id.substring(0, LONGEST).replaceAll("-+$", "");
        return id;
    }

    /** The longest file name suggested, without its extension: well inside every system's limit. */
    private static final int LONGEST_NAME = 80;
    private static final java.util.regex.Pattern DEVICE_NAME = java.util.regex.Pattern
            .compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    /**
     * The name (without extension) to suggest for a pack's file: its title as the teacher wrote it, safe on every
     * system the file may be copied to. Slashes become "-"; characters Windows or macOS refuse (: * ? " < > |) and
     * control characters go; no leading or trailing dots or spaces, no device name (CON, NUL…), at most 80 characters
     * cut at a word. Where nothing is left, the pack's {@code id}.
     */
    public static String fileName(String title, String id) {
        String name = title.replaceAll("[/\\\\]", "-").replaceAll("[:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ");
        name = trimmed(name);
        if (name.length() > LONGEST_NAME) {
            int cut = name.lastIndexOf(' ', LONGEST_NAME);
            name = trimmed(name.substring(0, cut > 0 ? cut : LONGEST_NAME));
        }
        return name.isEmpty() || DEVICE_NAME.matcher(name).matches() ? id : name;
    }

    /** Without leading or trailing spaces, dots and commas (a leading dot hides a file; Windows drops trailing ones). */
    private static String trimmed(String name) {
        return name.replaceAll("^[\\s.,]+|[\\s.,]+$", "");
    }
}
