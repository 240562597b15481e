package app.stepwise.ui;

import java.util.regex.Pattern;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;

/**
 * The working box and the answer box: text controls that paste plain text only, cleaned of what a word processor or web
 * page carries along (tabs, non-breaking spaces, control characters, Windows line ends), and that take symbols from
 * the palette at the caret.
 */
final class MathInput {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\n]]");
    /**
     * Most characters a box holds: room for the tutor's own "too long" message (at 2 000 characters a line or an
     * answer) to be seen, but never the megabytes a stray paste can carry into the layout.
     */
    static final int MAX_WORK_CHARS = 64_000;
    static final int MAX_FIELD_CHARS = 8_000;

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
        return capped(new TextArea() {
            @Override
            public void paste() {
                pasteClean(this, true);
            }
        }, MAX_WORK_CHARS);
    }

    /** An answer box whose paste is plain, cleaned text on one line. */
    static TextField field() {
        return capped(new TextField() {
            @Override
            public void paste() {
                pasteClean(this, false);
            }
        }, MAX_FIELD_CHARS);
    }

    /** The control, holding at most {@code max} characters: typing or pasting past that keeps what fits. */
    static <T extends TextInputControl> T capped(T control, int max) {
        control.setTextFormatter(new TextFormatter<>(change -> {
            String kept = fit(change.getText(),
                    change.getControlText().length() - (change.getRangeEnd() - change.getRangeStart()), max);
            if (kept.length() == change.getText().length()) return change;
            change.setText(kept);
            change.setCaretPosition(change.getRangeStart() + kept.length());
            change.setAnchor(change.getCaretPosition());
            return change;
        }));
        return control;
    }

    /** What of an insertion fits when {@code others} characters stay: all of it, or its start (never half a pair). */
    static String fit(String inserted, int others, int max) {
        int room = Math.max(0, max - others);
        if (inserted.length() <= room) return inserted;
        int end = room;
        if (end > 0 && Character.isHighSurrogate(inserted.charAt(end - 1))) end--;
        return inserted.substring(0, end);
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
