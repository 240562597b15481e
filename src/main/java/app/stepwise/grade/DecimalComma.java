package app.stepwise.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "x = 2,5": the decimal 2.5 to a student who writes a decimal comma (Spanish, most of Europe), the two values 2 and 5
 * to one who does not (ans15: the answer box read it as a list only, so a Spanish student's 2,5 was wrong under x = 2.5
 * and right under x = 2 or x = 5). ADR 0016 says when each reading is taken and when the student is asked.
 */
final class DecimalComma {
    private DecimalComma() {}

    /** The screen languages whose students write a decimal comma (the app's own: English and Spanish). */
    private static final Set<String> COMMA_LANGUAGES = Set.of("es");

    static boolean writtenIn(Locale language) {
        return COMMA_LANGUAGES.contains(language.getLanguage());
    }

    /** A decimal comma as typed ({@code 2,5}) and the number it stands for ({@code 2.5}). */
    record Found(String typed, String decimal, String before, String after, int start, int end) {
        /** 1,500: three digits after the comma, a thousands comma to an English writer. */
        boolean grouped() {
            return after.length() == 3 && !before.equals("0");
        }

        /**
         * The decimal as a screen that writes a decimal comma writes it with no trailing zeros (1,5 for 1,500): what to type
         * for the decimal, where 1,500 reads two ways (rev17: the message said 1,500 again, and 1.500, a thousands point).
         */
        String withComma() {
            String places = after.replaceFirst("0+$", "");
            return places.isEmpty() ? before : before + "," + places;
        }
    }

    /**
     * The decimal commas of the text, in order. A comma with a space after it, three digits after a number other than 0 (1,500:
     * thousands or a decimal, refused as written), between other numbers (2,5,7) or alone in a bracket ({@code (7,2)}, a pair;
     * {@code {2,5}}, a set) is not a decimal comma.
     */
    static List<Found> in(String text) {
        return in(text, false);
    }

    /**
     * The decimal commas of the text; where {@code grouped} (a screen whose language writes a decimal comma, grade16),
     * also 1,500, which is the decimal 1.5 there (that language groups thousands with a point or a space).
     */
    static List<Found> in(String text, boolean grouped) {
        List<Found> out = new ArrayList<>();
        for (Matcher m = CANDIDATE.matcher(text); m.find();) {
            boolean inBrackets = OPENED.matcher(text.substring(0, m.start())).find()
                    && CLOSED.matcher(text.substring(m.end())).lookingAt();
            // 1,500: thousands or a decimal (refused as written); 0,250 can only be a decimal
            Found f = new Found(m.group(), m.group(1) + "." + m.group(2), m.group(1), m.group(2), m.start(), m.end());
            if (!inBrackets && (grouped || !f.grouped())) out.add(f);
        }
        return out;
    }

    /** The text with each decimal comma read as a point ({@code x = 2,5} → {@code x = 2.5}). */
    static String asPoint(String text) {
        return asPoint(text, false);
    }

    /** The text with each decimal comma read as a point, 1,500 too where {@code grouped}. */
    static String asPoint(String text, boolean grouped) {
        return rewritten(text, in(text, grouped), Found::decimal);
    }

    /** The text with 1,500 read as the whole number 1500, the other commas as written. */
    static String asThousands(String text) {
        return rewritten(text, in(text, true).stream().filter(Found::grouped).toList(), f -> f.before() + f.after());
    }

    private static String rewritten(String text, List<Found> found, java.util.function.Function<Found, String> as) {
        StringBuilder out = new StringBuilder();
        int done = 0;
        for (Found f : found) {
            out.append(text, done, f.start()).append(as.apply(f));
            done = f.end();
        }
        return out.append(text.substring(done)).toString();
    }

    private static final Pattern CANDIDATE = Pattern
            .compile("(?<![\\d.,])(\\d+),(\\d+)(?!\\d|[.,]\\d)");
    private static final Pattern OPENED = Pattern.compile("[(\\[{]\\s*-?$");
    private static final Pattern CLOSED = Pattern.compile("\\s*[)\\]}]");
}
