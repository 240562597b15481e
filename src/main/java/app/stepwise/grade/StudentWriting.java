package app.stepwise.grade;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ways students write a letter or a value that mean the maths plainly: a capital for the problem's letter ({@code X = 3}
 * where the problem is in x) and a value said in words ({@code x is 3}, {@code x equals 3}). Both were read as other
 * maths and a right line or answer marked wrong (grade14); each is rewritten only where nothing else can be meant.
 */
final class StudentWriting {
    private StudentWriting() {}

    /** The line with a lone capital written for a letter of the problem that has no capital of its own there. */
    static String capitals(String text, Set<String> names) {
        Matcher m = LONE_CAPITAL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String small = m.group().toLowerCase(java.util.Locale.ROOT);
            boolean forLetter = names.contains(small) && !names.contains(m.group());
            m.appendReplacement(out, forLetter ? small : m.group());
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "x is 3", "so x equals -2.5": a letter of the problem given one number in words, as {@code x = 3}; else the text. */
    static String valueInWords(String text, Set<String> names) {
        Matcher m = VALUE_IN_WORDS.matcher(text);
        if (!m.matches() || !names.contains(m.group(1))) return text;
        return m.group(1) + " = " + m.group(2);
    }

    private static final Pattern LONE_CAPITAL = Pattern.compile("(?<!\\p{L})\\p{Lu}(?!\\p{L})");
    private static final Pattern VALUE_IN_WORDS = Pattern.compile(
            "(?i:(?:so|then|therefore)\\s+)?(\\p{L})\\s+(?i:is|equals|is equal to)\\s+(-?\\d+(?:\\.\\d+)?(?:/\\d+)?)\\s*");
}
