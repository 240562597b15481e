package app.stepwise.math;

import app.stepwise.math.Expr.Add;
import app.stepwise.math.Expr.Const;
import app.stepwise.math.Expr.Div;
import app.stepwise.math.Expr.Fn;
import app.stepwise.math.Expr.Mul;
import app.stepwise.math.Expr.Neg;
import app.stepwise.math.Expr.Num;
import app.stepwise.math.Expr.Pow;
import app.stepwise.math.Expr.Var;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Prints expressions back as plain text (which {@link Parser} reads back to the same tree) and as LaTeX. */
public final class Printer {
    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int UNARY = 3;
    private static final int POWER = 4;
    private static final int ATOM = 5;

    private Printer() {}

    public static String text(Expr e) {
        return switch (e) {
            case Num n -> number(n);
            case Var v -> v.name();
            case Const c -> c.name().equals("pi") ? "pi" : "e";
            case Neg n -> "-" + wrap(n.operand(), PRODUCT, false);
            case Add a -> {
                StringBuilder sb = new StringBuilder(text(a.terms().get(0)));
                for (Expr t : a.terms().subList(1, a.terms().size())) {
                    if (t instanceof Neg n) sb.append(" - ").append(wrap(n.operand(), PRODUCT, false));
                    else if (t instanceof Num num && num.value().signum() < 0)
                        sb.append(" - ").append(number(new Num(num.value().negate(), num.decimal())));
                    else
                        sb.append(" + ").append(wrap(t, SUM, true));
                }
                yield sb.toString();
            }
            case Mul m -> {
                StringBuilder sb = new StringBuilder();
                Expr prev = null;
                for (Expr f : m.factors()) {
                    String s = wrap(f, PRODUCT, prev != null);
                    // min(x + 1) would read as the function min: minutes times a bracket is written min*(x + 1)
                    if (prev != null) sb.append(implicitOk(prev, f, s) && !endsWithUnitWord(sb) ? "" : "*");
                    sb.append(s);
                    prev = f;
                }
                yield sb.toString();
            }
            case Div d -> wrap(d.numerator(), PRODUCT, false) + "/" + wrap(d.denominator(), POWER, true);
            case Pow p -> wrap(p.base(), ATOM, false) + "^" + wrap(p.exponent(), ATOM, false);
            case Fn f -> f.name().equals("abs") ? "|" + text(f.arg()) + "|" : f.name() + "(" + text(f.arg()) + ")";
        };
    }

    private static boolean endsWithUnitWord(CharSequence text) {
        String t = text.toString();
        for (String w : Lexer.UNIT_WORDS)
            if (t.endsWith(w) && (t.length() == w.length() || !Character.isLetter(t.charAt(t.length() - w.length() - 1))))
                return true;
        return false;
    }

    /** Whether two factors can be written side by side: 2x, 3(x+1), x sin(x); never two numbers. */
    private static boolean implicitOk(Expr prev, Expr next, String nextText) {
        if (next instanceof Num || nextText.startsWith("-") || nextText.isEmpty()) return false;
        if (nextText.startsWith("(")) return true;
        if (!(prev instanceof Num n && n.value().isInteger() && n.value().signum() >= 0 && !n.decimal())) return false;
        char c = nextText.charAt(0);
        return Character.isLetter(c) || c == '(';
    }

    /**
     * Whether LaTeX sets two factors side by side, as a student writes them: where the plain text may, and a number of
     * any sign or kind before a letter, a function or a bracket (−2x, 1.5x, −3(x + 1)). A dot stays between two
     * numbers, before a negative factor and before a fraction (2·x/3 set as "2 x/3" reads like a mixed number).
     */
    private static boolean sideBySideInLatex(Expr prev, Expr next, String nextLatex) {
        if (nextLatex.startsWith("\\frac")) return false;
        if (implicitOk(prev, next, text(next))) return true;
        boolean number = prev instanceof Num || prev instanceof Neg n && n.operand() instanceof Num; // -2x is Neg(2)·x
        if (!number || next instanceof Num || startsNegative(next) || nextLatex.isEmpty()) return false;
        return Character.isLetter(nextLatex.charAt(0)) || nextLatex.startsWith("\\");
    }

    private static String number(Num n) {
        Rational v = n.value();
        if (n.decimal() && v.isTerminatingDecimal()) {
            BigDecimal d = new BigDecimal(v.num()).divide(new BigDecimal(v.den())).stripTrailingZeros();
            return readable(d.toPlainString(), d);
        }
        if (v.isInteger()) return readable(v.toString(), new BigDecimal(v.num()).stripTrailingZeros());
        return v.toString();
    }

    /** The plain digits, or scientific notation ({@code 3.1E+1008}) where the digits are longer than the lexer reads. */
    private static String readable(String plain, BigDecimal value) {
        return plain.length() <= Limits.MAX_NUMBER_CHARS ? plain : value.toString();
    }

    private static int precedence(Expr e) {
        return switch (e) {
            case Add a -> SUM;
            case Mul m -> PRODUCT;
            case Div d -> PRODUCT;
            case Neg n -> UNARY;
            case Pow p -> POWER;
            case Num n -> n.value().signum() < 0 ? UNARY : (n.value().isInteger() || n.decimal() ? ATOM : PRODUCT);
            default -> ATOM;
        };
    }

    /** Brackets e when its precedence is below what the context needs (or equal on the right of a non-associative operator). */
    private static String wrap(Expr e, int needed, boolean strictRight) {
        int p = precedence(e);
        boolean bracket = p < needed || (strictRight && p == needed && needed != SUM)
                || (p == UNARY && needed >= PRODUCT && strictRight);
        return bracket ? "(" + text(e) + ")" : text(e);
    }

    public static String text(Statement s) {
        return switch (s) {
            case Statement.Expression x -> text(x.expr());
            case Statement.Equation q -> text(q.lhs()) + " = " + text(q.rhs());
            case Statement.Alternatives a -> a.options().stream().map(Printer::text).collect(Collectors.joining(" or "));
            case Statement.Chain c -> c.parts().stream().map(Printer::text).collect(Collectors.joining(" = "));
            case Statement.SetOf so -> so.elements().stream().map(Printer::text).collect(Collectors.joining(", ", "{", "}"));
        };
    }

    public static String latex(Statement s) {
        return switch (s) {
            case Statement.Expression x -> latex(x.expr());
            case Statement.Equation q -> latex(q.lhs()) + " = " + latex(q.rhs());
            case Statement.Alternatives a ->
                a.options().stream().map(Printer::latex).collect(Collectors.joining(" \\text{ or } "));
            case Statement.Chain c -> c.parts().stream().map(Printer::latex).collect(Collectors.joining(" = "));
            case Statement.SetOf so -> so.elements().stream().map(Printer::latex).collect(Collectors.joining(", ", "\\{", "\\}"));
        };
    }

    public static String latex(Expr e) {
        return switch (e) {
            case Num n -> n.value().isInteger() || n.decimal()
                    ? number(n)
                    : (n.value().signum() < 0 ? "-" : "") + "\\frac{" + n.value().num().abs() + "}{" + n.value().den() + "}";
            case Var v -> latexName(v.name());
            case Const c -> c.name().equals("pi") ? "\\pi" : "e";
            case Neg n -> "-" + (startsNegative(n.operand())
                    ? "\\left(" + latex(n.operand()) + "\\right)"
                    : latexWrap(n.operand(), PRODUCT));
            case Add a -> {
                StringBuilder sb = new StringBuilder(latex(a.terms().get(0)));
                for (Expr t : a.terms().subList(1, a.terms().size())) {
                    if (t instanceof Neg n) sb.append(" - ").append(latexWrap(n.operand(), PRODUCT));
                    else
                        sb.append(" + ").append(latex(t));
                }
                yield sb.toString();
            }
            case Mul m -> {
                List<Expr> fs = m.factors();
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < fs.size(); i++) {
                    String s = i > 0 && startsNegative(fs.get(i))
                            ? "\\left(" + latex(fs.get(i)) + "\\right)"
                            : latexWrap(fs.get(i), PRODUCT);
                    if (i > 0) sb.append(sideBySideInLatex(fs.get(i - 1), fs.get(i), s) ? " " : " \\cdot ");
                    sb.append(s);
                }
                yield sb.toString();
            }
            case Div d -> "\\frac{" + latex(d.numerator()) + "}{" + latex(d.denominator()) + "}";
            case Pow p -> latexWrap(p.base(), ATOM) + "^{" + latex(p.exponent()) + "}";
            case Fn f -> switch (f.name()) {
                case "sqrt" -> "\\sqrt{" + latex(f.arg()) + "}";
                case "abs" -> "\\left|" + latex(f.arg()) + "\\right|";
                case "sin", "cos", "tan", "sec", "csc", "cot", "sinh", "cosh", "tanh", "coth", "ln", "log", "exp", "arcsin",
                        "arccos", "arctan" ->
                    "\\" + f.name() + "\\left(" + latex(f.arg()) + "\\right)";
                default -> "\\operatorname{" + f.name() + "}\\left(" + latex(f.arg()) + "\\right)";
            };
        };
    }

    /** -(-14) and 4 · (-8) need brackets in LaTeX: a factor or negated operand that itself starts with a minus. */
    private static boolean startsNegative(Expr e) {
        return e instanceof Neg || e instanceof Num n && n.value().signum() < 0;
    }

    private static String latexWrap(Expr e, int needed) {
        return precedence(e) < needed || (needed == ATOM && !(e instanceof Var || e instanceof Const
                || (e instanceof Num n && n.value().signum() >= 0 && n.value().isInteger())))
                        ? "\\left(" + latex(e) + "\\right)"
                        : latex(e);
    }

    private static String latexName(String name) {
        if (name.contains("_")) {
            int u = name.indexOf('_');
            return name.substring(0, u) + "_{" + name.substring(u + 1) + "}";
        }
        return name;
    }
}
