package app.stepwise.text;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English sentences recognised as keys of the feedback bundle, so that they can be shown in the reader's language: the
 * model writes a step's sentence in English, in the solvers' words ({@code step.*}), and a Spanish student should read
 * it as the solvers' own steps are shown. A sentence no key's English matches stays as written.
 */
public final class Sentences {
    private Sentences() {}

    /** One key's English pattern as a regular expression: literal text, each argument a group. */
    private record Shape(String key, Pattern regex, boolean[] present, int literalLength) {}

    private static final Map<String, List<Shape>> SHAPES = new ConcurrentHashMap<>();
    private static final char OPEN = '\uE000', CLOSE = '\uE001'; // private-use marks around an argument's number

    /**
     * The message whose English (a key starting with {@code keyPrefix}) is exactly {@code english}, its arguments taken
     * from the sentence as plain text; where several match, the one with the most fixed words; else the sentence
     * {@linkplain Message#verbatim verbatim}.
     */
    public static Message recognise(String english, String keyPrefix) {
        return recognise(english, keyPrefix, Locale.ENGLISH);
    }

    /**
     * The same for a sentence written in another language of the bundle (a Spanish pack's steps, which the editor's
     * Generate wrote in Spanish): the message whose pattern in that language is exactly {@code written}.
     */
    public static Message recognise(String written, String keyPrefix, Locale language) {
        String text = written.strip();
        String tag = Message.LANGUAGES.contains(language.getLanguage()) ? language.getLanguage() : "en";
        Optional<Message> best = Optional.empty();
        int bestLiteral = -1;
        for (Shape s : SHAPES.computeIfAbsent(keyPrefix + "|" + tag, k -> shapes(keyPrefix, Locale.forLanguageTag(tag)))) {
            if (s.literalLength() <= bestLiteral) continue;
            Matcher m = s.regex().matcher(text);
            if (!m.matches()) continue;
            Object[] args = new Object[s.present().length];
            for (int i = 0; i < args.length; i++) args[i] = s.present()[i] ? m.group("a" + i).strip() : "";
            best = Optional.of(Message.of(s.key(), args));
            bestLiteral = s.literalLength();
        }
        return best.orElse(Message.verbatim(written));
    }

    private static List<Shape> shapes(String keyPrefix, Locale language) {
        ResourceBundle bundle = Message.bundle(language);
        List<Shape> out = new ArrayList<>();
        for (String key : bundle.keySet()) {
            if (!key.startsWith(keyPrefix)) continue;
            try {
                MessageFormat format = new MessageFormat(bundle.getString(key), language);
                int n = format.getFormatsByArgumentIndex().length;
                Object[] marks = new Object[n];
                for (int i = 0; i < n; i++) marks[i] = OPEN + Integer.toString(i) + CLOSE;
                String shown = format.format(marks);
                StringBuilder regex = new StringBuilder();
                boolean[] seen = new boolean[n];
                int literal = 0, letters = 0;
                for (int i = 0; i < shown.length();) {
                    int open = shown.indexOf(OPEN, i);
                    String fixed = shown.substring(i, open < 0 ? shown.length() : open);
                    regex.append(Pattern.quote(fixed));
                    literal += fixed.length();
                    letters += (int) fixed.chars().filter(Character::isLetter).count();
                    if (open < 0) break;
                    int close = shown.indexOf(CLOSE, open);
                    int arg = Integer.parseInt(shown.substring(open + 1, close));
                    regex.append(seen[arg] ? "\\k<a" + arg + ">" : "(?<a" + arg + ">.+?)");
                    seen[arg] = true;
                    i = close + 1;
                }
                if (letters < 3) continue; // "{0}   {1}" or "√{0} = {1}." would match nearly anything
                out.add(new Shape(key, Pattern.compile(regex.toString()), seen, literal));
            } catch (IllegalArgumentException e) {
                // a pattern whose arguments are not plain text (a number or choice format) is not matched
            }
        }
        out.sort(Comparator.comparing(Shape::key)); // the same choice on every run
        return List.copyOf(out);
    }
}
