package app.stepwise.ui;

import java.util.regex.Pattern;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;

/**
 * The working box and the answer box: text controls that paste plain text only, cleaned of what a word processor or web
 * page carries along (tabs, non-breaking spaces, control characters, Windows line ends), and that take symbols from
 * the palette at the caret.
 */
final class MathInput {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\n]]");

    private MathInput() {}

    /** The clipboard's text as the engine should read it; the answer box also loses line breaks. */
    static String clean(String pasted, boolean multiline) {
        String s = pasted.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').replace('\u00a0', ' ')
                .replace('\u2009', ' ').replace('\u202f', ' ').replace("\u200b", "").replace('\u2212', '-')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replace('\u2044', '/').replace('\u2217', '*');
        s = CONTROL.matcher(s).replaceAll("");
        return multiline ? s : s.replace('\n', ' ').strip();
    }

    /** A working box whose paste is plain, cleaned text. */
    static TextArea area() {
        return new TextArea() {
            @Override
            public void paste() {
                pasteClean(this, true);
            }
        };
    }

    /** An answer box whose paste is plain, cleaned text on one line. */
    static TextField field() {
        return new TextField() {
            @Override
            public void paste() {
                pasteClean(this, false);
            }
        };
    }

    private static void pasteClean(TextInputControl control, boolean multiline) {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (!clipboard.hasString()) return; // an image or rich content alone: nothing to paste into a line of math
        control.replaceSelection(clean(clipboard.getString(), multiline));
    }

    /**
     * Inserts a palette entry at the caret, replacing the selection; a {@code |} in the entry marks where the caret
     * goes ({@code √(|)} leaves it inside the brackets).
     */
    static void insert(TextInputControl control, String entry) {
        int caret = entry.indexOf('|');
        String text = entry.replace("|", "");
        int start = control.getSelection().getStart();
        control.replaceSelection(text);
        if (caret >= 0) control.positionCaret(start + caret);
        control.requestFocus();
    }
}
