package app.stepwise.lesson;

import java.util.Optional;

/** Checks the inline-LaTeX delimiters of authored text: {@code $...$} pairs and balanced braces inside them. */
public final class LatexCheck {
    private LatexCheck() {}

    public static Optional<String> problemWith(String text) {
        boolean inMath = false;
        int mathStart = -1;
        int braces = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                i++; // an escaped character, e.g. \$ or \{
                continue;
            }
            if (c == '$') {
                if (inMath && braces != 0) {
                    return Optional.of("unbalanced { } in the formula starting at character " + (mathStart + 1));
                }
                inMath = !inMath;
                mathStart = i;
                braces = 0;
            } else if (inMath && c == '{') {
                braces++;
            } else if (inMath && c == '}') {
                if (--braces < 0)
                    return Optional.of("a '}' without its '{' in the formula starting at character " + (mathStart + 1));
            }
        }
        if (inMath)
            return Optional.of("a '$' at character " + (mathStart + 1) + " opens a formula that is never closed with '$'");
        return Optional.empty();
    }
}
