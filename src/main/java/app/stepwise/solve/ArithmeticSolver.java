package app.stepwise.solve;

import app.stepwise.math.Expr;
import app.stepwise.math.Exprs;
import app.stepwise.math.Printer;
import app.stepwise.math.Rational;
import app.stepwise.text.Message;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Works out any numeric expression step by step in the order of operations: each step does every operation whose
 * operands are already numbers (so brackets and powers come before products, products before sums). Fractions are
 * added over a common denominator, multiplied numerator by numerator, divided by multiplying by the reciprocal, and
 * simplified at the end; with decimals in the question the results are written as decimals.
 */
final class ArithmeticSolver {
    private ArithmeticSolver() {}

    private static final int MAX_STEPS = 30;

    /** The steps from e to its value; empty when e already is a number in lowest terms. */
    static List<Step> steps(Expr e) {
        if (!Exprs.variables(e).isEmpty()) throw new IllegalArgumentException("the expression has letters in it");
        if (Exprs.exactValue(e).isEmpty()) throw new IllegalArgumentException("the expression has no exact value");
        boolean decimals = Exprs.any(e, x -> x instanceof Expr.Num n && n.decimal());
        List<Step> steps = new ArrayList<>();
        Expr cur = e;
        for (int i = 0; i < MAX_STEPS && !isFinal(cur); i++) {
            // Session 11: one kind of operation a step, in the order of operations (brackets, powers, products, sums):
            // a dry pass finds the first kind the line has, the real pass works out only operations of that kind.
            Reduction dry = new Reduction(decimals, Integer.MAX_VALUE);
            dry.reduceTop(cur);
            Reduction r = new Reduction(decimals, dry.firstRank);
            Expr next = r.reduceTop(cur);
            if (dry.noValue || r.noValue)
                throw new IllegalArgumentException("a part of the expression has no exact value: " + Printer.text(e));
            if (show(next).equals(show(cur))) next = simplest(Exprs.exactValue(cur).orElseThrow(), decimals);
            boolean listed = !atomic(next) || r.operation().equals("simplify") && !(next instanceof Expr.Num);
            // (-7)/12 is written -7/12 already: simplifying it again would repeat the line
            if (!steps.isEmpty() && show(next).equals(show(cur))) {
                cur = next;
                continue;
            }
            steps.add(new Step(listed ? r.describeWithWorking() : r.describe(), show(next), r.operation()));
            cur = next;
        }
        if (!isFinal(cur)) throw new IllegalArgumentException("too many steps: " + steps.stream().map(Step::math).toList());
        return steps;
    }

    /** Arithmetic written with explicit signs and brackets, so fractions next to each other read as meant: 5/6 × 9/10. */
    static String show(Expr e) {
        return switch (e) {
            case Expr.Num n -> Printer.text(n);
            // -7/12, not -(7/12) or (-7)/12: the parser reads -7/12 as the same number (session 13)
            case Expr.Neg n when plainFraction(n.operand()) -> "-" + show(n.operand());
            case Expr.Div d when negatedFraction(d).isPresent() -> "-" + show(negatedFraction(d).get());
            case Expr.Neg n -> "-" + showWrapped(n.operand(), true);
            case Expr.Add a -> {
                StringBuilder sb = new StringBuilder(show(a.terms().get(0)));
                for (Expr t : a.terms().subList(1, a.terms().size())) {
                    if (t instanceof Expr.Neg n && (n.operand() instanceof Expr.Mul || n.operand() instanceof Expr.Pow
                            || plainFraction(n.operand())))
                        sb.append(" - ").append(show(n.operand())); // 21 - 10 × 784, 8/12 - 15/12: × and / bind tighter than -
                    else if (t instanceof Expr.Div d && negatedFraction(d).isPresent())
                        sb.append(" - ").append(show(negatedFraction(d).get()));
                    else if (t instanceof Expr.Neg n)
                        sb.append(" - ").append(showWrapped(n.operand(), !(n.operand() instanceof Expr.Div)));
                    else if (t instanceof Expr.Num n && n.value().signum() < 0)
                        sb.append(" - ").append(Printer.text(new Expr.Num(n.value().negate(), n.decimal())));
                    else
                        sb.append(" + ").append(show(t));
                }
                yield sb.toString();
            }
            case Expr.Mul m -> String.join(" × ",
                    m.factors().stream().map(f -> f instanceof Expr.Pow ? show(f) : showWrapped(f, true)).toList());
            case Expr.Div d -> showWrapped(d.numerator(), false) + "/" + showWrapped(d.denominator(), true);
            case Expr.Pow p -> showWrapped(p.base(), true) + "^" + showWrapped(p.exponent(), true);
            case Expr.Fn f -> f.name() + "(" + show(f.arg()) + ")";
            default -> Printer.text(e);
        };
    }

    /** A fraction of two whole numbers as written, 15/12 (not necessarily in lowest terms). */
    private static boolean plainFraction(Expr e) {
        return e instanceof Expr.Div d && d.numerator() instanceof Expr.Num a && d.denominator() instanceof Expr.Num b
                && !a.decimal() && !b.decimal() && a.value().isInteger() && b.value().isInteger()
                && a.value().signum() >= 0 && b.value().signum() > 0;
    }

    /** (-7)/12 or (-(7))/12 as the same fraction with its sign taken out, 7/12. */
    private static Optional<Expr> negatedFraction(Expr.Div d) {
        Expr top = d.numerator();
        Optional<Expr> positive = top instanceof Expr.Num a && a.value().signum() < 0
                ? Optional.of(new Expr.Num(a.value().negate(), a.decimal()))
                : top instanceof Expr.Neg n && n.operand() instanceof Expr.Num ? Optional.of(n.operand()) : Optional.empty();
        return positive.map(p -> (Expr) new Expr.Div(p, d.denominator())).filter(ArithmeticSolver::plainFraction);
    }

    private static String showWrapped(Expr e, boolean strict) {
        boolean simple = e instanceof Expr.Num n && n.value().signum() >= 0 && (n.value().isInteger() || n.decimal())
                || e instanceof Expr.Fn || !strict && e instanceof Expr.Div dd && atomic(dd);
        if (e instanceof Expr.Div && !strict && !(e instanceof Expr.Div d2 && atomic(d2))) simple = false;
        return simple ? show(e) : "(" + show(e) + ")";
    }

    /** A number as the answer is written: 23/12, -3, 0.75. */
    static Expr simplest(Rational v, boolean decimal) {
        if (v.signum() < 0) return new Expr.Num(v, decimal && v.isTerminatingDecimal());
        return new Expr.Num(v, decimal && v.isTerminatingDecimal());
    }

    private static boolean isFinal(Expr e) {
        return atomic(e);
    }

    /** A number written as simply as it can be: 7, -3, 2.5, 23/12, -(5/6). */
    static boolean atomic(Expr e) {
        return switch (e) {
            case Expr.Num n -> true;
            case Expr.Neg n -> !(n.operand() instanceof Expr.Neg) && atomic(n.operand())
                    && !(n.operand() instanceof Expr.Num x && x.value().signum() < 0);
            case Expr.Div d -> inLowestTerms(d);
            default -> false;
        };
    }

    /** A plain number, or a fraction of two whole numbers written as such. */
    static Optional<Rational> literal(Expr e) {
        return switch (e) {
            case Expr.Num n -> Optional.of(n.value());
            case Expr.Neg n -> literal(n.operand()).map(Rational::negate);
            case Expr.Div d when d.numerator() instanceof Expr.Num a && d.denominator() instanceof Expr.Num b && a.value()
                    .isInteger() && b.value().isInteger() && !b.value().isZero() ->
                Optional.of(a.value().divide(b.value()));
            // -3/4 as the parser reads it, (-3)/4: a fraction to combine as it stands, not a division to work out first
            // (session 12: the teacher's first step was "(-3)/4 = -(3/4)")
            case Expr.Div d when d.numerator() instanceof Expr.Neg n && n.operand() instanceof Expr.Num a
                    && d.denominator() instanceof Expr.Num b && a.value().isInteger() && b.value().isInteger()
                    && !b.value().isZero() ->
                Optional.of(a.value().divide(b.value()).negate());
            default -> Optional.empty();
        };
    }

    private static boolean isFraction(Expr e) {
        Expr x = e instanceof Expr.Neg n ? n.operand() : e;
        return x instanceof Expr.Div || x instanceof Expr.Num n && !n.value().isInteger() && !n.decimal();
    }

    private static BigInteger den(Expr e) {
        Expr x = e instanceof Expr.Neg n ? n.operand() : e;
        if (x instanceof Expr.Div d && d.denominator() instanceof Expr.Num b) return b.value().num();
        return literal(e).orElseThrow().den();
    }

    private static BigInteger num(Expr e) {
        Expr x = e instanceof Expr.Neg n ? n.operand() : e;
        BigInteger sign = e instanceof Expr.Neg ? BigInteger.ONE.negate() : BigInteger.ONE;
        if (x instanceof Expr.Div d && d.numerator() instanceof Expr.Num a) return a.value().num().multiply(sign);
        return literal(e).orElseThrow().multiply(new Rational(den(e), BigInteger.ONE)).num();
    }

    static Expr fraction(BigInteger n, BigInteger d) {
        Expr top = new Expr.Num(new Rational(n.abs(), BigInteger.ONE), false);
        Expr f = d.equals(BigInteger.ONE) ? top : new Expr.Div(top, new Expr.Num(new Rational(d, BigInteger.ONE), false));
        return n.signum() < 0 ? new Expr.Neg(f) : f;
    }

    /** One layer of work: every operation whose operands are numbers. */
    private static final class Reduction {
        final boolean decimals;
        final List<String> done = new ArrayList<>();
        /** Each operation on two or more numbers worked out inside the line: "12 × 9 = 108", "50 ÷ 5 = 10". */
        final List<String> working = new ArrayList<>();
        /** The common denominator a sum of fractions is written over in this step, if it is. */
        BigInteger common;
        /**
         * Whether a part had no exact value of its own in a whole that has one: (√2 + 1)(√2 − 1) is 1, but √2 + 1 is no
         * number these steps can write (furn19 found "No value present" printed for it). The steps are then refused.
         */
        boolean noValue;

        /** Work out only operations of this rank or earlier: 0 brackets, 1 powers, 2 products and quotients, 3 sums. */
        final int allowed;
        /** The earliest rank among the operations that could be worked out now. */
        int firstRank = Integer.MAX_VALUE;
        /** The whole line: a sum there is the last thing to work out, a sum anywhere inside it is a bracket. */
        Expr top;
        /** The numerators and denominators of the line: a sum there is added up as a sum, not named a bracket. */
        final java.util.Set<Expr> overBar = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Reduction(boolean decimals, int allowed) {
            this.decimals = decimals;
            this.allowed = allowed;
        }

        /** Whether an operation of this rank waits for a later step (and notes the rank). */
        private boolean waits(int rank) {
            firstRank = Math.min(firstRank, rank);
            return rank > allowed;
        }

        Message describe() {
            if (done.isEmpty()) return Message.of("step.simplifyFraction");
            String what = done.get(0);
            return switch (what) {
                case "common" -> Message.of("step.commonDenominator");
                case "numerators" -> Message.of("step.addNumerators");
                case "fraction-product" -> Message.of("step.fractionProduct");
                case "reciprocal" -> Message.of("step.reciprocal");
                case "brackets" -> Message.of("step.bracketsFirst");
                case "power" -> Message.of("step.workOutPower");
                case "product" -> Message.of("step.multiplyDivide");
                case "simplify" -> Message.of("step.simplifyFraction");
                default -> Message.of("step.addSubtract");
            };
        }

        /**
         * The sentence with the small calculations that the line does inside it ("Multiply and divide, from left to
         * right: 12 × 9 = 108, 50 ÷ 5 = 10."), where the line does not collapse to one number: a student sees where
         * each number came from, and the model writes each one with its calculator instead of working it out in its
         * head (issue 16, session 10: most arithmetic slips were a product copied wrong into a longer line).
         */
        Message describeWithWorking() {
            Message plain = describe();
            if (working.isEmpty() || working.size() > 3) return plain;
            if (plain.key().equals("step.commonDenominator") && common != null)
                return Message.of("step.commonDenominatorShown", common.toString(), String.join(", ", working));
            String key = switch (plain.key()) {
                case "step.multiplyDivide", "step.workOutPower", "step.addSubtract", "step.bracketsFirst",
                        "step.simplifyFraction" ->
                    plain.key() + "Shown";
                default -> null;
            };
            return key == null ? plain : Message.of(key, String.join(", ", working));
        }

        /** A part's exact value, written as a number; a part with none stays as it is, and noValue is set. */
        private Expr valueOf(Expr part) {
            Optional<Rational> v = Exprs.exactValue(part);
            if (v.isPresent()) return value(v.get());
            noValue = true;
            return part;
        }

        /** Notes one operation worked out to a number inside the line. */
        private Expr worked(Expr operation, Expr result) {
            working.add(show(operation) + " = " + show(result));
            return result;
        }

        /**
         * A fraction of two whole numbers in lowest terms, with its divisions listed when it stays a fraction: "224 ÷ 56
         * = 4, 168 ÷ 56 = 3" (top and bottom by their highest common factor). A whole or decimal result is the
         * calculator's already (the model writes 2700/36 = 75 with it). Session 12: 2.6.0 simplified 224/168 and 30/105
         * in its head and got them wrong; listed, each division is the calculator's.
         */
        private Expr simplified(Expr.Div d) {
            Expr result = value(literal(d).orElseThrow());
            Expr over = d.numerator() instanceof Expr.Neg n ? n.operand() : d.numerator(); // (-30)/20 as 30/20
            if (over instanceof Expr.Num a && d.denominator() instanceof Expr.Num b && a.value().isInteger()
                    && b.value().isInteger() && a.value().signum() >= 0 && b.value().signum() > 0 && !b.value().isOne()) {
                BigInteger top = a.value().num(), bottom = b.value().num(), g = top.gcd(bottom);
                if (!(result instanceof Expr.Num) && g.compareTo(BigInteger.ONE) > 0) {
                    working.add(Printer.text(a) + " ÷ " + g + " = " + top.divide(g));
                    working.add(Printer.text(b) + " ÷ " + g + " = " + bottom.divide(g));
                }
            }
            return result;
        }

        String operation() {
            return done.isEmpty() ? "simplify" : done.get(0);
        }

        Expr value(Rational v) {
            if (decimals || v.isInteger())
                return v.signum() < 0 ? new Expr.Neg(new Expr.Num(v.negate(), decimals)) : new Expr.Num(v, decimals);
            return fraction(v.num(), v.den());
        }

        Expr reduceTop(Expr e) {
            top = e;
            overBar.clear();
            Exprs.any(e, x -> {
                if (x instanceof Expr.Div d) {
                    overBar.add(d.numerator());
                    overBar.add(d.denominator());
                }
                return false;
            });
            if (e instanceof Expr.Div d && literal(e).isPresent() && !atomic(e)) {
                done.add("simplify");
                return simplified(d);
            }
            return reduce(e);
        }

        Expr reduce(Expr e) {
            if (literal(e).isPresent()) return e; // a number, or a fraction waiting to be combined or simplified
            if (dividesFirst(e)) return divideFirst(e);
            if (!children(e).stream().allMatch(c -> literal(c).isPresent())) return rebuild(e);
            int rank = switch (e) {
                case Expr.Add a -> a == top ? 3 : 0;
                case Expr.Pow p -> 1;
                case Expr.Mul m -> 2;
                case Expr.Div d -> 2;
                default -> 0;
            };
            if (waits(rank)) return e;
            return switch (e) {
                case Expr.Add a -> sum(a);
                case Expr.Mul m -> product(m);
                case Expr.Div d -> quotient(d);
                case Expr.Pow p -> {
                    done.add("power");
                    yield worked(p, valueOf(p));
                }
                case Expr.Neg n -> value(literal(n.operand()).orElseThrow().negate());
                default -> {
                    done.add("brackets");
                    yield valueOf(e);
                }
            };
        }

        private Expr sum(Expr.Add a) {
            boolean fractions = !decimals && a.terms().stream().anyMatch(ArithmeticSolver::isFraction);
            if (fractions) {
                BigInteger l = BigInteger.ONE;
                for (Expr t : a.terms()) l = l.divide(l.gcd(den(t))).multiply(den(t));
                final BigInteger lcm = l;
                boolean same = a.terms().stream().allMatch(t -> den(t).equals(lcm) && (isFraction(t)));
                if (!same) {
                    done.add("common");
                    common = lcm;
                    List<Expr> ts = new ArrayList<>();
                    for (Expr t : a.terms()) {
                        BigInteger n = num(t).multiply(lcm.divide(den(t)));
                        // session 12: each new numerator listed (4/15 + 2/9 over 45: 4 × 3 = 12, 2 × 5 = 10); 2.6.0
                        // multiplied them in its head and wrote 2/9 as 20/135
                        if (!lcm.equals(den(t))) working.add(num(t).abs() + " × " + lcm.divide(den(t)) + " = " + n.abs());
                        Expr f = new Expr.Div(new Expr.Num(new Rational(n.abs(), BigInteger.ONE), false),
                                new Expr.Num(new Rational(lcm, BigInteger.ONE), false));
                        ts.add(n.signum() < 0 ? new Expr.Neg(f) : f);
                    }
                    return new Expr.Add(ts);
                }
                done.add("numerators");
                List<Expr> tops = new ArrayList<>();
                for (Expr t : a.terms()) {
                    BigInteger n = num(t);
                    tops.add(n.signum() < 0
                            ? new Expr.Neg(new Expr.Num(new Rational(n.negate(), BigInteger.ONE), false))
                            : new Expr.Num(new Rational(n, BigInteger.ONE), false));
                }
                return new Expr.Div(new Expr.Add(tops), new Expr.Num(new Rational(lcm, BigInteger.ONE), false));
            }
            done.add(a == top || overBar.contains(a) ? "sum" : "brackets");
            return worked(a, valueOf(a));
        }

        private Expr product(Expr.Mul m) {
            if (!decimals && m.factors().stream().anyMatch(ArithmeticSolver::isFraction)) {
                done.add("fraction-product");
                List<Expr> tops = new ArrayList<>(), bottoms = new ArrayList<>();
                for (Expr f : m.factors()) {
                    BigInteger n = num(f), d = den(f);
                    tops.add(n.signum() < 0
                            ? new Expr.Neg(new Expr.Num(new Rational(n.negate(), BigInteger.ONE), false))
                            : new Expr.Num(new Rational(n, BigInteger.ONE), false));
                    if (!d.equals(BigInteger.ONE)) bottoms.add(new Expr.Num(new Rational(d, BigInteger.ONE), false));
                }
                Expr top = tops.size() == 1 ? tops.get(0) : new Expr.Mul(tops);
                Expr bottom = bottoms.size() == 1 ? bottoms.get(0) : new Expr.Mul(bottoms);
                return new Expr.Div(top, bottom);
            }
            done.add("product");
            return worked(m, valueOf(m));
        }

        private Expr quotient(Expr.Div d) {
            if (!decimals && isFraction(d.denominator())) {
                done.add("reciprocal");
                BigInteger n = num(d.denominator()), dd = den(d.denominator());
                Expr flipped = fraction(dd.multiply(BigInteger.valueOf(n.signum())), n.abs());
                return new Expr.Mul(List.of(d.numerator(), flipped));
            }
            if (!decimals && literal(d).isPresent()) {
                done.add("simplify");
                return simplified(d);
            }
            done.add("product");
            return worked(d, valueOf(d));
        }

        /**
         * 42 - 50 ÷ 5 or 100 - 42 + 12/4: among whole numbers a quotient that comes out whole is a division to do with
         * the products, not a fraction to carry over a common denominator. Beside a real fraction (3/4 + 12/4) it stays
         * a fraction.
         */
        private boolean dividesFirst(Expr e) {
            if (!(e instanceof Expr.Add || e instanceof Expr.Mul)) return false;
            List<Expr> cs = children(e);
            return cs.stream().anyMatch(ArithmeticSolver::exactQuotient)
                    && cs.stream().noneMatch(c -> isFraction(c) && !exactQuotient(c));
        }

        private Expr divideFirst(Expr e) {
            List<Expr> cs = new ArrayList<>();
            for (Expr c : children(e)) {
                if (exactQuotient(c) && waits(2)) {
                    cs.add(c);
                } else if (exactQuotient(c)) {
                    done.add("product");
                    Expr quotient = c instanceof Expr.Neg n ? n.operand() : c; // - 50 ÷ 5: the working says 50/5 = 10
                    worked(quotient, value(literal(quotient).orElseThrow()));
                    cs.add(value(literal(c).orElseThrow()));
                } else {
                    cs.add(reduce(c));
                }
            }
            return e instanceof Expr.Add ? new Expr.Add(cs) : new Expr.Mul(cs);
        }

        private Expr rebuild(Expr e) {
            return switch (e) {
                case Expr.Add a -> new Expr.Add(a.terms().stream().map(this::reduce).toList());
                case Expr.Mul m -> new Expr.Mul(m.factors().stream().map(this::reduce).toList());
                case Expr.Div d -> new Expr.Div(reduce(d.numerator()), reduce(d.denominator()));
                case Expr.Pow p -> new Expr.Pow(reduce(p.base()), reduce(p.exponent()));
                case Expr.Neg n -> new Expr.Neg(reduce(n.operand()));
                case Expr.Fn f -> new Expr.Fn(f.name(), reduce(f.arg()));
                default -> e;
            };
        }
    }

    /** Two whole numbers, the first a multiple of the second: 50 ÷ 5 or 12/4, worked out with the products. */
    private static boolean exactQuotient(Expr e) {
        Expr x = e instanceof Expr.Neg n ? n.operand() : e;
        return x instanceof Expr.Div d && d.numerator() instanceof Expr.Num a && d.denominator() instanceof Expr.Num b
                && !a.decimal() && !b.decimal() && a.value().isInteger() && b.value().isInteger()
                && !b.value().isZero() && !b.value().isOne() && a.value().divide(b.value()).isInteger();
    }

    private static boolean inLowestTerms(Expr.Div d) {
        Optional<Rational> v = literal(d);
        return v.isPresent() && d.numerator() instanceof Expr.Num a && d.denominator() instanceof Expr.Num b
                && a.value().num().gcd(b.value().num()).equals(BigInteger.ONE) && !b.value().num().equals(BigInteger.ONE);
    }

    private static List<Expr> children(Expr e) {
        return switch (e) {
            case Expr.Add a -> a.terms();
            case Expr.Mul m -> m.factors();
            case Expr.Div d -> List.of(d.numerator(), d.denominator());
            case Expr.Pow p -> List.of(p.base(), p.exponent());
            case Expr.Neg n -> List.of(n.operand());
            case Expr.Fn f -> List.of(f.arg());
            default -> List.of();
        };
    }
}
