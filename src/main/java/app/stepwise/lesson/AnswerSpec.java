package app.stepwise.lesson;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** How a problem's final answer is judged, and the expected value. */
public sealed interface AnswerSpec {

    /** The expected answer as a student would write it, for display and exact-text fallbacks. */
    String expected();

    /** An expression, optionally in a required form. */
    record Expression(String expected, Optional<Form> form) implements AnswerSpec {}

    /** An equation judged by its solution set, e.g. {@code x = 4}. */
    record Equation(String expected) implements AnswerSpec {}

    /** A set of values in any order and notation, e.g. {@code {2, -3}}. */
    record SolutionSet(String expected) implements AnswerSpec {}

    /**
     * A number, with a tolerance and optionally a significant-figure rule or a decimal-places rule
     * ({@code decimals}: the answer written to exactly that many places, e.g. 0.00 to 2 d.p.).
     */
    record Numeric(String expected, Tolerance tolerance, Optional<SigFigs> sigFigs, Optional<Integer> decimals)
            implements
                AnswerSpec {
        public Numeric(String expected, Tolerance tolerance, Optional<SigFigs> sigFigs) {
            this(expected, tolerance, sigFigs, Optional.empty());
        }
    }

    /**
     * A physical quantity with a unit, compared after conversion, e.g. {@code 12 m/s}. With {@code strictUnit} the
     * answer must be in the expected unit: the same value in another unit (1.2 km for 1200 m) is only partly right. The
     * {@code tolerance} is the teacher's own, empty where none is set (then {@link Tolerance#DEFAULT_RELATIVE}, and a
     * value within it that is no rounding of the expected one is a wrong last digit: round23).
     */
    record Quantity(String expected, Optional<Tolerance> tolerance, Optional<SigFigs> sigFigs, boolean strictUnit)
            implements
                AnswerSpec {
        public Quantity(String expected, Optional<Tolerance> tolerance, Optional<SigFigs> sigFigs) {
            this(expected, tolerance, sigFigs, false);
        }

        /** The tolerance the value is compared with: the teacher's, else 1 %. */
        public Tolerance toleranceOrDefault() {
            return tolerance.orElse(Tolerance.DEFAULT_RELATIVE);
        }
    }

    /** One right choice among several. */
    record MultipleChoice(List<String> choices, int correctIndex) implements AnswerSpec {
        public MultipleChoice {
            choices = List.copyOf(choices);
        }

        @Override
        public String expected() {
            return choices.get(correctIndex);
        }
    }

    /** A form a teacher may require of an expression answer. */
    enum Form {
        EXPANDED,
        FACTORED,
        SIMPLIFIED_FRACTION,
        EXACT,
        /** Nothing left to combine by the laws of indices and like terms: x^7, not x^3 x^4 ({@code Forms.isSimplified}). */
        SIMPLIFIED;

        public String label() {
            return name().toLowerCase().replace('_', '-');
        }

        public static Optional<Form> fromLabel(String label) {
            for (Form f : values()) {
                if (f.label().equals(label)) return Optional.of(f);
            }
            return Optional.empty();
        }
    }

    /** Absolute or relative tolerance; {@link #EXACT} is zero. */
    record Tolerance(boolean relative, BigDecimal amount) {
        public static final Tolerance EXACT = new Tolerance(false, BigDecimal.ZERO);
        public static final Tolerance DEFAULT_RELATIVE = new Tolerance(true, new BigDecimal("0.01"));

        /** Reads {@code 1%} (relative) or {@code 0.01} (absolute). */
        public static Optional<Tolerance> parse(String text) {
            String t = text.strip();
            try {
                if (t.endsWith("%")) {
                    BigDecimal pct = new BigDecimal(t.substring(0, t.length() - 1).strip());
                    return pct.signum() < 0 ? Optional.empty() : Optional.of(new Tolerance(true, pct.movePointLeft(2)));
                }
                BigDecimal abs = new BigDecimal(t);
                return abs.signum() < 0 ? Optional.empty() : Optional.of(new Tolerance(false, abs));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        @Override
        public String toString() {
            return relative ? amount.movePointRight(2).stripTrailingZeros().toPlainString() + "%" : amount.toPlainString();
        }
    }

    /** A significant-figure rule: exactly n, or at least n. */
    record SigFigs(int count, boolean exactly) {}
}
