package app.stepwise.tutor;

import app.stepwise.lesson.Problem;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Quantity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a physics solution shown as whole shows where each of its numbers comes from (fix11). The grading module
 * judges each line by its value, and rightly accepts {@code F = 1200 × 2.5 = 3000 N} from a student who worked the
 * acceleration out in the head; but a worked solution shown to a student that begins there uses a value the problem does
 * not give, and never shows how it was found. A line's working (what follows its first {@code =}) may use only numbers
 * the problem gives (as written or in SI), numbers of the lines before it, and the few constants formulas and unit
 * conversions use; a line that only states a value is the working out of the line before it (the same quantity), or a
 * value already known.
 */
final class ShownWork {
    private ShownWork() {}

    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z_\\d.])\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");
    /** A value and at most a unit: "2.5", "3000 N", "4.04 m/s^2". */
    private static final Pattern BARE = Pattern
            .compile("\\s*-?\\s*\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?\\s*(?:[A-Za-zΩμ°][A-Za-zΩμ°/^²³\\d·.\\s]*)?");
    /** Constants of formulas and conversions: ½, squares, g, minutes and hours, km/h, powers of ten. */
    private static final double[] CONSTANTS = {0.5, 9.8, 9.81, 60, 3600, 3.6};

    static boolean showsWhereEachNumberComesFrom(List<Problem.Given> givens, List<String> lines) {
        List<BigDecimal> known = new ArrayList<>();
        for (Problem.Given g : givens) {
            numbers(g.value(), known);
            try {
                Quantity q = Quantity.parse(g.value());
                known.add(BigDecimal.valueOf(q.si()));
                known.add(BigDecimal.valueOf(q.value()));
            } catch (MathSyntaxException | RuntimeException e) {
                // its written numbers are known
            }
        }
        String before = null;
        for (String line : lines) {
            String[] parts = line.split("=");
            if (parts.length < 2) {
                before = null;
                numbers(line, known);
                continue;
            }
            String subject = parts[0].replace(" ", "");
            String working = parts[1];
            List<BigDecimal> used = new ArrayList<>();
            numbers(working, used);
            boolean bare = BARE.matcher(working).matches() && used.size() >= 1;
            if (bare) {
                // "a = 2.5 m/s^2" works out the line before ("a = (30 - 10)/8"), or states a value already known
                if (!subject.equals(before) && !isKnown(used.get(0), known)) return false;
            } else {
                for (BigDecimal n : used) if (!isKnown(n, known)) return false;
            }
            numbers(line, known);
            before = subject;
        }
        return true;
    }

    private static void numbers(String text, List<BigDecimal> into) {
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            try {
                into.add(new BigDecimal(m.group()));
            } catch (NumberFormatException e) {
                // not a number after all
            }
        }
    }

    /** A small whole number, a constant, a power of ten, or a known value as written (to its figures) or within 0.5 %. */
    static boolean isKnown(BigDecimal n, List<BigDecimal> known) {
        double v = n.doubleValue();
        if (v == Math.rint(v) && v <= 12) return true;
        for (double c : CONSTANTS) if (Math.abs(v - c) < 1e-9) return true;
        double log = Math.log10(v);
        if (v > 0 && Math.abs(log - Math.rint(log)) < 1e-9) return true;
        int figures = Math.max(1, n.stripTrailingZeros().precision());
        for (BigDecimal k : known) {
            double kv = k.doubleValue();
            if (kv == v || Math.abs(kv - v) <= 0.005 * Math.abs(kv)) return true;
            if (figures >= 2 && kv != 0
                    && k.round(new MathContext(figures, RoundingMode.HALF_UP)).compareTo(n) == 0)
                return true;
        }
        return false;
    }
}
