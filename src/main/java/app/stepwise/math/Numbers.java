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
