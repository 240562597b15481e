package app.stepwise.model;

import app.stepwise.math.Evaluator;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Quantity;
import app.stepwise.math.Unit;
import app.stepwise.math.Units;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model's calculator. Where a step ends in the value of arithmetic it has just written
 * ({@code 3x = 20 - 5 = <|calc|>}), the runtime works the arithmetic out and writes the value, so a small model
 * chooses the operation and the engine does the sums. The value is a whole number exactly, else 4 significant
 * figures rounded half up (the rule models/training/data.py trains with). A number with a unit is converted to SI units.
 */
public final class Calculator {
    public static final String OPEN = ControlTokens.CALC;
    public static final String CLOSE = ControlTokens.CALC_END;

    private Calculator() {}

    /** The value to insert after text that ends with the calculator token; empty when the arithmetic cannot be read. */
    public static Optional<String> valueFor(String textSoFar) {
        String t = textSoFar.endsWith(OPEN) ? textSoFar.substring(0, textSoFar.length() - OPEN.length()) : textSoFar;
        int math = t.lastIndexOf(ControlTokens.MATH);
        int sentence = t.lastIndexOf(ControlTokens.STEP);
        if (sentence > math) return inSentence(t.substring(sentence + ControlTokens.STEP.length()));
        if (math >= 0) t = t.substring(math + ControlTokens.MATH.length());
        t = t.strip();
        if (!t.endsWith("=")) return Optional.empty();
        t = t.substring(0, t.length() - 1);
        int previous = t.lastIndexOf('=');
        String expr = (previous < 0 ? t : t.substring(previous + 1)).strip();
        if (expr.isEmpty() || ControlTokens.holdsToken(expr)) return Optional.empty();
        String step = stepText(textSoFar);
        try {
            double v = Evaluator.eval(Parser.parseExpression(expr), Map.of());
            return format(v).or(() -> inSiUnits(expr, step));
        } catch (MathSyntaxException | RuntimeException e) {
            return inSiUnits(expr, step);
        }
    }

    /**
     * A small calculation in a step's sentence ({@code Multiply and divide, from left to right: 12 × 9 = 108, 50 ÷ 5 =
     * <|calc|>}): the numbers and signs after the sentence's last colon, comma or equals sign, and nothing else.
     */
    private static Optional<String> inSentence(String sentence) {
        String t = sentence.strip();
        if (!t.endsWith("=")) return Optional.empty();
        t = t.substring(0, t.length() - 1);
        int cut = Math.max(t.lastIndexOf(':'), Math.max(t.lastIndexOf(','), t.lastIndexOf('=')));
        String expr = t.substring(cut + 1).strip();
        if (!SENTENCE_ARITHMETIC.matcher(expr).matches()) return Optional.empty();
        try {
            return format(Evaluator.eval(Parser.parseExpression(expr), Map.of()));
        } catch (MathSyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Numbers, brackets and the four operations and powers, with at least one operation between two numbers. */
    private static final Pattern SENTENCE_ARITHMETIC = Pattern
            .compile("[-−(]*\\d[\\d.]*\\)*(?:\\s*[-−+×÷*/^]\\s*[-−(]*\\d[\\d.]*\\)*)+");

    /** The words of the step being written: between its step mark and its math mark (empty when there are none). */
    private static String stepText(String textSoFar) {
        int math = textSoFar.lastIndexOf(ControlTokens.MATH);
        if (math < 0) return "";
        int step = textSoFar.lastIndexOf(ControlTokens.STEP, math);
        return step < 0 ? "" : textSoFar.substring(step + ControlTokens.STEP.length(), math);
    }

    /**
     * A quantity converted to SI units ({@code t = 20 min = <|calc|>} gives 1200; the model then writes the unit), so a
     * small model chooses the conversion and the engine does it. Only a number with a unit: arithmetic in letters stays
     * unreadable. A single letter that changes the value (t tonne, h hour, g gram, L litre) is as often a variable
     * ({@code 3 t} for 3 × t in time): it is read as a unit only where the step says it converts units, as the model's
     * physics steps do ("Convert mass to SI units (kg)."), and only written apart from the number.
     */
    private static Optional<String> inSiUnits(String expr, String step) {
        try {
            Quantity q = Quantity.parse(expr);
            if (!q.hasUnit()) return Optional.empty();
            boolean changesValue = Math.abs(q.si() - q.value()) > 1e-12 * Math.max(1, Math.abs(q.value()));
            var letter = SINGLE_LETTER_UNIT.matcher(expr);
            if (changesValue && letter.matches() && (letter.group(1).isEmpty() || !CONVERTING.matcher(step).find()))
                return Optional.empty();
            Optional<Unit> target = namedTarget(step).filter(u -> u.sameDimension(q.unit()));
            return format(target.isPresent() ? target.get().fromSi(q.si()) : q.si());
        } catch (MathSyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The unit a converting step names at its end ("Convert the answer to the unit the question asks for (mA).",
     * "Convert time to the units of the question (h)."): the calculator gives the value in it, as models/training/data.py
     * trains (session 10); for "Convert mass to SI units (kg)." that is the SI value anyway.
     */
    private static Optional<Unit> namedTarget(String step) {
        if (!CONVERTING.matcher(step).find()) return Optional.empty();
        Matcher m = TARGET.matcher(step);
        if (!m.find()) return Optional.empty();
        try {
            return Optional.of(Units.parse(m.group(1).strip()));
        } catch (MathSyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static final Pattern TARGET = Pattern.compile("\\(([^()]+)\\)\\.?\\s*$");

    /** A number and one letter, perhaps with a power: {@code 3 t}, {@code 500 g}, {@code 2 h}; group 1 the space between. */
    private static final Pattern SINGLE_LETTER_UNIT = Pattern
            .compile("\\s*[-−]?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?(\\s*)\\p{L}(?:\\^-?\\d+|[²³])?\\s*");

    /** A step that says it converts units: "Convert mass to SI units (kg).", "in SI units", "change to seconds". */
    private static final Pattern CONVERTING = Pattern.compile("(?i)\\b(convert|conversion|SI units?|change .* to)\\b");

    static Optional<String> format(double v) {
        if (!Double.isFinite(v)) return Optional.empty();
        if (Math.abs(v - Math.rint(v)) < 1e-9 * Math.max(1, Math.abs(v))) return Optional.of(Long.toString(Math.round(v)));
        return Optional
                .of(new BigDecimal(v).round(new MathContext(4, RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString());
    }
}
