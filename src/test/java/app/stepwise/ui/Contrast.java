package app.stepwise.ui;

import javafx.scene.paint.Color;

/** WCAG's contrast ratio of two colours, for the tests that check text can be read in every theme. */
final class Contrast {
    private Contrast() {}

    /** From 1 (the same) to 21 (black on white); 4.5 is the least for body text. */
    static double ratio(Color a, Color b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
