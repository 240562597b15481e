package app.stepwise.tutor;

import app.stepwise.lesson.Task;
import app.stepwise.math.Expr;
import app.stepwise.math.Exprs;
import app.stepwise.math.Parser;
import app.stepwise.math.Rational;
import app.stepwise.math.Statement;
import app.stepwise.solve.Step;
import app.stepwise.solve.Worked;
import app.stepwise.text.Message;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Write 5^3 × 5^4 as a single power of 5": the answer asked is the power 5^7, not its value 78125 (read21 answered the
 * value, read22's set found "Write 5^3 + 5^4 as a single power of 5" answered 750, which is no power of 5). Where the
 * text asks for one power and the number worked out is a product, quotient or power of powers of one base, the answer
 * is that base to the index the laws of indices give, said as one step and checked to have the same exact value; where
 * it is not (a sum, two bases, another base than the one named), the reading is refused.
 */
final class SinglePower {
    private SinglePower() {}

    /** "as a single power (of 5)", "as a power of 4", "in index form", "in index notation". */
    private static final Pattern ASKED = Pattern.compile("\\bas\\s+(?:a\\s+|one\\s+)?(?:single\\s+)?power"
            + "(?:\\s+of\\s+(\\d+))?\\b|\\bsingle\\s+power(?:\\s+of\\s+(\\d+))?\\b|\\b(?:in|using)\\s+index\\s+(?:form|notation)\\b");

    /**
     * The reading with its answer as one power where the text asks for one; the reading as it is where it asks for none;
     * empty (not read) where it asks for one that the number worked out is not.
     */
    static Optional<ProblemReader.Reading> asAsked(String text, ProblemReader.Reading r) {
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = ASKED.matcher(lower);
        if (!m.find()) return Optional.of(r);
        Worked w = r.worked();
        // "write √x as a power of x, then differentiate": an instruction for the working, not the answer's form (the lead's
        // check of read22 on the sealed sets, counts only: two derivative problems that main read were refused)
        if (w.task() == Task.SIMPLIFY || w.task() == Task.DIFFERENTIATE) return Optional.of(r);
        if (w.task() != Task.EVALUATE) return Optional.empty();
        String named = m.group(1) != null ? m.group(1) : m.group(2);
        try {
            Statement s = Statement.collapse(Parser.parse(w.start()));
            if (!(s instanceof Statement.Expression e)) return Optional.empty();
            Optional<Rational> base = firstBase(e.expr());
            if (base.isEmpty() || named != null && !base.get().equals(Rational.of(Long.parseLong(named))))
                return Optional.empty();
            Optional<Rational> index = index(e.expr(), base.get());
            if (index.isEmpty() || !index.get().isInteger()) return Optional.empty();
            BigInteger k = index.get().num();
            String answer = base.get() + "^" + (k.signum() < 0 ? "(" + k + ")" : k.toString());
            // the power has the value worked out, exactly
            Optional<Rational> value = Exprs.exactValue(e.expr());
            Statement p = Statement.collapse(Parser.parse(answer));
            if (value.isEmpty() || !(p instanceof Statement.Expression pe)
                    || !Exprs.exactValue(pe.expr()).equals(value))
                return Optional.empty();
            Step step = new Step(Message.of("step.singlePower", base.get().toString()), w.start() + " = " + answer,
                    "laws-of-indices");
            Worked asked = new Worked("exponent-rules", w.statement(), w.task(), w.start(), w.givens(), List.of(step),
                    answer, "expression", w.skills(), w.params(), w.wording(), w.checkValue());
            return Optional.of(new ProblemReader.Reading(asked, r.request(), r.source(), r.said()));
        } catch (app.stepwise.math.MathSyntaxException | RuntimeException notOnePower) {
            return Optional.empty();
        }
    }

    /** The base of the first power written (5 of 5^3 × 5^4), a whole number from 2 up. */
    private static Optional<Rational> firstBase(Expr e) {
        return switch (e) {
            case Expr.Pow(Expr.Num n, var k) -> wholeBase(n.value());
            case Expr.Pow(var inner, var k) -> firstBase(inner);
            case Expr.Mul(var factors) -> factors.isEmpty() ? Optional.empty() : firstBase(factors.get(0));
            case Expr.Div(var n, var d) -> firstBase(n);
            default -> Optional.empty();
        };
    }

    private static Optional<Rational> wholeBase(Rational b) {
        return b.isInteger() && b.num().compareTo(BigInteger.TWO) >= 0 ? Optional.of(b) : Optional.empty();
    }

    /** The index of e as a power of the base: a product adds, a quotient subtracts, a power multiplies; else empty. */
    private static Optional<Rational> index(Expr e, Rational base) {
        return switch (e) {
            case Expr.Num n -> n.value().equals(base) ? Optional.of(Rational.ONE) : Optional.empty();
            case Expr.Pow(var inner, var k) -> index(inner, base).flatMap(i -> whole(k).map(i::multiply));
            case Expr.Mul(var factors) -> {
                Rational sum = Rational.ZERO;
                for (Expr f : factors) {
                    Optional<Rational> i = index(f, base);
                    if (i.isEmpty()) yield Optional.empty();
                    sum = sum.add(i.get());
                }
                yield Optional.of(sum);
            }
            case Expr.Div(var n, var d) -> index(n, base).flatMap(a -> index(d, base).map(a::subtract));
            default -> Optional.empty();
        };
    }

    /** An index written as a whole number, or minus one. */
    private static Optional<Rational> whole(Expr k) {
        return switch (k) {
            case Expr.Num n when n.value().isInteger() && !n.decimal() -> Optional.of(n.value());
            case Expr.Neg(Expr.Num n) when n.value().isInteger() && !n.decimal() -> Optional.of(n.value().negate());
            default -> Optional.empty();
        };
    }
}
