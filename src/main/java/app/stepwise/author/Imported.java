package app.stepwise.author;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Quantity;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What importers share: answers read as math, ids made valid and unique, with every change reported. */
final class Imported {
    private final Set<String> ids = new HashSet<>();
    private final List<String> report;

    Imported(List<String> report) {
        this.report = report;
    }

    /** A valid pack id from any name; a name taken before gets -2, -3, … and the change is reported. */
    String id(String wanted, String what) {
        String base = wanted == null ? "" : wanted.strip().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        if (base.length() > 70) base = base.substring(0, 70);
        if (base.isEmpty()) base = "problem";
        String id = base;
        for (int n = 2; !ids.add(id); n++) id = base + "-" + n;
        if (!id.equals(wanted)) {
            if (!base.equals(wanted))
                report.add(what + ": the id \"" + wanted + "\" became \"" + id + "\" (ids use letters, digits, '.', '_', '-')");
            else
                report.add(what + ": the id \"" + wanted + "\" was used before, so this one is \"" + id + "\"");
        }
        return id;
    }

    private static final Set<String> FUNCTIONS = Set.of("sin", "cos", "tan", "sqrt", "log", "exp", "abs", "asin", "acos",
            "atan", "sec", "csc", "cot", "sinh", "cosh", "tanh", "arcsin", "arccos", "arctan");

    /** An answer typed as text: an equation, a number, or an expression the math engine reads; empty otherwise. */
    static Optional<AnswerSpec> mathAnswer(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) return Optional.empty();
        try {
            new BigDecimal(t);
            return Optional.of(new AnswerSpec.Numeric(t, AnswerSpec.Tolerance.EXACT, Optional.empty()));
        } catch (NumberFormatException e) {
            // not a plain number
        }
        // the engine reads "triangle" as a product of letters: a word of three or more letters is words, not math
        java.util.regex.Matcher words = java.util.regex.Pattern.compile("[A-Za-z]{3,}").matcher(t);
        while (words.find()) if (!FUNCTIONS.contains(words.group().toLowerCase(java.util.Locale.ROOT))) return Optional.empty();
        try {
            Parser.parse(t);
        } catch (MathSyntaxException | RuntimeException e) {
            return Optional.empty();
        }
        if (t.contains("=")) return Optional.of(new AnswerSpec.Equation(t));
        return Optional.of(new AnswerSpec.Expression(t, Optional.empty()));
    }

    /** A number with a unit Stepwise reads, as a quantity answer. */
    static Optional<AnswerSpec> quantity(String value, AnswerSpec.Tolerance tolerance) {
        try {
            Quantity q = Quantity.parse(value);
            if (!q.hasUnit()) return Optional.empty();
            return Optional.of(new AnswerSpec.Quantity(value, Optional.of(tolerance), Optional.empty()));
        } catch (MathSyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Maxima's spelling (STACK) in the engine's: {@code %pi} → {@code pi}, {@code %e} → {@code e}. */
    static String fromMaxima(String s) {
        return s.strip().replaceAll(";$", "").replace("%pi", "pi").replace("%e", "e").replace("%i", "i");
    }
}
