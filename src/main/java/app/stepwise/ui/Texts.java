package app.stepwise.ui;

import app.stepwise.text.Message;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every string the UI shows, from the resource bundle {@code app/stepwise/ui/messages*.properties} in the language
 * chosen in Settings. Texts are {@link MessageFormat} patterns ({0} for arguments, '' for an apostrophe). Pack
 * content keeps its own language.
 */
public final class Texts {
    /** The languages with a complete bundle, as (tag, name in that language). */
    public static final List<Language> LANGUAGES = List.of(new Language("en", "English"), new Language("es", "Español"));

    /** A UI language: its tag and its own name for itself. */
    public record Language(String tag, String name) {}

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("app.stepwise.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts for a language tag ("en", "es"); an unknown tag gives English. */
    public static Texts of(String languageTag) {
        boolean known = LANGUAGES.stream().anyMatch(l -> l.tag().equals(languageTag));
        return new Texts(Locale.forLanguageTag(known ? languageTag : "en"));
    }

    public Locale locale() {
        return locale;
    }

    /** The text for a key, with its arguments filled in; a missing key shows as the key (and a test catches it). */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /**
     * A message from below the UI (a verdict, a line's mark, a misconception, a hint), in this language: the grading
     * module and the tutor hand back keys of the feedback bundle with arguments, never finished English.
     */
    public String get(Message message) {
        return message.in(locale);
    }

    ResourceBundle bundle() {
        return bundle;
    }
}
