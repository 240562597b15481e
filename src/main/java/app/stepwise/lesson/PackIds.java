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
}
