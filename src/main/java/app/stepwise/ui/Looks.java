package app.stepwise.ui;

import java.util.Locale;
import javafx.scene.Scene;

/** The theme and text size of a scene, following the settings: light, dark or high contrast; Ctrl +/− scales text. */
final class Looks {
    static final double BASE_FONT_PX = 14;
    /** The text size in use, for formulas drawn at a size in pixels. */
    private static volatile double scale = 1.0;
    /** The colour formulas are drawn in: the theme's text colour, so math reads like the words around it. */
    private static volatile java.awt.Color formulaInk = java.awt.Color.BLACK;

    private Looks() {}

    /** Applies the current settings to the scene now and whenever they change. */
    static void apply(Scene scene, SettingsStore settings) {
        set(scene, settings.get());
        settings.settingsProperty().addListener((o, was, now) -> set(scene, now));
    }

    /** A formula size in pixels at the text size in use. */
    static double mathSize(double basePx) {
        return Math.round(basePx * scale * 2) / 2.0; // half pixels: the formula cache sees few distinct sizes
    }

    /** The ink of formulas in the theme in use. */
    static java.awt.Color formulaInk() {
        return formulaInk;
    }

    static void set(Scene scene, Settings s) {
        scale = s.fontScale();
        formulaInk = s.theme() == Settings.Theme.DARK ? new java.awt.Color(0xE8, 0xEA, 0xED) : java.awt.Color.BLACK;
        scene.getStylesheets().setAll(css("stepwise.css"), css("theme-" + s.theme().name().toLowerCase(Locale.ROOT) + ".css"));
        scene.getRoot().setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * s.fontScale()));
    }

    private static String css(String name) {
        return Looks.class.getResource(name).toExternalForm();
    }

    /** The next text size, one step up or down, within the allowed range. */
    static double step(double scale, int direction) {
        double next = Math.round((scale + 0.1 * direction) * 10) / 10.0;
        return Math.max(Settings.MIN_SCALE, Math.min(Settings.MAX_SCALE, next));
    }
}
