package app.stepwise.lesson;

import java.util.Optional;

/** The first LaTeX problem of authored text, as one message: unclosed {@code $}, unbalanced braces, a disallowed command. */
public final class LatexCheck {
    private LatexCheck() {}

    /** The first problem {@link LatexPolicy} finds in the text, or empty when every formula may be drawn. */
    public static Optional<String> problemWith(String text) {
        return LatexPolicy.check(text).stream().findFirst().map(LatexPolicy.Finding::message);
    }
}
