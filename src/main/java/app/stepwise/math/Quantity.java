package app.stepwise.math;

import app.stepwise.text.Message;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A number with a unit as a student writes it, e.g. {@code 9.8 m/s²} or {@code 4.2×10⁻³ kg}. */
public record Quantity(double value, String numberText, Unit unit) {

    /** A number: 2.5, 3e8, 4.2 × 10^-3, 10⁻³, or a power of one (2^2 m/s^2 is 4 m/s^2, not a unit with a caret in it). */
    private static final Pattern NUMBER = Pattern.compile(
            "^\\s*([-−+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-−+]?\\d+)?(?:\\s*[×x*·]\\s*10(?:\\^\\(?[-−+]?\\d+\\)?|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
                    + "|\\^(?:\\([-−]?\\d+\\)|[-−]?\\d+)|⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?)");

    private static final Pattern BRACKETED = Pattern.compile("^\\s*\\(([^()]*)\\)");
    private static final Pattern TIMES = Pattern.compile("^\\s*[*·⋅×]\\s*(?=[^\\d\\s])");

    /** Reads "value unit"; a missing unit gives {@link Unit#ONE}. */
    public static Quantity parse(String text) throws MathSyntaxException {
        if (text.length() > Limits.MAX_INPUT_CHARS) throw new MathSyntaxException(Message.of("math.answerTooLong"), -1);
        Matcher b = BRACKETED.matcher(text);
        if (b.find()) { // "(-9.81) m/s^2": the number in brackets
            Matcher inner = NUMBER.matcher(b.group(1));
            if (inner.find() && b.group(1).substring(inner.end()).isBlank())
                text = b.group(1).strip() + " " + text.substring(b.end());
            else { // "(600/pi) kN/m^2", "(3/4) kg": an exact value in brackets
                Optional<Double> v = constantValue(b.group(1));
                if (v.isPresent()) return new Quantity(v.get(), b.group(1).strip(), unitAfter(text.substring(b.end()), b.end()));
            }
        }
        Matcher f = FRACTION.matcher(text);
        if (f.find()) { // "3/4 kg": a numeric fraction before the unit is the value (ADR 0008)
            Optional<Double> v = constantValue(f.group(1));
            if (v.isPresent()) return new Quantity(v.get(), f.group(1).strip(), unitAfter(text.substring(f.end()), f.end()));
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) throw new MathSyntaxException(Message.of("math.quantityNumber"), 0);
        String num = m.group(1).strip();
        if (num.matches(".*\\d,\\d{3}.*")) throw new MathSyntaxException(Message.of("math.noThousandsComma"), 0);
        String rest = text.substring(m.end());
        int restStart = m.end();
        Matcher times = TIMES.matcher(rest);
        if (times.find() && times.end() < rest.length()) { // "9.81*m/s^2": a times sign before the unit
            rest = rest.substring(times.end());
            restStart += times.end();
        }
        if (rest.startsWith(",")) throw new MathSyntaxException(Message.of("math.noThousandsCommaExample"), m.end());
        Optional<Rational> exact = Exprs.exactValue(Parser.parseExpression(num.replaceAll("(?<=\\d)\\s*x\\s*(?=10)", "×")));
        double value = exact.map(Rational::toDouble)
                .orElseThrow(() -> new MathSyntaxException(Message.of("math.cannotReadNumber", num), 0));
        Unit unit;
        try {
            unit = Units.parse(rest);
        } catch (MathSyntaxException e) {
            throw new MathSyntaxException(e.said(), e.position() < 0 ? -1 : restStart + e.position());
        }
        return new Quantity(value, num, unit);
    }

    private static final Pattern FRACTION = Pattern.compile("^\\s*([-−]?\\d+\\s*/\\s*\\d+)(?=\\s+[^\\d\\s/*^])");

    /** The value of a bracketed number expression without letters (π and √ allowed), if it has one. */
    private static Optional<Double> constantValue(String text) {
        try {
            Expr e = Parser.parseExpression(text);
            if (!Exprs.variables(e).isEmpty()) return Optional.empty();
            double v = Evaluator.eval(e, Map.of());
            return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
        } catch (MathSyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Unit unitAfter(String rest, int offset) throws MathSyntaxException {
        String r = rest;
        Matcher times = TIMES.matcher(r);
        if (times.find() && times.end() < r.length()) r = r.substring(times.end());
        try {
            return Units.parse(r);
        } catch (MathSyntaxException e) {
            throw new MathSyntaxException(e.said(), e.position() < 0 ? -1 : offset + e.position());
        }
    }

    public double si() {
        return unit.toSi(value);
    }

    public boolean hasUnit() {
        return !unit.symbol().isEmpty();
    }

    /** How a response quantity compares with the expected one. */
    public enum Match {
        EQUAL,
        WRONG_VALUE,
        MISSING_UNIT,
        WRONG_DIMENSION,
        /** The number is the expected one, written with another unit of the same kind (36 m/s for 36 km/h). */
        CONVERSION_SLIP,
        /** The value is off by a conversion factor (10, 1000, 3.6, 60…): a slip somewhere in the working. */
        FACTOR_SLIP
    }

    /** Compares in SI; {@code relTol} is relative (0.01 = 1 %), {@code absTol} absolute in the expected unit. */
    public static Match compare(Quantity expected, Quantity response, double relTol, double absTol) {
        if (!response.hasUnit() && expected.hasUnit() && !expected.unit().dimensionless()) {
            return close(expected.value(), response.value(), relTol, absTol) ? Match.MISSING_UNIT : Match.WRONG_VALUE;
        }
        if (!expected.unit().sameDimension(response.unit())) return Match.WRONG_DIMENSION;
        double e = expected.si();
        double r = response.si();
        double absSi = absTol * expected.unit().factor();
        if (close(e, r, relTol, absSi)) return Match.EQUAL;
        // The number the student wrote is right in another unit of the same dimension (e.g. 36 written with m/s for 36 km/h).
        if (close(expected.value(), response.value(), relTol, absTol)) return Match.CONVERSION_SLIP;
        if (isConversionFactor(e, r, relTol)) return Match.FACTOR_SLIP;
        return Match.WRONG_VALUE;
    }

    private static boolean isConversionFactor(double e, double r, double relTol) {
        if (e == 0 || r == 0) return false;
        double ratio = r / e;
        for (double f : new double[]{10, 100, 1000, 1e6, 3.6, 60, 3600, 1 / 3.6}) {
            if (Math.abs(ratio - f) <= f * Math.max(relTol, 1e-9) || Math.abs(ratio - 1 / f) <= (1 / f) * Math.max(relTol, 1e-9))
                return true;
        }
        return false;
    }

    static boolean close(double expected, double actual, double relTol, double absTol) {
        double diff = Math.abs(expected - actual);
        double tol = Math.max(absTol, relTol * Math.abs(expected));
        // The allowance for rounding is relative only: an absolute one would pass any tiny SI value (2.4e-26 kg for 12 u).
        return diff <= tol + 1e-12 * Math.abs(expected);
    }
}
