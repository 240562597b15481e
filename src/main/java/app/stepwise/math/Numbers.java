package app.stepwise.math;

import java.math.BigDecimal;
import java.math.MathContext;

/** Tolerances and significant figures for numeric answers. */
public final class Numbers {
    private Numbers() {}

    /** Significant figures of a typed number: {min, max}; trailing zeros of a whole number are ambiguous (1200 has 2 to 4). */
    public static int[] significantFigures(String typed) {
        String t = typed.strip().replace('−', '-').replaceFirst("^[-+]", "");
        int cut = indexOfExponent(t);
        if (cut >= 0) t = t.substring(0, cut).strip();
        if (!t.matches("\\d*\\.?\\d*") || t.replace(".", "").isEmpty()) return new int[]{0, 0};
        String digits = t.replace(".", "");
        String noLead = digits.replaceFirst("^0+", "");
        if (noLead.isEmpty()) return new int[]{1, 1};
        if (t.contains(".")) return new int[]{noLead.length(), noLead.length()};
        String core = noLead.replaceFirst("0+$", "");
        return new int[]{core.length(), noLead.length()};
    }

    private static int indexOfExponent(String t) {
        for (String mark : new String[]{"e", "E", "×", "*", "x", "·"}) {
            int i = t.indexOf(mark);
            if (i >= 0) return i;
        }
        return -1;
    }

    /** Whether the typed number satisfies a sig-fig rule: exactly n, or at least n. */
    public static boolean hasSignificantFigures(String typed, int n, boolean exactly) {
        int[] sf = significantFigures(typed);
        return exactly ? sf[0] <= n && n <= sf[1] : sf[1] >= n;
    }

    /** Whether actual is within the tolerance of expected: relative (0.01 = 1 %) or absolute. */
    /** Decimal places as typed: 0.00 has 2, 12 has 0, 4.2e-3 counts the places of the number it stands for (4). */
    public static int decimalPlaces(String typed) {
        String t = typed.strip().replace('−', '-');
        try {
            BigDecimal d = new BigDecimal(t);
            return Math.max(0, d.scale());
        } catch (NumberFormatException e) {
            int dot = t.indexOf('.');
            if (dot < 0) return 0;
            int k = dot + 1;
            while (k < t.length() && Character.isDigit(t.charAt(k))) k++;
            return k - dot - 1;
        }
    }

    public static boolean within(Rational expected, Rational actual, boolean relative, BigDecimal amount) {
        Rational diff = expected.subtract(actual).abs();
        Rational tol = Rational.of(amount);
        if (relative) tol = tol.multiply(expected.abs());
        return diff.compareTo(tol) <= 0;
    }

    /**
     * Whether a decimal as written is the exact value rounded (ADR 0024): the one rule the answer box, the working's lines
     * and plain numbers share, so that one number gets one verdict. It is rounded to the places written and, where the
     * rounding reaches a power of ten, to the significant figures written as well: 0.95 and 0.952 are 20/21 = 0.952…
     * rounded, and 1.0 is not, though it is 20/21 to one place, for it shows two figures and 20/21 to two figures is 0.95
     * (grade25: the box took 1.0 A for 0.952 A, the working did not); 1.0 is 0.996 rounded. {@code written} keeps the
     * trailing zeros written in its scale (1.0, not 1); a whole number as typed (scale 0) is judged at its units, its
     * zeros being perhaps no figures (100 for 99.6); a negative scale is a rounding to tens, hundreds… at the figures of
     * its precision (2.1E+3 J for 2.1 kJ). {@code mode} is {@code HALF_UP}, or {@code HALF_DOWN} where a caller takes a
     * tie rounded either way.
     */
    public static boolean isRounding(BigDecimal exact, BigDecimal written, java.math.RoundingMode mode) {
        if (exact.setScale(written.scale(), mode).compareTo(written) != 0) return false;
        return written.signum() == 0 || written.scale() == 0 || !reachesPowerOfTen(written)
                || exact.round(new MathContext(written.precision(), mode)).compareTo(written) == 0;
    }

    /** {@link #isRounding} with halves rounded up, as schools round. */
    public static boolean isRounding(BigDecimal exact, BigDecimal written) {
        return isRounding(exact, written, java.math.RoundingMode.HALF_UP);
    }

    /**
     * Whether the value to the figures written is what {@link #isRounding} refuses where the places alone would take it:
     * 1.0 for 0.952, whose places round to 1.0 but whose two figures are 0.95. The message then names the figures.
     */
    public static boolean wrongOnlyInItsFigures(BigDecimal exact, BigDecimal written) {
        return exact.setScale(written.scale(), java.math.RoundingMode.HALF_UP).compareTo(written) == 0
                && !isRounding(exact, written);
    }

    /** A decimal that is a power of ten as written (1.0, 0.10, 10.00, -1.0): the only place where a rounding gains a figure. */
    private static boolean reachesPowerOfTen(BigDecimal written) {
        return written.unscaledValue().abs().equals(java.math.BigInteger.TEN.pow(written.precision() - 1));
    }

    /** Rounds to n significant figures, as text (for messages and solver answers). */
    public static String round(double value, int n) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) return value == 0 ? "0" : String.valueOf(value);
        // first to the 15 figures a double holds, so 15 × 4.1 (61.49999999999999 in binary) rounds as 61.5 does
        BigDecimal d = new BigDecimal(value).round(new MathContext(15)).round(new MathContext(n));
        String s = d.stripTrailingZeros().toPlainString();
        return s;
    }

    /**
     * Every bare fraction beside × or ÷ in its own brackets, as people mean it: 3/2 ÷ 7/11 + 6 is (3/2) ÷ (7/11) + 6,
     * where the engine alone would read ((3/2)/7)/11. A fraction already alone in its brackets stays as it is, so
     * bracketing twice changes nothing. Without × or ÷ (3/2/7/11 written with slashes) the text is left as it is.
     */
    public static String bracketFractionsBesideProducts(String text) {
        if (text.indexOf('÷') < 0 && text.indexOf('×') < 0) return text;
        return FRACTION_BESIDE_PRODUCT.matcher(text).replaceAll("($1/$2)");
    }

    private static final java.util.regex.Pattern FRACTION_BESIDE_PRODUCT = java.util.regex.Pattern
            .compile("(?<![\\w./^)])(?!(?<=\\()\\d+/\\d+\\))(\\d+)/(\\d+)(?![\\w/^(]|\\.\\d)");

    /** The fractions Unicode writes in one character (½, ⅔, ⅛ …), each as "numerator/denominator", in one fixed order. */
    public static java.util.Map<Character, String> vulgarFractions() {
        java.util.Map<Character, String> out = new java.util.LinkedHashMap<>();
        Lexer.VULGAR.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> out.put(e.getKey(), e.getValue()[0] + "/" + e.getValue()[1]));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static final java.util.regex.Pattern MIXED_WITH_AND = java.util.regex.Pattern.compile(
            "(?i)(?<![\\d./])(\\d+)\\s+and\\s+(\\d+/\\d+(?![\\d/])|a\\s+half\\b|a\\s+quarter\\b)");

    /**
     * A whole number and a fraction joined by "and" in a typed answer ("x = 2 and 1/2", "3 and a half"), as {text, whole,
     * fraction}: a mixed number to the student, two answers or a word to a parser (mixed14: graded as x = 2, wrong).
     */
    public static java.util.Optional<String[]> mixedNumberWithAnd(String typed) {
        java.util.regex.Matcher m = MIXED_WITH_AND.matcher(typed);
        if (!m.find()) return java.util.Optional.empty();
        String part = m.group(2).toLowerCase(java.util.Locale.ROOT);
        String fraction = part.endsWith("half") ? "1/2" : part.endsWith("quarter") ? "1/4" : part;
        return java.util.Optional.of(new String[]{m.group(), m.group(1), fraction});
    }
}
