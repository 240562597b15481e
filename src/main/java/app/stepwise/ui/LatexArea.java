package app.stepwise.ui;

import app.stepwise.lesson.LatexPolicy;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The statement editor: plain text with inline LaTeX between {@code $…$}. Formulas are tinted, commands in them
 * coloured (commands outside the allowed list marked), and the bracket next to the caret is shown with its partner.
 */
final class LatexArea extends CodeArea {

    LatexArea() {
        getStyleClass().add("latex-area");
        setWrapText(true);
        textProperty().addListener((o, was, now) -> restyle());
        caretPositionProperty().addListener((o, was, now) -> restyle());
    }

    private void restyle() {
        String text = getText();
        if (text.isEmpty()) return;
        setStyleSpans(0, spans(text, getCaretPosition()));
    }

    /** Style classes for each character: text, formula, command, unknown command, matched bracket. */
    static StyleSpans<Collection<String>> spans(String text, int caret) {
        String[] style = new String[text.length()];
        boolean inMath = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
                style[i] = style[i + 1] = inMath ? "latex-math" : "";
                i++;
                continue;
            }
            if (c == '$') {
                style[i] = "latex-delimiter";
                inMath = !inMath;
                continue;
            }
            if (inMath && c == '\\') {
                int j = i + 1;
                while (j < text.length() && Character.isLetter(text.charAt(j))) j++;
                if (j == i + 1 && j < text.length()) j++;
                String name = text.substring(i + 1, j);
                String s = LatexPolicy.allowsCommand(name) ? "latex-command" : "latex-unknown"; // the students' rule
                for (int k = i; k < j; k++) style[k] = s;
                i = j - 1;
                continue;
            }
            style[i] = inMath ? "latex-math" : "";
        }
        int[] pair = matchingBracket(text, caret);
        if (pair != null) {
            style[pair[0]] = "latex-bracket";
            style[pair[1]] = "latex-bracket";
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && !style[i].equals(style[i - 1])) {
                b.add(style[i - 1].isEmpty() ? Collections.emptyList() : List.of(style[i - 1]), run);
                run = 0;
            }
            run++;
        }
        b.add(style[text.length() - 1].isEmpty() ? Collections.emptyList() : List.of(style[text.length() - 1]), run);
        return b.create();
    }

    /** The bracket just before or at the caret and its partner, or null. */
    static int[] matchingBracket(String text, int caret) {
        for (int at : new int[]{caret - 1, caret}) {
            if (at < 0 || at >= text.length()) continue;
            char c = text.charAt(at);
            int open = "({[".indexOf(c);
            int close = ")}]".indexOf(c);
            if (open >= 0) {
                int depth = 0;
                for (int i = at; i < text.length(); i++) {
                    if (text.charAt(i) == "({[".charAt(open)) depth++;
                    else if (text.charAt(i) == ")}]".charAt(open) && --depth == 0) return new int[]{at, i};
                }
            } else if (close >= 0) {
                int depth = 0;
                for (int i = at; i >= 0; i--) {
                    if (text.charAt(i) == ")}]".charAt(close)) depth++;
                    else if (text.charAt(i) == "({[".charAt(close) && --depth == 0) return new int[]{i, at};
                }
            }
        }
        return null;
    }
}
