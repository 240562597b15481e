package app.stepwise.ui;

import app.stepwise.tutor.ModelCatalog;

/**
 * The user's settings: which model the tutor uses, the UI language, the theme and the text size.
 *
 * @param fontScale 1.0 is the normal size; Ctrl + and Ctrl − step it between {@link #MIN_SCALE} and {@link #MAX_SCALE}
 */
public record Settings(String model, String language, Theme theme, double fontScale) {
    public static final double MIN_SCALE = 0.8;
    public static final double MAX_SCALE = 2.0;

    public static final Settings DEFAULTS = new Settings(ModelCatalog.DEFAULT, "en", Theme.LIGHT, 1.0);

    public Settings {
        fontScale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, Double.isFinite(fontScale) ? fontScale : 1.0));
    }

    /** The looks: light, dark, or high contrast (black on white, thick focus rings, no colour-only signals). */
    public enum Theme {
        LIGHT,
        DARK,
        HIGH_CONTRAST
    }

    public Settings withModel(String m) {
        return new Settings(m, language, theme, fontScale);
    }

    public Settings withLanguage(String l) {
        return new Settings(model, l, theme, fontScale);
    }

    public Settings withTheme(Theme t) {
        return new Settings(model, language, t, fontScale);
    }

    public Settings withFontScale(double s) {
        return new Settings(model, language, theme, s);
    }
}
