package app.stepwise.ui;

import java.util.Arrays;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** How wide text is drawn: for labels that wrap between words and must never break inside one. */
final class TextWidths {
    private TextWidths() {}

    /**
     * The width of the widest word of the text in this font: a wrapping label breaks lines at spaces only, so a
     * hyphenated word ("Constant-acceleration") is one word.
     */
    static double widestWord(String text, Font font) {
        return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).mapToDouble(w -> width(w, font)).max()
                .orElse(0);
    }

    /** The width of one line of text in this font. */
    static double width(String line, Font font) {
        Text measure = new Text(line);
        measure.setFont(font);
        return Math.ceil(measure.getLayoutBounds().getWidth());
    }
}
