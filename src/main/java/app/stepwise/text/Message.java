package app.stepwise.text;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A message for a student from below the UI (a verdict, a line's mark, a misconception, a hint's note, a "cannot read"
 * error): a key of the feedback bundle ({@code app/stepwise/text/feedback*.properties}) and its arguments, rendered in
 * the reader's language by the screen that shows it. Arguments are plain text (math, units, numbers as typed), whole
 * numbers, or other messages (rendered in the same language). The command line, the progress file and the JSON output
 * use {@link #english()}.
 */
public record Message(String key, List<Object> args) {
    /** The key whose pattern is its first argument unchanged: text that has no translation (the model's words, a pack's). */
    public static final String VERBATIM = "verbatim";
    /** The languages the feedback bundle is complete in. */
    public static final List<String> LANGUAGES = List.of("en", "es");

    public Message {
        Objects.requireNonNull(key);
        for (Object a : args) {
            if (!(a instanceof String || a instanceof Integer || a instanceof Long || a instanceof Message))
                throw new IllegalArgumentException("a message argument is text, a whole number or a message: " + a);
        }
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    /** Text shown as it is in every language. */
    public static Message verbatim(String text) {
        return new Message(VERBATIM, List.of(text));
    }

    /** The key of a grader's verdict quoted for a teacher without its lead-in ("Not quite:"): {@link #reason}. */
    static final String REASON = "reason";

    /**
     * A grader's verdict as a teacher reads it: its words are written for a student, so the lead-in of a wrong answer
     * ({@code grade.leadIn}, "Not quite") is left off in each language.
     */
    public static Message reason(Message verdict) {
        return new Message(REASON, List.of(verdict));
    }

    /** The empty message. */
    public static final Message NONE = verbatim("");

    public boolean isEmpty() {
        return key.equals(VERBATIM) && args.get(0).equals("");
    }

    /** The message in English: what the command line prints and the progress file stores. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return english();
    }

    /** The message in a language ("es"); a language without a bundle gets English. */
    public String in(Locale locale) {
        ResourceBundle bundle = bundle(locale);
        if (key.equals(VERBATIM)) return String.valueOf(args.get(0));
        if (key.equals(REASON))
            return withoutLeadIn(String.valueOf(args.get(0) instanceof Message m ? m.in(locale) : args.get(0)),
                    bundle.getString("grade.leadIn"));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key; // a test catches keys missing from a bundle
        }
        List<Object> filled = new ArrayList<>(args.size());
        for (Object a : args) filled.add(a instanceof Message m ? m.in(locale) : a);
        return new MessageFormat(pattern, locale).format(filled.toArray());
    }

    private static String withoutLeadIn(String verdict, String leadIn) {
        if (!verdict.regionMatches(true, 0, leadIn, 0, leadIn.length())) return verdict.strip();
        return verdict.substring(leadIn.length()).replaceFirst("^[:,.]?\\s*", "").strip();
    }

    /** Messages joined as sentences (each followed by the next after a space), in one language. */
    public static Message join(Message first, Message second) {
        if (second.isEmpty()) return first;
        if (first.isEmpty()) return second;
        return of("join", first, second);
    }

    static ResourceBundle bundle(Locale locale) {
        String tag = LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
        return ResourceBundle.getBundle("app.stepwise.text.feedback", tag.equals("en") ? Locale.ROOT : Locale.forLanguageTag(tag),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
