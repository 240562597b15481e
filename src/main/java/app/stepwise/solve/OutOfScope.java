package app.stepwise.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Problems outside every family, written for Stepwise, so a model learns to say "none" instead of forcing a family onto
 * them. A compositional generator rather than a short list of frames: each topic (integrals, trigonometric, exponential
 * and logarithmic equations, inequalities, higher polynomials, larger and non-linear systems, geometry, trigonometry in
 * triangles, probability, statistics, sequences, matrices, vectors, limits, complex numbers, calculus beyond a first
 * derivative, proofs, number theory, ratio, unit conversion, graphs, physics beyond the one-formula families, chemistry,
 * questions that are not mathematics) has several sub-kinds, each drawing its own numbers, letters and phrasing, and every
 * problem may get a lead-in sentence, casual student typing, unicode, ASCII or LaTeX-ish math. Some sub-kinds sit next to
 * a family on purpose (x in an exponent or a denominator, x³ = 8, differentiate twice, an inequality written like a
 * linear equation, compound interest). Sub-kinds marked held out never reach training (the corpus's test-wording split).
 */
final class OutOfScope {
    private OutOfScope() {}

    /** A sub-kind of a topic: writes one problem from a draw. {@code weight}: how often it is drawn (near misses twice). */
    record Kind(String topic, String name, boolean heldOut, int weight, Function<Draw, String> write) {}

    /** One problem's random choices and its math style (ASCII, unicode or LaTeX-ish), shared by all its math. */
    static final class Draw {
        final SplittableRandom r;
        /** 0 ASCII (x^2, <=, *), 1 unicode (x², ≤, ×, −), 2 LaTeX-ish ($x^{2}$, \le, \times). */
        final int style;

        Draw(SplittableRandom r) {
            this.r = r;
            int s = r.nextInt(20);
            this.style = s < 9 ? 1 : s < 17 ? 0 : 2;
        }

        int n(int lo, int hi) {
            return NumberWriting.between(r, lo, hi);
        }

        int nz(int lo, int hi) {
            return NumberWriting.nonZero(r, lo, hi);
        }

        /** A length as written: mostly whole, sometimes with one decimal place (4.5). */
        String len(int v) {
            return r.nextInt(4) == 0 ? v + "." + n(1, 9) : Integer.toString(v);
        }

        /** A decimal with one or two places between lo and hi. */
        String dec(int lo, int hi) {
            int places = r.nextInt(2) + 1;
            int scale = places == 1 ? 10 : 100;
            int v = n(lo * scale, hi * scale);
            if (v % scale == 0) v += 1;
            return String.format(java.util.Locale.ROOT, "%." + places + "f", v / (double) scale);
        }

        String pick(String... xs) {
            return xs[r.nextInt(xs.length)];
        }

        boolean one(int in) {
            return r.nextInt(in) == 0;
        }

        /** A letter for an unknown. */
        String x() {
            return one(2) ? "x" : pick("x", "y", "t", "n", "a", "k", "p", "z", "m", "u", "w");
        }

        String minus() {
            return style == 1 ? "−" : "-";
        }

        String times() {
            return style == 1 ? "×" : style == 2 ? "\\times" : pick("*", "x");
        }

        String le() {
            return style == 1 ? "≤" : style == 2 ? "\\le" : "<=";
        }

        String ge() {
            return style == 1 ? "≥" : style == 2 ? "\\ge" : ">=";
        }

        String pi() {
            return style == 1 ? "π" : style == 2 ? "\\pi" : "pi";
        }

        String theta() {
            return style == 1 ? pick("θ", "x", "α") : style == 2 ? pick("\\theta", "x") : pick("theta", "x", "A");
        }

        String deg(int v) {
            return style == 0 && one(2) ? v + " degrees" : v + "°";
        }

        String sqrt(String v) {
            return style == 1 ? "√" + (v.length() > 1 ? "(" + v + ")" : v) : style == 2 ? "\\sqrt{" + v + "}" : "sqrt(" + v + ")";
        }

        String pow(String v, int k) {
            if (k == 1) return v;
            if (style == 1 && k <= 9) return v + "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(k);
            return style == 2 ? v + "^{" + k + "}" : v + "^" + k;
        }

        /** An exponent that is itself an expression: 2^(x + 1). */
        String powE(String base, String exponent) {
            if (style == 2) return base + "^{" + exponent + "}";
            return exponent.length() == 1 ? base + "^" + exponent : base + "^(" + exponent + ")";
        }

        String frac(String a, String b) {
            return style == 2 ? "\\frac{" + a + "}{" + b + "}" : bracketed(a) + "/" + bracketed(b);
        }

        /** A fraction's part in brackets where it is more than one number or letter: (x + 3). */
        private static String bracketed(String part) {
            return part.matches("[A-Za-z0-9.]+") ? part : "(" + part + ")";
        }

        /** Math inside a sentence: wrapped in $…$ in the LaTeX-ish style. */
        String m(String math) {
            return style == 2 ? "$" + math + "$" : math;
        }

        /** The polynomial with these coefficients, highest power first: 3x³ − 2x + 5. */
        String poly(String x, int... c) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < c.length; i++) {
                int k = c.length - 1 - i;
                if (c[i] == 0) continue;
                long abs = Math.abs((long) c[i]);
                String coef = abs == 1 && k > 0 ? "" : Long.toString(abs);
                String term = coef + (k == 0 ? "" : pow(x, k));
                if (b.length() == 0) b.append(c[i] < 0 ? minus() : "").append(term);
                else
                    b.append(c[i] < 0 ? " " + minus() + " " : " + ").append(term);
            }
            return b.length() == 0 ? "0" : b.toString();
        }

        /** "x + 3", "x − 3". */
        String shift(String x, int k) {
            return k == 0 ? x : x + (k < 0 ? " " + minus() + " " + -k : " + " + k);
        }

        /** A request for a quantity, as a worksheet or a student asks: "Find the mean.", "What is the mean?". */
        String ask(String what) {
            return switch (r.nextInt(13)) {
                case 0, 1 -> "Find " + what + ".";
                case 2, 3 -> "What is " + what + "?";
                case 4 -> "Calculate " + what + ".";
                case 5 -> "Work out " + what + ".";
                case 6 -> "Determine " + what + ".";
                case 7, 8 -> "Compute " + what + ".";
                case 9, 10 -> "Give " + what + ".";
                // "Can you find …?", "How do I …?", "…, showing your working." are Register.question's, written on
                // problems in and out of scope alike (session 11)
                default -> "Work out " + what + ".";
            };
        }

        /** The same request for something to solve: "Solve …", "Find all … such that …". */
        String solve(String math, String x) {
            return switch (r.nextInt(6)) {
                case 0, 1 -> "Solve " + m(math) + ".";
                case 2 -> "Find " + x + " if " + m(math) + ".";
                case 3 -> "Solve for " + x + ": " + m(math);
                case 4 -> "Find all values of " + x + " such that " + m(math) + ".";
                default -> "Work out " + x + " when " + m(math) + ".";
            };
        }
    }

    private static final List<Kind> KINDS = new ArrayList<>();

    private static void kind(String topic, String name, Function<Draw, String> write) {
        KINDS.add(new Kind(topic, name, false, 1, write));
    }

    /** A sub-kind that sits next to a family (an exponent, a denominator, an inequality sign): drawn twice as often. */
    private static void nearMiss(String topic, String name, Function<Draw, String> write) {
        KINDS.add(new Kind(topic, name, false, 2, write));
    }

    private static void heldOut(String topic, String name, Function<Draw, String> write) {
        KINDS.add(new Kind(topic, name, true, 1, write));
    }

    static {
        integrals();
        equations();
        inequalities();
        polynomials();
        systems();
        geometry();
        triangles();
        probability();
        statistics();
        sequences();
        linearAlgebra();
        limitsAndComplex();
        calculus();
        proofsAndNumbers();
        ratioUnitsGraphs();
        physics();
        chemistryAndOther();
        physicsAskedLikeAFamily();
        terseItems();
        stories();
        numberSkills();
        explainQuestions();
        stagesAndChecks();
        algebraicFractions();
    }

    /** Every sub-kind, in a fixed order (a record's "wording" is its index here). */
    static List<Kind> kinds() {
        return List.copyOf(KINDS);
    }

    /** A sub-kind drawn by weight. */
    static int pick(SplittableRandom r) {
        int total = KINDS.stream().mapToInt(Kind::weight).sum();
        int at = r.nextInt(total);
        for (int k = 0; k < KINDS.size(); k++) {
            at -= KINDS.get(k).weight();
            if (at < 0) return k;
        }
        throw new IllegalStateException("weights");
    }

    /** Whether sub-kind k is held out of training. */
    static boolean heldOut(int k) {
        return KINDS.get(k).heldOut();
    }

    /** Out-of-scope problem of sub-kind k, drawn with these random choices. */
    static String write(int k, SplittableRandom r) {
        Draw d = new Draw(r);
        return finish(d, KINDS.get(k).write().apply(d), KINDS.get(k).topic());
    }

    /**
     * Surface variety around a written problem: the register wrappers problems in the families get too ({@link Register},
     * session 11; before, openers such as "Quick one:", "pls help" and lower-case typing were written only here, and the
     * model learned to answer "none" to any problem asked that way).
     */
    /** One out-of-scope problem in this many is asked in a student's words ({@link Register#studentAsk}). */
    static final int STUDENT_ASKS = 10;

    static String finish(Draw d, String text, String topic) {
        // session 15: "equals", "squared", tight signs at the rate problems in the families get them (Surface.vary)
        // (drawn from the text's own hash, so every other draw of the problem stays as it was)
        SplittableRandom own = new SplittableRandom(text.hashCode());
        String typed = own.nextInt(12) == 0 ? Register.typedMath(text, own) : text;
        // session 16: asked in a student's words ("how do i …", "whats …", "… pls") as often as Voices asks problems in
        // the families that way (before, those words were 3 to 9 times as common in scope)
        if (own.nextInt(STUDENT_ASKS) == 0) typed = Register.studentAsk(typed, own);
        // session 17: set by a teacher ("Here's one to try before the test: …", "Could you … for me, please?") as often
        // as Voices sets problems in the families that way, and physics as "Given: … Find: …" as in the families
        else if (topic.equals("physics")) typed = Register.teacherOrGivenFind(typed);
        else if (own.nextInt(Register.TEACHER_ASKS) == 0) typed = Register.teacherAsk(typed, own);
        // session 18: set by a teacher one problem in two, as problems in the families are (Surface.vary)
        return TeacherWords.setOrNot(Register.dress(typed, d.r, topic), TeacherWords.kindOf(topic), List.of(), "");
    }

    private static void integrals() {
        nearMiss("integrals", "indefinite-polynomial", d -> {
            String x = d.pick("x", "x", "t", "u");
            String p = d.poly(x, d.nz(-9, 9), d.n(-9, 9), d.n(-9, 9));
            return switch (d.r.nextInt(6)) {
                case 0 -> "Integrate " + d.m(p) + " with respect to " + x + ".";
                case 1 -> "Find " + d.m((d.style == 2 ? "\\int " : "∫ ") + "(" + p + ") d" + x) + ".";
                case 2 -> d.ask("the indefinite integral of " + d.m(p));
                case 3 -> "What is the antiderivative of " + d.m(p) + "?";
                case 4 -> "integrate " + p + " d" + x;
                default -> "Find the integral of " + d.m(p) + " d" + x + ", including the constant of integration.";
            };
        });
        kind("integrals", "definite", d -> {
            int a = d.n(-3, 2), b = a + d.n(1, 5);
            String p = d.poly("x", d.nz(-6, 6), d.n(-9, 9), d.n(-9, 9));
            return switch (d.r.nextInt(4)) {
                case 0 -> "Evaluate the definite integral of " + d.m(p) + " from x = " + a + " to x = " + b + ".";
                case 1 -> "Evaluate " + d.m(d.style == 2
                        ? "\\int_{" + a + "}^{" + b + "} (" + p + ") dx"
                        : "∫ from " + a + " to " + b + " of (" + p + ") dx") + ".";
                case 2 -> d.ask("the integral of " + d.m(p) + " between " + a + " and " + b);
                default -> "Work out the exact value of the integral of " + d.m(p) + " dx with limits " + a + " and " + b + ".";
            };
        });
        kind("integrals", "area-under-curve", d -> {
            int a = d.n(0, 3), b = a + d.n(1, 4);
            String p = d.poly("x", d.nz(1, 4), d.n(-5, 5), d.n(0, 9));
            return switch (d.r.nextInt(4)) {
                case 0 -> d.ask("the area under the curve " + d.m("y = " + p) + " between x = " + a + " and x = " + b);
                case 1 -> "The region R is bounded by the curve " + d.m("y = " + p) + ", the x-axis and the lines x = " + a
                        + " and x = " + b + ". Find the area of R.";
                case 2 -> "Sketch " + d.m("y = " + p) + " and shade the area from x = " + a + " to x = " + b
                        + ". How big is the shaded area?";
                default -> "Find the area enclosed by " + d.m("y = " + p) + " and the x-axis from " + a + " to " + b + ".";
            };
        });
        kind("integrals", "other-functions", d -> {
            int k = d.n(2, 7);
            String f = d.pick(d.powE("e", k + "x"), "sin(" + k + "x)", "cos(" + k + "x)", d.frac("1", "x"),
                    d.frac(Integer.toString(k), d.shift("x", d.nz(-5, 5))), d.sqrt("x"), "sec²x", "x e^x", "ln x");
            return d.pick("Integrate " + d.m(f) + ".", "Find " + d.m("∫ " + f + " dx") + ".",
                    "What is the integral of " + d.m(f) + " with respect to x?", "integrate " + f);
        });
        kind("integrals", "differential-equation", d -> {
            int a = d.nz(-6, 6), c = d.n(1, 9);
            return d.pick("Solve the differential equation " + d.m("dy/dx = " + a + "y") + ".",
                    "Find y given that " + d.m("dy/dx = " + d.poly("x", d.nz(1, 6), d.n(-5, 5))) + " and y = " + c
                            + " when x = 0.",
                    "Solve " + d.m("dy/dx = " + d.n(2, 6) + "xy") + " with y(0) = " + c + ".",
                    "A population P grows so that dP/dt = " + d.dec(0, 1) + "P. Find P after " + c + " years if P = "
                            + d.n(100, 900) + " at the start.");
        });
        heldOut("integrals", "by-parts-substitution", d -> {
            int k = d.n(2, 5);
            return d.pick("Use integration by parts to find " + d.m("∫ x " + d.powE("e", k + "x") + " dx") + ".",
                    "Integrate " + d.m("x cos(" + k + "x)") + " by parts.",
                    "Use the substitution u = " + d.poly("x", 1, 0, k) + " to integrate " + d.m("2x(" + d.poly("x", 1, 0, k)
                            + ")^" + k) + ".",
                    "Find the volume when y = " + d.poly("x", 1, 0, 0) + " from x = 0 to " + k
                            + " is rotated 360° about the x-axis.");
        });
    }

    private static void equations() {
        kind("equations", "trigonometric", d -> {
            String th = d.theta();
            String fn = d.pick("sin", "cos", "tan");
            String v = d.pick("0.5", "1", d.minus() + "0.5", d.sqrt("3") + "/2", "1/" + d.sqrt("2"), "0." + d.n(1, 9),
                    Integer.toString(d.n(2, 5)));
            if (!fn.equals("tan") && v.matches("\\d+")) v = "0." + v;
            String range = d.pick("0 " + d.le() + " " + th + " " + d.le() + " 360°", "0° < " + th + " < 360°",
                    th + " between 0 and 2" + d.pi(), "-180° " + d.le() + " " + th + " " + d.le() + " 180°",
                    "0 " + d.le() + " " + th + " < 2" + d.pi());
            int a = d.n(1, 4);
            String lhs = a == 1 ? fn + " " + th : a + fn + "(" + th + ")";
            return switch (d.r.nextInt(4)) {
                case 0 -> "Solve " + d.m(lhs + " = " + v) + " for " + d.m(range) + ".";
                case 1 -> "Find all solutions of " + d.m(lhs + " = " + v) + " in the interval " + d.m(range) + ".";
                case 2 -> "Solve " + d.m(d.pow(fn, 2) + " " + th + " = " + d.pick("1/4", "3/4", "1/2", "3")) + ", "
                        + d.m(range) + ".";
                default -> "Solve " + d.m("2" + d.pow(fn, 2) + th + " " + d.minus() + " " + fn + " " + th + " "
                        + d.minus() + " 1 = 0") + " for " + d.m(range) + ".";
            };
        });
        nearMiss("equations", "exponential", d -> {
            String x = d.x();
            int b = d.n(2, 5), k = d.n(2, 5), c = d.n(2, 9);
            return switch (d.r.nextInt(5)) {
                case 0 -> d.solve(d.powE(Integer.toString(b), x) + " = " + (int) Math.pow(b, k), x);
                case 1 -> d.solve(d.powE(Integer.toString(b), d.shift(x, d.nz(-3, 3))) + " = " + (int) Math.pow(b, k), x);
                case 2 -> d.solve(d.powE("e", x) + " = " + c, x);
                case 3 -> d.solve(c + " " + d.times() + " " + d.powE(Integer.toString(b), x) + " = " + c * (int) Math.pow(b, k),
                        x);
                default -> "Solve " + d.m(d.powE(Integer.toString(b), "2" + x) + " " + d.minus() + " " + (b + 1) + " "
                        + d.times() + " " + d.powE(Integer.toString(b), x) + " + " + b + " = 0") + ".";
            };
        });
        kind("equations", "logarithmic", d -> {
            String x = d.x();
            int b = d.n(2, 5), k = d.n(1, 4), a = d.n(2, 9);
            return switch (d.r.nextInt(5)) {
                case 0 -> d.solve("log_" + b + "(" + x + ") = " + k, x);
                case 1 -> d.solve("log(" + x + ") + log(" + a + ") = " + k, x);
                case 2 -> d.solve("ln " + x + " = " + k, x);
                case 3 -> d.solve("log_" + b + "(" + d.shift(x, d.nz(-5, 5)) + ") = " + k, x);
                default -> d.solve("2 ln " + x + " " + d.minus() + " ln " + a + " = 0", x);
            };
        });
        kind("equations", "evaluate-logs", d -> {
            int b = d.n(2, 5), k = d.n(2, 5);
            return d.pick(d.ask("the value of " + d.m("log_" + b + " " + (int) Math.pow(b, k))),
                    "Evaluate log base " + b + " of " + (int) Math.pow(b, k) + ".",
                    "Simplify " + d.m("log " + d.n(2, 9) + " + log " + d.n(2, 9) + " " + d.minus() + " log " + d.n(2, 9)) + ".",
                    "Write " + d.m(k + " log x + log y") + " as a single logarithm.",
                    "Express " + d.m("ln(" + b + "e^" + k + ")") + " in terms of ln " + b + ".");
        });
        nearMiss("equations", "unknown-in-denominator", d -> {
            String x = d.x();
            int a = d.n(2, 12), b = d.n(1, 9), c = b + d.n(1, 9);
            return switch (d.r.nextInt(4)) {
                case 0 -> d.solve(d.frac(Integer.toString(a), x) + " + " + b + " = " + c, x);
                case 1 -> d.solve(d.frac(Integer.toString(a), d.shift(x, d.nz(-5, 5))) + " = " + d.n(2, 6), x);
                case 2 -> d.solve(d.frac("1", x) + " + " + d.frac("1", x + " + " + b) + " = " + d.frac("1", Integer.toString(a)),
                        x);
                default -> d.solve(x + " + " + d.frac(Integer.toString(a), x) + " = " + c, x);
            };
        });
        kind("equations", "radical", d -> {
            String x = d.x();
            int a = d.n(1, 9), k = d.n(2, 9);
            return d.solve(d.pick(d.sqrt(d.shift(x, a)) + " = " + k, d.sqrt(x) + " + " + a + " = " + (a + k),
                    d.sqrt(a + x) + " = " + x + " " + d.minus() + " " + d.n(1, 5)), x);
        });
        kind("equations", "absolute-value", d -> {
            String x = d.x();
            return d.solve("|" + d.poly(x, d.nz(1, 5), d.nz(-9, 9)) + "| = " + d.n(1, 20), x);
        });
        heldOut("equations", "trig-identity", d -> {
            String th = d.theta();
            return d.pick("Simplify " + d.m(d.pow("sin", 2) + " " + th + " + " + d.pow("cos", 2) + " " + th) + ".",
                    "Show that " + d.m("tan " + th + " cos " + th + " = sin " + th) + ".",
                    "Prove the identity " + d.m("(1 + cos " + th + ")(1 " + d.minus() + " cos " + th + ") = "
                            + d.pow("sin", 2) + " " + th) + ".",
                    d.ask("the exact value of " + d.m(d.pick("sin", "cos", "tan") + " " + d.deg(d.n(1, 3) * 30))),
                    "Express " + d.m(d.n(2, 5) + " sin x + " + d.n(2, 5) + " cos x") + " in the form R sin(x + α).");
        });
    }

    private static void inequalities() {
        nearMiss("inequalities", "linear", d -> {
            String x = d.x();
            String sign = d.pick("<", ">", d.le(), d.ge());
            String lhs = d.poly(x, d.nz(-9, 9), d.n(-20, 20));
            String ineq = lhs + " " + sign + " " + d.n(-30, 30);
            return switch (d.r.nextInt(5)) {
                case 0 -> "Solve the inequality " + d.m(ineq) + ".";
                case 1 -> "Solve " + d.m(ineq) + ".";
                case 2 -> "Find the range of values of " + x + " for which " + d.m(ineq) + ".";
                case 3 -> "Solve " + d.m(ineq) + " and show the solution on a number line.";
                default -> "For which values of " + x + " is " + d.m(ineq) + "?";
            };
        });
        nearMiss("inequalities", "written-like-linear", d -> {
            String x = d.x();
            String ineq = d.poly(x, d.nz(2, 9), d.n(-12, 12)) + " " + d.pick("<", ">", d.le(), d.ge()) + " "
                    + d.poly(x, d.nz(1, 9), d.n(-12, 12));
            return d.pick("Solve " + d.m(ineq) + ".", "Solve for " + x + ": " + d.m(ineq), d.m(ineq) + ". Find " + x + ".",
                    "What values of " + x + " satisfy " + d.m(ineq) + "?");
        });
        kind("inequalities", "in-words", d -> {
            int a = d.n(2, 9), b = d.n(1, 30), c = b + d.n(10, 90);
            return switch (d.r.nextInt(5)) {
                case 0 -> "Find the smallest whole number n such that " + a + "n + " + b + " is greater than " + c + ".";
                case 1 -> "Three times a number, minus " + b + ", is at least " + c + ". What values can the number take?";
                case 2 -> "A taxi charges $" + b + " plus $" + a + " per mile. Ana has at most $" + c
                        + ". What is the greatest whole number of miles she can travel?";
                case 3 ->
                    "Find the largest integer k for which " + a + "k " + d.minus() + " " + b + " is no more than " + c + ".";
                default -> "A number doubled and increased by " + b + " is less than " + c + ". Find the possible numbers.";
            };
        });
        kind("inequalities", "quadratic", d -> {
            String x = d.x();
            int p = d.n(-6, 6), q = d.n(-6, 6);
            String ineq = d.poly(x, 1, -(p + q), p * q) + " " + d.pick("<", ">", d.le(), d.ge()) + " 0";
            return d.pick("Solve the quadratic inequality " + d.m(ineq) + ".",
                    "Find the set of values of " + x + " for which " + d.m(ineq) + ".", "Solve " + d.m(ineq) + ".",
                    "For what values of " + x + " is " + d.m(d.poly(x, 1, -(p + q), p * q)) + " negative?");
        });
        kind("inequalities", "double-and-integers", d -> {
            String x = d.x();
            int a = d.n(-9, 0), b = d.n(2, 15);
            String ineq = a + " " + d.pick("<", d.le()) + " " + d.poly(x, d.n(2, 5), d.n(-5, 5)) + " " + d.pick("<", d.le())
                    + " " + b;
            return d.pick("Solve " + d.m(ineq) + ".", "List the integers " + x + " that satisfy " + d.m(ineq) + ".",
                    "How many integers satisfy " + d.m(ineq) + "?");
        });
        heldOut("inequalities", "regions", d -> {
            int a = d.n(1, 6), b = d.n(2, 9);
            return d.pick("Shade the region where y " + d.ge() + " " + a + "x and x + y " + d.le() + " " + b + ".",
                    "Find the greatest value of x + 2y in the region y " + d.le() + " " + b + ", x " + d.ge()
                            + " 0, y " + d.ge() + " x.",
                    "Write down the inequalities that define the triangle with vertices (0, 0), (" + b + ", 0) and (0, " + a
                            + ").");
        });
    }

    private static void polynomials() {
        kind("polynomials", "cubic-from-roots", d -> {
            String x = d.x();
            int p = d.n(-5, 5), q = d.n(-5, 5), s = d.n(-5, 5);
            String cubic = d.poly(x, 1, -(p + q + s), p * q + q * s + p * s, -p * q * s);
            return d.pick("Solve " + d.m(cubic + " = 0") + ".", "Find the roots of the cubic " + d.m(cubic) + ".",
                    "Solve the cubic equation " + d.m(cubic + " = 0") + ".",
                    "Find the roots of " + d.m(cubic + " = 0") + " and sketch the curve.");
        });
        nearMiss("polynomials", "pure-power", d -> {
            String x = d.x();
            int b = d.n(2, 6), k = d.pick("3", "3", "4", "5").charAt(0) - '0';
            int v = (int) Math.pow(b, k);
            return switch (d.r.nextInt(4)) {
                case 0 -> d.solve(d.pow(x, k) + " = " + v, x);
                case 1 -> d.solve(d.n(2, 5) + d.pow(x, 3) + " = " + d.n(2, 5) * (int) Math.pow(b, 3), x);
                case 2 -> d.solve(d.pow(x, 3) + " " + d.minus() + " " + b * b + x + " = 0", x);
                default -> d.solve(d.pow(x, 3) + " + " + k + " = " + ((int) Math.pow(b, 3) + k), x);
            };
        });
        kind("polynomials", "quartic", d -> {
            String x = d.x();
            int p = d.n(1, 4), q = p + d.n(1, 3);
            return d.solve(d.poly(x, 1, 0, -(p * p + q * q), 0, p * p * q * q) + " = 0", x);
        });
        kind("polynomials", "factor-remainder", d -> {
            String x = "x";
            int a = d.nz(-4, 4);
            String p = d.poly(x, d.nz(1, 3), d.n(-6, 6), d.n(-9, 9), d.nz(-12, 12));
            return d.pick("Find the remainder when " + d.m(p) + " is divided by " + d.m("(" + d.shift(x, -a) + ")") + ".",
                    "Use the factor theorem to show whether " + d.m("(" + d.shift(x, -a) + ")") + " is a factor of " + d.m(p)
                            + ".",
                    "Divide " + d.m(p) + " by " + d.m(d.shift(x, a)) + " using polynomial long division.",
                    "Given that " + d.m("f(x) = " + p) + ", find f(" + a + ") and say what it tells you.");
        });
        heldOut("polynomials", "roots-and-coefficients", d -> {
            int s = d.n(2, 9), p = d.n(2, 20);
            return d.pick("The roots of " + d.m(d.poly("x", 1, -s, p) + " = 0") + " are α and β. Find α² + β².",
                    "Find a cubic equation with roots " + d.n(1, 4) + ", " + -d.n(1, 4) + " and " + d.n(5, 8) + ".",
                    "How many real roots does " + d.m(d.poly("x", 1, 0, -s, p)) + " = 0 have?");
        });
    }

    private static void systems() {
        kind("systems", "three-by-three", d -> {
            int x = d.n(-4, 4), y = d.n(-4, 4), z = d.n(-4, 4);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                int a1 = d.nz(-4, 4), a2 = d.nz(-4, 4), a3 = d.nz(-4, 4);
                String eq = d.poly("x", a1, 0).replace(" + 0", "") + (a2 < 0 ? " " + d.minus() + " " : " + ")
                        + (Math.abs(a2) == 1 ? "" : Math.abs(a2)) + "y" + (a3 < 0 ? " " + d.minus() + " " : " + ")
                        + (Math.abs(a3) == 1 ? "" : Math.abs(a3)) + "z = " + (a1 * x + a2 * y + a3 * z);
                b.append(i == 0 ? "" : i == 2 ? " and " : ", ").append(d.m(eq));
            }
            return d.pick("Solve the simultaneous equations " + b + ".", "Find x, y and z: " + b + ".",
                    "Solve for x, y, z given " + b + ".", b + ". Find x, y and z.");
        });
        kind("systems", "linear-and-quadratic", d -> {
            int a = d.n(-5, 5), m = d.nz(-4, 4), c = d.n(-6, 6);
            String q = d.pick("y = " + d.poly("x", 1, d.n(-4, 4), a), d.pow("x", 2) + " + " + d.pow("y", 2) + " = "
                    + d.pick("25", "13", "10", "50", "17"), "xy = " + d.n(2, 24));
            String l = "y = " + d.poly("x", m, c);
            return d.pick("Solve the simultaneous equations " + d.m(q) + " and " + d.m(l) + ".",
                    "Find the points where the line " + d.m(l) + " meets the curve " + d.m(q) + ".",
                    "Solve simultaneously: " + d.m(q) + ", " + d.m(l), d.m(l) + " and " + d.m(q) + ". Find x and y.");
        });
        kind("systems", "nonlinear-words", d -> {
            int s = d.n(5, 20), p = d.n(2, 9);
            return d.pick("Two numbers add up to " + s + " and multiply to " + p * (s - p) + ". Find them.",
                    "A rectangle has perimeter " + 2 * s + " cm and area " + p * (s - p) + " cm². Find its length and width.",
                    "The sum of the squares of two positive numbers is " + (p * p + s * s) + " and their difference is "
                            + (s - p) + ". Find the numbers.");
        });
    }

    private static void geometry() {
        kind("geometry", "area", d -> {
            int a = d.n(2, 20), b = d.n(2, 20), c = d.n(2, 15);
            String u = d.pick("cm", "m", "mm", "cm");
            return switch (d.r.nextInt(7)) {
                case 0 -> d.ask("the area of a triangle with base " + d.len(a) + " " + u + " and height " + d.len(b) + " " + u);
                case 1 -> "A circle has radius " + d.len(a) + " " + u + ". " + d.ask("its area");
                case 2 -> d.ask("the area of a trapezium with parallel sides " + d.len(a) + " " + u + " and " + d.len(b) + " " + u
                        + " and height " + d.len(c) + " " + u);
                case 3 ->
                    "A parallelogram has base " + d.len(a) + " " + u + " and perpendicular height " + d.len(b) + " " + u + ". "
                            + d.ask("its area");
                case 4 -> "How much carpet is needed for a rectangular room " + a + " m by " + b + " m?";
                case 5 -> d.ask("the area of a sector of radius " + d.len(a) + " " + u + " with angle " + d.deg(d.n(2, 11) * 30));
                default -> "A circle has diameter " + 2 * a + " " + u + ". What is its area, to 1 decimal place?";
            };
        });
        kind("geometry", "perimeter", d -> {
            int a = d.n(2, 25), b = d.n(2, 25);
            String u = d.pick("cm", "m", "mm");
            return switch (d.r.nextInt(5)) {
                case 0 -> "A circle has radius " + d.len(a) + " " + u + ". " + d.ask("its circumference");
                case 1 ->
                    d.ask("the perimeter of a rectangle " + d.len(a) + " " + u + " long and " + d.len(b) + " " + u + " wide");
                case 2 -> d.ask("the perimeter of a semicircle of diameter " + 2 * a + " " + u);
                case 3 -> "A field is a rectangle " + a * 10 + " m by " + b * 10 + " m. How much fencing goes round it?";
                default -> d.ask("the length of an arc of radius " + d.len(a) + " " + u + " subtending " + d.deg(d.n(1, 11) * 30)
                        + " at the centre");
            };
        });
        kind("geometry", "volume-surface", d -> {
            int r = d.n(2, 12), h = d.n(2, 20), w = d.n(2, 12);
            String u = d.pick("cm", "m");
            return switch (d.r.nextInt(7)) {
                case 0 ->
                    d.ask("the volume of a cylinder with radius " + d.len(r) + " " + u + " and height " + d.len(h) + " " + u);
                case 1 -> d.ask("the volume of a sphere of radius " + d.len(r) + " " + u);
                case 2 -> d.ask("the volume of a cone with radius " + d.len(r) + " " + u + " and height " + d.len(h) + " " + u);
                case 3 ->
                    "A cuboid measures " + d.len(r) + " " + u + " by " + d.len(w) + " " + u + " by " + d.len(h) + " " + u + ". "
                            + d.ask("its volume");
                case 4 -> d.ask("the surface area of a cube with side " + d.len(r) + " " + u);
                case 5 -> "How many litres of water fill a tank " + r * 10 + " cm by " + w * 10 + " cm by " + h * 10 + " cm?";
                default -> d.ask("the total surface area of a cylinder of radius " + d.len(r) + " " + u + " and height "
                        + d.len(h) + " " + u);
            };
        });
        kind("geometry", "angles", d -> {
            int a = d.n(20, 80), b = d.n(20, 80);
            int sides = Integer.parseInt(d.pick("5", "6", "8", "9", "10", "12"));
            return switch (d.r.nextInt(6)) {
                case 0 -> "Two angles of a triangle are " + d.deg(a) + " and " + d.deg(b) + ". " + d.ask("the third angle");
                case 1 -> "Angles on a straight line are " + d.deg(a) + ", " + d.deg(b) + " and x. " + d.ask("x");
                case 2 -> d.ask("the sum of the interior angles of a polygon with " + sides + " sides");
                case 3 -> "Each exterior angle of a regular polygon is " + d.deg(360 / sides) + ". How many sides does it have?";
                case 4 -> "An isosceles triangle has a top angle of " + d.deg(2 * a) + ". " + d.ask("each base angle");
                default -> "Two parallel lines are cut by a transversal. One angle is " + d.deg(a + 40)
                        + ". What is the alternate angle?";
            };
        });
        kind("geometry", "pythagoras", d -> {
            int m = d.n(1, 4), k = d.n(2, 3);
            int a = k * (m + 1) * (m + 1) - k, b = 2 * k * (m + 1), c = k * (m + 1) * (m + 1) + k;
            if (d.one(3)) {
                a = d.n(2, 15);
                b = d.n(2, 15);
            }
            String u = d.pick("cm", "m");
            return switch (d.r.nextInt(6)) {
                case 0 -> "A right-angled triangle has shorter sides " + a + " " + u + " and " + b + " " + u + ". "
                        + d.ask("the length of the hypotenuse");
                case 1 -> "Use Pythagoras' theorem to find the missing side: hypotenuse " + c + " " + u + ", one side " + a + " "
                        + u + ".";
                case 2 -> "A ladder " + c + " m long leans against a wall with its foot " + a
                        + " m from the wall. How high up the wall does it reach?";
                case 3 -> d.ask("the distance between the points (" + a + ", " + b + ") and (" + -a + ", " + (b - c) + ")");
                case 4 -> "Is a triangle with sides " + a + ", " + b + " and " + c + " right-angled? Explain.";
                default -> d.ask("the length of the diagonal of a rectangle " + a + " " + u + " by " + b + " " + u);
            };
        });
        kind("geometry", "similar-shapes", d -> {
            int a = d.n(2, 9), k = d.n(2, 5), b = d.n(3, 12);
            return d.pick(
                    "Two similar triangles have corresponding sides " + a + " cm and " + a * k + " cm. The smaller has a side of "
                            + b + " cm. " + d.ask("the matching side of the larger"),
                    "A photo " + a * 5 + " cm wide is enlarged to " + a * 5 * k + " cm wide. What is the scale factor?",
                    "Two similar shapes have areas in the ratio 1 : " + k * k + ". " + d.ask("the ratio of their lengths"),
                    "Shape B is an enlargement of shape A with scale factor " + k + ". A has area " + b
                            + " cm². What is the area of B?");
        });
        kind("geometry", "circle-theorems", d -> {
            int a = d.n(20, 80);
            return d.pick(
                    "The angle at the centre of a circle is " + d.deg(2 * a) + ". "
                            + d.ask("the angle at the circumference standing on the same arc"),
                    "ABCD is a cyclic quadrilateral with angle A = " + d.deg(a + 30) + ". " + d.ask("angle C"),
                    "AB is a diameter of a circle and C is on the circle. Angle CAB = " + d.deg(a) + ". " + d.ask("angle CBA"),
                    "A tangent touches a circle at T and O is the centre. Angle TOP = " + d.deg(a) + ". " + d.ask("angle OPT"));
        });
        heldOut("geometry", "coordinates-and-transformations", d -> {
            int a = d.n(-9, 9), b = d.n(-9, 9), c = d.n(-9, 9), e = d.n(-9, 9);
            return d.pick(d.ask("the midpoint of (" + a + ", " + b + ") and (" + c + ", " + e + ")"),
                    "Reflect the point (" + a + ", " + b + ") in the line y = x. Where does it go?",
                    "Rotate the point (" + a + ", " + b + ") 90° clockwise about the origin. Give its new coordinates.",
                    "Describe fully the single transformation that maps (" + a + ", " + b + ") to (" + (a + c) + ", " + (b + e)
                            + ").",
                    d.ask("the equation of the circle with centre (" + a + ", " + b + ") and radius " + d.n(2, 9)));
        });
    }

    private static void triangles() {
        kind("trigonometry", "right-triangle", d -> {
            int a = d.n(3, 20), ang = d.n(15, 75);
            String u = d.pick("cm", "m");
            return switch (d.r.nextInt(5)) {
                case 0 -> "In a right-angled triangle the hypotenuse is " + a + " " + u + " and one angle is " + d.deg(ang) + ". "
                        + d.ask("the side opposite this angle");
                case 1 ->
                    "A right-angled triangle has opposite side " + a + " " + u + " and adjacent side " + d.n(3, 20) + " " + u
                            + ". " + d.ask("the angle, to 1 decimal place");
                case 2 -> "A ramp rises " + d.n(1, 3) + " m over a horizontal distance of " + a
                        + " m. What angle does it make with the ground?";
                case 3 -> "From " + a * 5 + " m away, the angle of elevation to the top of a tower is " + d.deg(ang)
                        + ". How tall is the tower?";
                default ->
                    "Use SOH CAH TOA to find x: adjacent = " + a + " " + u + ", angle = " + d.deg(ang) + ", x is the hypotenuse.";
            };
        });
        kind("trigonometry", "sine-cosine-rule", d -> {
            int a = d.n(4, 20), b = d.n(4, 20), ang = d.n(25, 130);
            return switch (d.r.nextInt(4)) {
                case 0 -> "In triangle ABC, a = " + a + " cm, b = " + b + " cm and angle C = " + d.deg(ang) + ". " + d.ask("c");
                case 1 -> "In triangle PQR, PQ = " + a + " cm, angle R = " + d.deg(ang / 2 + 10) + " and angle P = " + d.deg(35)
                        + ". Use the sine rule to find QR.";
                case 2 ->
                    d.ask("the area of a triangle with sides " + a + " cm and " + b + " cm and included angle " + d.deg(ang));
                default ->
                    "A triangle has sides " + a + ", " + b + " and " + (Math.max(a, b) + 1) + ". " + d.ask("its largest angle");
            };
        });
        heldOut("trigonometry", "bearings", d -> {
            int br = d.n(10, 350), dist = d.n(2, 30);
            return d.pick(
                    "A ship sails " + dist + " km on a bearing of " + String.format("%03d", br) + "°. How far north has it gone?",
                    "The bearing of B from A is " + String.format("%03d", br) + "°. What is the bearing of A from B?",
                    "A plane flies " + dist * 10 + " km on a bearing of " + String.format("%03d", br) + "° then " + dist * 5
                            + " km due east. How far is it from its start?");
        });
    }

    private static void probability() {
        kind("probability", "single-event", d -> {
            int a = d.n(1, 12), b = d.n(1, 12), c = d.n(0, 8);
            String col1 = d.pick("red", "blue", "green"), col2 = d.pick("yellow", "white", "black");
            return switch (d.r.nextInt(6)) {
                case 0 ->
                    "A bag holds " + a + " " + col1 + " and " + b + " " + col2 + " marbles. What is the probability of picking a "
                            + col1 + " one?";
                case 1 -> "A card is drawn from a standard pack of 52. " + d.ask("the probability that it is a "
                        + d.pick("king", "heart", "red card", "picture card", "black ace"));
                case 2 -> "A fair " + d.pick("six", "eight", "ten", "twelve")
                        + "-sided dice is rolled. What is the chance of a number greater than "
                        + d.n(2, 5) + "?";
                case 3 -> "The probability of rain tomorrow is 0." + d.n(1, 9) + ". What is the probability it does not rain?";
                case 4 -> "A spinner lands on red with probability 0." + d.n(1, 4) + ". It is spun " + d.n(2, 20) * 10
                        + " times. How many reds would you expect?";
                default -> "A box has " + a + " " + col1 + ", " + b + " " + col2 + " and " + c + " purple counters. P(not " + col1
                        + ") = ?";
            };
        });
        kind("probability", "combined-events", d -> {
            int a = d.n(2, 9), b = d.n(2, 9);
            return switch (d.r.nextInt(5)) {
                case 0 -> "Two fair dice are rolled. What is the probability that the total is " + d.n(2, 12) + "?";
                case 1 -> "A coin is tossed " + d.n(2, 5) + " times. "
                        + d.ask("the probability of getting " + d.pick("all heads", "exactly one tail", "at least one head"));
                case 2 -> "A bag has " + a + " red and " + b + " blue balls. Two are taken without replacement. "
                        + d.ask("the probability both are red");
                case 3 -> "P(A) = 0." + d.n(1, 5) + " and P(B) = 0." + d.n(1, 4) + ", and A and B are independent. "
                        + d.ask("P(A and B)");
                default -> "Draw a tree diagram for picking two sweets from " + a + " toffees and " + b
                        + " mints, and find P(one of each).";
            };
        });
        heldOut("probability", "counting", d -> {
            int n = d.n(4, 10), r = d.n(2, 4);
            return d.pick("In how many ways can " + n + " people sit in a row?", d.ask("the value of " + n + "C" + r),
                    "How many different " + r + "-letter arrangements can be made from the letters of "
                            + d.pick("MATHS", "PHYSIC", "NUMBER") + "?",
                    "A committee of " + r + " is chosen from " + n + " people. How many different committees are possible?");
        });
    }

    private static String list(Draw d, int count, int lo, int hi) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) b.append(i == 0 ? "" : ", ").append(d.n(lo, hi));
        return b.toString();
    }

    private static void statistics() {
        kind("statistics", "averages", d -> {
            String data = list(d, d.n(4, 9), 1, 40);
            String what = d.pick("mean", "median", "mode", "range", "mean", "median");
            return switch (d.r.nextInt(5)) {
                case 0 -> d.ask("the " + what + " of " + data);
                case 1 -> "Here are some test scores: " + data + ". " + d.ask("the " + what);
                case 2 -> "The ages of a group of friends are " + data + ". What is the " + what + " age?";
                case 3 -> "Work out the " + what + " of this data set: " + data + ".";
                default -> d.ask("the " + what + " and the range of " + data);
            };
        });
        kind("statistics", "spread", d -> {
            String data = list(d, d.n(4, 8), 1, 30);
            return d.pick(d.ask("the standard deviation of " + data), d.ask("the variance of " + data),
                    d.ask("the interquartile range of " + data),
                    "Calculate the standard deviation of the heights " + data + " cm.");
        });
        kind("statistics", "missing-value-and-tables", d -> {
            int n = d.n(4, 8), mean = d.n(5, 30);
            return d.pick(
                    "The mean of " + n + " numbers is " + mean + ". " + (n - 1) + " of them add up to " + (mean * n - d.n(1, 20))
                            + ". " + d.ask("the last number"),
                    "A frequency table shows score 1: " + d.n(1, 9) + ", score 2: " + d.n(1, 9) + ", score 3: " + d.n(1, 9) + ". "
                            + d.ask("the mean score"),
                    "The mean of 5 numbers is " + mean + ". One number is removed and the mean becomes " + (mean + d.n(1, 4))
                            + ". What number was removed?",
                    "Draw a box plot for " + list(d, 7, 1, 50) + ".");
        });
        heldOut("statistics", "correlation-and-grouped", d -> d.pick(
                "Estimate the mean from a grouped table: 0-10: " + d.n(1, 9) + ", 10-20: " + d.n(1, 9) + ", 20-30: " + d.n(1, 9)
                        + ".",
                "Describe the correlation between hours revised and test score, and draw a line of best fit.",
                "Calculate Spearman's rank correlation coefficient for the data " + list(d, 5, 1, 20) + " and "
                        + list(d, 5, 1, 20) + "."));
    }

    /** a + (a + s) + (a + 2s) + (a + 3s) + …, negative terms in brackets. */
    private static String series(int a, int s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            int t = a + i * s;
            b.append(i == 0 ? Integer.toString(t) : " + " + (t < 0 ? "(" + t + ")" : t));
        }
        return b.append(" + …").toString();
    }

    private static void sequences() {
        kind("sequences", "arithmetic", d -> {
            int a = d.n(-10, 20), s = d.nz(-7, 9);
            String seq = a + ", " + (a + s) + ", " + (a + 2 * s) + ", " + (a + 3 * s) + ", …";
            int k = d.n(10, 100);
            return switch (d.r.nextInt(5)) {
                case 0 -> d.ask("the " + k + "th term of the sequence " + seq);
                case 1 -> d.ask("the nth term of " + seq);
                case 2 -> "Is " + d.n(50, 300) + " a term of the sequence " + seq + "? Explain.";
                case 3 -> d.ask("the sum of the first " + k + " terms of the arithmetic series "
                        + series(a, s));
                default -> "Write down the next two terms of " + seq;
            };
        });
        kind("sequences", "geometric", d -> {
            int a = d.n(1, 9), r = d.n(2, 4);
            String seq = a + ", " + a * r + ", " + a * r * r + ", " + a * r * r * r + ", …";
            return d.pick(d.ask("the " + d.n(6, 12) + "th term of the geometric sequence " + seq),
                    d.ask("the common ratio of " + seq), d.ask("the sum of the first " + d.n(5, 10) + " terms of " + seq),
                    d.ask("the sum to infinity of " + a * 8 + " + " + a * 4 + " + " + a * 2 + " + " + a + " + …"));
        });
        kind("sequences", "sums-and-recurrence", d -> {
            int n = d.n(10, 100);
            return d.pick(d.ask("the sum of the first " + n + " whole numbers"), d.ask("1 + 2 + 3 + … + " + n),
                    "A sequence has u₁ = " + d.n(1, 5) + " and u(n+1) = " + d.n(2, 4) + "u(n) " + d.minus() + " " + d.n(1, 5)
                            + ". " + d.ask("u₄"),
                    "Evaluate " + d.m("\\sum_{r=1}^{" + d.n(5, 20) + "} (" + d.n(2, 5) + "r + " + d.n(1, 5) + ")") + ".",
                    "Write down the next term of the Fibonacci-type sequence " + d.n(1, 5) + ", " + d.n(5, 9)
                            + ", …, where each term is the sum of the two before.");
        });
        heldOut("sequences", "quadratic-sequences", d -> {
            int a = d.n(1, 3), b = d.n(-4, 4), c = d.n(-5, 5);
            StringBuilder s = new StringBuilder();
            for (int k = 1; k <= 5; k++) s.append(a * k * k + b * k + c).append(k < 5 ? ", " : "");
            return d.pick(d.ask("the nth term of the quadratic sequence " + s), "Find the next term of " + s + ".",
                    "The sequence " + s + " has a constant second difference. " + d.ask("a formula for its nth term"));
        });
    }

    private static String matrix(Draw d, int size) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            b.append(i == 0 ? "[" : ", [");
            for (int j = 0; j < size; j++) b.append(j == 0 ? "" : ", ").append(d.n(-6, 9));
            b.append("]");
        }
        return b.append("]").toString();
    }

    private static void linearAlgebra() {
        kind("matrices", "matrix", d -> {
            String a = matrix(d, d.one(3) ? 3 : 2), b = matrix(d, 2);
            return switch (d.r.nextInt(6)) {
                case 0 -> d.ask("the determinant of the matrix " + a);
                case 1 -> d.ask("the inverse of " + b);
                case 2 -> "Multiply the matrices " + b + " and " + matrix(d, 2) + ".";
                case 3 -> "Let A = " + b + ". " + d.ask("A²");
                case 4 -> d.ask("the eigenvalues of " + b);
                default -> "Add " + b + " and " + matrix(d, 2) + ", then find the transpose.";
            };
        });
        kind("vectors", "vector", d -> {
            int a = d.n(-9, 9), b = d.n(-9, 9), c = d.n(-9, 9), e = d.n(-9, 9);
            String u = "(" + a + ", " + b + ")", v = "(" + c + ", " + e + ")";
            if (d.one(3)) {
                u = "(" + a + ", " + b + ", " + d.n(-9, 9) + ")";
                v = "(" + c + ", " + e + ", " + d.n(-9, 9) + ")";
            }
            return switch (d.r.nextInt(6)) {
                case 0 -> d.ask("the magnitude of the vector " + u);
                case 1 -> "Let a = " + u + " and b = " + v + ". " + d.ask("a + 2b");
                case 2 -> d.ask("the dot product of " + u + " and " + v);
                case 3 -> d.ask("the angle between the vectors " + u + " and " + v);
                case 4 -> d.ask("a unit vector in the direction of " + u);
                default -> "Are the vectors " + u + " and " + v + " perpendicular? Show how you know.";
            };
        });
    }

    private static void limitsAndComplex() {
        kind("limits", "limit", d -> {
            int a = d.nz(-5, 5), b = d.n(1, 9), k = d.n(2, 7);
            return switch (d.r.nextInt(5)) {
                case 0 -> d.ask("the limit of " + d.m(d.frac(d.poly("x", k, b), d.shift("x", a))) + " as x tends to infinity");
                case 1 -> "Evaluate " + d.m("lim_{x→" + a + "} " + d.frac(d.poly("x", 1, 0, -a * a), d.shift("x", -a))) + ".";
                case 2 -> d.ask("the limit of sin(" + k + "x)/x as x → 0");
                case 3 ->
                    "What does " + d.m(d.frac(d.poly("x", k, 0, b), d.poly("x", b, 0, k))) + " approach as x gets very large?";
                default -> "Does the limit of 1/(x " + d.minus() + " " + b + ") as x → " + b + " exist? Explain.";
            };
        });
        kind("complex", "complex-numbers", d -> {
            int a = d.n(-9, 9), b = d.nz(-9, 9), c = d.n(-9, 9), e = d.nz(-9, 9);
            String z = "(" + a + imaginary(d, b) + ")";
            String w = "(" + c + imaginary(d, e) + ")";
            return switch (d.r.nextInt(5)) {
                case 0 -> "Simplify " + d.m(z + w) + ", where i² = −1.";
                case 1 -> d.ask("the modulus and argument of the complex number " + z.substring(1, z.length() - 1));
                case 2 -> "Divide " + z + " by " + w + " and write the answer in the form a + bi.";
                case 3 -> d.ask("the complex roots of " + d.m(d.poly("z", 1, -2 * a, a * a + b * b) + " = 0"));
                default -> "Plot " + z + " on an Argand diagram and find its complex conjugate.";
            };
        });
    }

    /** " + 3i", " − i": the imaginary part after the real one. */
    private static String imaginary(Draw d, int b) {
        String size = Math.abs(b) == 1 ? "i" : Math.abs(b) + "i";
        return b < 0 ? " " + d.minus() + " " + size : " + " + size;
    }

    private static void calculus() {
        nearMiss("calculus", "second-derivative", d -> {
            String x = d.pick("x", "x", "t");
            String f = d.poly(x, d.nz(-5, 5), d.n(-9, 9), d.n(-9, 9), d.n(-9, 9));
            return switch (d.r.nextInt(5)) {
                case 0 -> "Find the second derivative of " + d.m(f) + ".";
                case 1 ->
                    "Given " + d.m("y = " + f) + ", find " + d.m(d.style == 1 ? "d²y/d" + x + "²" : "d^2y/d" + x + "^2") + ".";
                case 2 -> "Differentiate " + d.m(f) + " twice.";
                case 3 -> "If " + d.m("f(" + x + ") = " + f) + ", what is f''(" + x + ")?";
                default -> "differentiate " + f + " and then differentiate the answer again";
            };
        });
        kind("calculus", "stationary-points", d -> {
            int p = d.n(-4, 4), q = p + d.n(1, 5);
            String f = d.poly("x", 2, -3 * (p + q), 6 * p * q, d.n(-9, 9));
            String g = d.poly("x", d.pick("1", "-1").equals("1") ? 1 : -1, d.n(-8, 8), d.n(-9, 9));
            return switch (d.r.nextInt(5)) {
                case 0 -> d.ask("the stationary points of " + d.m("y = " + f));
                case 1 -> d.ask("the coordinates of the turning point of " + d.m("y = " + g));
                case 2 -> d.ask("the maximum value of " + d.m(g.startsWith("-") || g.startsWith("−") ? g : "-" + "(" + g + ")"));
                case 3 -> "Find where the gradient of " + d.m("y = " + f)
                        + " is zero and say whether each point is a maximum or a minimum.";
                default -> "A farmer has " + d.n(20, 200)
                        + " m of fence to make a rectangular pen against a wall. Find the largest area she can enclose.";
            };
        });
        kind("calculus", "tangents-and-normals", d -> {
            int a = d.n(-3, 4);
            String f = d.poly("x", d.nz(-3, 4), d.n(-6, 6), d.n(-9, 9));
            return d.pick(d.ask("the equation of the tangent to " + d.m("y = " + f) + " at x = " + a),
                    d.ask("the equation of the normal to the curve " + d.m("y = " + f) + " at the point where x = " + a),
                    "The tangent to " + d.m("y = " + f) + " at x = " + a + " meets the y-axis at P. "
                            + d.ask("the point P"));
        });
        heldOut("calculus", "implicit-and-rates", d -> {
            int r = d.n(2, 10);
            return d.pick(
                    "Differentiate implicitly: " + d.m(d.pow("x", 2) + " + " + d.pow("y", 2) + " = " + r * r) + ". Find dy/dx.",
                    "The radius of a circle grows at " + d.n(1, 5) + " cm/s. How fast is the area increasing when the radius is "
                            + r + " cm?",
                    "Find the partial derivatives of " + d.m("f(x, y) = " + d.pow("x", 2) + "y + " + r + "y") + ".",
                    "Use the Newton-Raphson method to find a root of " + d.m(d.poly("x", 1, 0, -r, 1) + " = 0")
                            + " starting at x = 1.");
        });
    }

    private static void proofsAndNumbers() {
        kind("proof", "proof", d -> {
            int k = d.n(2, 9);
            return switch (d.r.nextInt(7)) {
                case 0 -> "Prove that the sum of two odd numbers is even.";
                case 1 -> "Show that " + d.m("(n + " + k + ")² " + d.minus() + " (n " + d.minus() + " " + k + ")²")
                        + " is a multiple of " + 4 * k + " for all integers n.";
                case 2 -> "Prove that " + d.sqrt(d.pick("2", "3", "5")) + " is irrational.";
                case 3 -> "Prove by induction that " + d.m("1 + 2 + … + n = n(n + 1)/2") + ".";
                case 4 -> "Prove that the product of " + d.pick("two", "three") + " consecutive integers is always even.";
                case 5 -> "Explain why there are infinitely many prime numbers.";
                default -> "Show that the sum of any three consecutive integers is divisible by 3.";
            };
        });
        kind("number-theory", "factors-primes", d -> {
            int a = d.n(2, 12) * d.n(2, 12), b = d.n(2, 12) * d.n(2, 12);
            return switch (d.r.nextInt(7)) {
                case 0 -> d.ask("the highest common factor of " + a + " and " + b);
                case 1 -> d.ask("the lowest common multiple of " + a + " and " + b);
                case 2 -> "Write " + a * d.n(2, 5) + " as a product of its prime factors.";
                case 3 -> "Is " + d.pick("91", "97", "119", "127", "143", "151", Integer.toString(d.n(50, 200)))
                        + " a prime number? Explain.";
                case 4 -> "List all the factors of " + a + ".";
                case 5 -> d.ask("the HCF and LCM of " + a + " and " + b);
                default -> "What is the remainder when " + d.n(100, 999) + " is divided by " + d.n(3, 13) + "?";
            };
        });
        kind("number-theory", "bases", d -> {
            int v = d.n(5, 255);
            return d.pick("Convert " + v + " to binary.", "Write " + Integer.toBinaryString(v) + " (base 2) in base 10.",
                    "Convert " + v + " from denary to hexadecimal.",
                    "What is " + Integer.toString(v, d.n(3, 8)) + " in base ten if it is written in base " + d.n(3, 8) + "?");
        });
        nearMiss("percentages-beyond", "compound-and-reverse", d -> {
            int p = d.n(2, 15), n = d.n(2, 10), amount = d.n(2, 90) * 100;
            return switch (d.r.nextInt(6)) {
                case 0 -> "£" + amount + " is invested at " + p + "% compound interest per year. How much is there after " + n
                        + " years?";
                case 1 ->
                    "A car worth $" + amount + " depreciates by " + p + "% each year. Find its value after " + n + " years.";
                case 2 -> "After a " + p + "% increase a price is $" + amount + ". What was the original price?";
                case 3 -> "Calculate the simple interest on £" + amount + " at " + p + "% per year for " + n + " years.";
                case 4 ->
                    "A population of " + amount + " grows by " + p + "% a year for " + n + " years. How big is it at the end?";
                default -> "A coat is reduced by " + p + "% in a sale and then by another " + (p + 5)
                        + "% off the sale price. What is the overall percentage reduction?";
            };
        });
        heldOut("number-theory", "standard-form-and-surds", d -> {
            int a = d.n(2, 9), b = d.pick("2", "3", "5", "6", "7").charAt(0) - '0';
            return d.pick("Simplify " + d.m(d.sqrt(Integer.toString(a * a * b))) + " as a surd.",
                    "Rationalise the denominator of " + d.m(d.frac("1", d.sqrt(Integer.toString(b)))) + ".",
                    "Write " + a + b + "000000 in standard form.",
                    "Write 0.000" + a + b + " in standard form.",
                    "Write 0." + a + b + a + b + "… (recurring) as a fraction.");
        });
    }

    private static void ratioUnitsGraphs() {
        kind("ratio", "ratio-proportion", d -> {
            int a = d.n(1, 7), b = d.n(1, 7), k = d.n(2, 30);
            return switch (d.r.nextInt(6)) {
                case 0 -> "Share £" + (a + b) * k + " in the ratio " + a + " : " + b + ".";
                case 1 -> "Simplify the ratio " + a * k + " : " + b * k + ".";
                case 2 -> "A map has scale 1 : " + k * 1000 + ". Two towns are " + a
                        + " cm apart on the map. How far apart are they really?";
                case 3 ->
                    "y is directly proportional to x, and y = " + a * k + " when x = " + a + ". " + d.ask("y when x = " + b);
                case 4 ->
                    "y is inversely proportional to x. When x = " + a + ", y = " + k + ". " + d.ask("y when x = " + (a + b));
                default -> "The ratio of boys to girls in a class is " + a + ":" + b + ". There are " + a * k
                        + " boys. How many girls are there?";
            };
        });
        kind("units", "conversion", d -> {
            String v = d.one(2) ? Integer.toString(d.n(2, 900)) : d.dec(1, 50);
            return switch (d.r.nextInt(8)) {
                case 0 -> "Convert " + v + " km to metres.";
                case 1 -> "How many grams are in " + v + " kg?";
                case 2 -> "Change " + v + " cm into millimetres.";
                case 3 -> "How many seconds are there in " + d.n(2, 12) + " hours?";
                case 4 -> "Convert " + d.n(2, 20) + " m² to cm².";
                case 5 -> "Write " + v + " litres in millilitres.";
                case 6 -> "Convert " + d.n(10, 120) + " km/h into m/s.";
                default -> "What is " + v + " inches in centimetres?";
            };
        });
        kind("graphs", "lines", d -> {
            int a = d.n(-9, 9), b = d.n(-9, 9), c = d.n(-9, 9), e = d.n(-9, 9);
            if (c == a) c++;
            int m = d.nz(-6, 6), k = d.n(-9, 9);
            return switch (d.r.nextInt(6)) {
                case 0 -> d.ask("the gradient of the line through (" + a + ", " + b + ") and (" + c + ", " + e + ")");
                case 1 -> d.ask("the equation of the line through (" + a + ", " + b + ") and (" + c + ", " + e + ")");
                case 2 -> "Write down the gradient and y-intercept of " + d.m("y = " + d.poly("x", m, k)) + ".";
                case 3 -> d.ask("the equation of the line parallel to " + d.m("y = " + d.poly("x", m, k)) + " through (" + a
                        + ", " + b + ")");
                case 4 -> "Does the point (" + a + ", " + b + ") lie on the line " + d.m("y = " + d.poly("x", m, k)) + "?";
                default -> d.ask("the gradient of a line perpendicular to " + d.m("y = " + d.poly("x", m, k)));
            };
        });
        kind("graphs", "curves", d -> {
            int a = d.nz(-5, 5), b = d.n(-9, 9);
            String f = d.poly("x", 1, 2 * a, b);
            return d.pick("Sketch the graph of " + d.m("y = " + f) + ", labelling where it crosses the axes.",
                    d.ask("the coordinates of the vertex of the parabola " + d.m("y = " + f)),
                    "Complete the table of values for " + d.m("y = " + f) + " from x = " + -3 + " to x = 3 and plot the graph.",
                    d.ask("the domain and range of " + d.m("f(x) = " + d.sqrt(d.shift("x", a)))),
                    d.ask("the inverse function of " + d.m("f(x) = " + d.poly("x", d.nz(2, 7), b))),
                    d.ask("the asymptotes of " + d.m("y = " + d.frac("1", d.shift("x", a)))));
        });
        heldOut("graphs", "functions", d -> {
            int a = d.n(2, 5), b = d.n(-5, 5);
            return d.pick(
                    "Given " + d.m("f(x) = " + d.poly("x", a, b)) + " and " + d.m("g(x) = " + d.pow("x", 2)) + ", find fg("
                            + d.n(-3, 3) + ").",
                    "f(x) = " + d.poly("x", a, b) + ". Find the composite function f(f(x)).",
                    "Describe the transformation that maps y = x² onto y = " + d.shift("(x " + d.minus() + " " + a + ")²", b)
                            + ".",
                    "Is the function f(x) = x³ + " + a + "x odd, even or neither?");
        });
    }

    private static void physics() {
        kind("physics", "projectiles", d -> {
            int v = d.n(3, 30), h = d.n(2, 12) * 5, ang = d.n(2, 7) * 10;
            return switch (d.r.nextInt(4)) {
                case 0 -> "A ball is thrown horizontally at " + v + " m/s from a cliff " + h
                        + " m high. How far from the foot of the cliff does it land?";
                case 1 -> "A projectile is launched at " + v + " m/s at " + ang + "° to the horizontal. " + d.ask("its range");
                case 2 -> "A stone is kicked at " + v + " m/s at an angle of " + ang
                        + "° above the ground. What is its greatest height?";
                default -> "A dart is thrown horizontally at " + v + " m/s and hits the board " + d.n(2, 5)
                        + " m away. How far has it dropped?";
            };
        });
        kind("physics", "collisions", d -> {
            int m1 = d.n(1, 9), m2 = d.n(1, 9), u = d.n(2, 12);
            return switch (d.r.nextInt(4)) {
                case 0 -> "A " + m1 + " kg trolley moving at " + u + " m/s hits a " + m2
                        + " kg trolley at rest and they stick together. Find their common speed.";
                case 1 -> "Two skaters of mass " + m1 * 10 + " kg and " + m2 * 10
                        + " kg push apart from rest. The first moves off at " + u
                        + " m/s. How fast does the second move?";
                case 2 -> "A " + m1 * 10 + " g bullet is fired at " + u * 30 + " m/s from a " + m2 + " kg gun. "
                        + d.ask("the recoil speed of the gun");
                default ->
                    "Car A (" + m1 * 100 + " kg, " + u + " m/s) runs into the back of car B (" + m2 * 100 + " kg, " + (u / 2)
                            + " m/s). They move off together. At what speed?";
            };
        });
        kind("physics", "moments", d -> {
            int f = d.n(2, 60), x = d.n(1, 9), y = d.n(1, x);
            return switch (d.r.nextInt(4)) {
                case 0 -> "A " + f + " N force acts " + x + " m from a pivot. " + d.ask("the moment of the force");
                case 1 ->
                    "A seesaw balances with a " + f * 10 + " N child " + x + " m from the pivot. Where must a " + (f * 10 + 50)
                            + " N child sit on the other side?";
                case 2 -> "A uniform plank " + 2 * x + " m long rests on a pivot at its centre. A " + f + " N weight hangs " + y
                        + " m to the left. What force " + x + " m to the right keeps it level?";
                default -> "A spanner " + x * 10 + " cm long turns a nut with a moment of " + f
                        + " N m. How hard is the push on the end?";
            };
        });
        kind("physics", "heat", d -> {
            double m = d.n(1, 40) / 10.0;
            int dt = d.n(5, 80);
            return switch (d.r.nextInt(4)) {
                case 0 -> "How much energy is needed to heat " + m + " kg of water by " + dt + " °C? (c = 4200 J/kg°C)";
                case 1 -> "A " + m + " kg block of aluminium absorbs " + d.n(2, 90) * 1000 + " J and warms by " + dt
                        + " °C. " + d.ask("its specific heat capacity");
                case 2 -> "An ice cube of " + d.n(10, 90) + " g melts at 0 °C. How much energy does it take? (L = 334 kJ/kg)";
                default -> "A kettle gives " + d.n(50, 400) + " kJ to " + m + " kg of water at " + d.n(10, 25)
                        + " °C. What temperature does the water reach?";
            };
        });
        kind("physics", "optics", d -> {
            int ang = d.n(10, 70), f = d.n(5, 30), u = f + d.n(5, 40);
            String n = d.pick("1.33", "1.5", "1.52", "2.42");
            return switch (d.r.nextInt(4)) {
                case 0 -> "Light enters glass (n = " + n + ") from air at an angle of incidence of " + ang + "°. "
                        + d.ask("the angle of refraction");
                case 1 -> d.ask("the critical angle for a material of refractive index " + n);
                case 2 ->
                    "A converging lens has focal length " + f + " cm. An object is " + u + " cm from it. Where is the image?";
                default -> d.ask(
                        "the magnification when an object " + u + " cm from a lens of focal length " + f + " cm forms an image");
            };
        });
        kind("physics", "circular-and-oscillation", d -> {
            int r = d.n(2, 50) * 2, v = d.n(2, 30), m = d.n(1, 90);
            return switch (d.r.nextInt(4)) {
                case 0 ->
                    "A car goes round a bend of radius " + r + " m at " + v + " m/s. " + d.ask("its centripetal acceleration");
                case 1 -> "A " + m + " kg mass moves in a circle of radius " + r / 10.0 + " m at " + v + " m/s. "
                        + d.ask("the centripetal force");
                case 2 -> d.ask("the period of a simple pendulum " + r / 10.0 + " m long");
                default -> "A wheel turns " + d.n(2, 60) + " times a second. " + d.ask("its angular velocity in rad/s");
            };
        });
        kind("physics", "half-life", d -> {
            int h = d.n(2, 30), n = d.n(2, 5), a = d.n(1, 9) * 160;
            return d.pick(
                    "A sample has a half-life of " + h + " days and an activity of " + a + " Bq. What is its activity after "
                            + h * n + " days?",
                    "A radioactive isotope has a half-life of " + h + " hours. What fraction is left after " + h * n + " hours?",
                    "The count rate falls from " + a + " to " + a / (1 << n) + " counts per minute in " + h * n + " minutes. "
                            + d.ask("the half-life"),
                    "Complete the decay equation: uranium-238 emits an alpha particle. What nucleus is left?");
        });
        kind("physics", "gases-springs", d -> {
            int p = d.n(1, 9) * 100, v = d.n(2, 20), k = d.n(10, 400), x = d.n(2, 30);
            return switch (d.r.nextInt(6)) {
                case 0 -> "A gas at " + p + " kPa occupies " + v + " litres. It is compressed to " + (v / 2.0)
                        + " litres at the same temperature. " + d.ask("its new pressure");
                case 1 -> "A gas is heated from " + d.n(270, 300) + " K to " + d.n(320, 600)
                        + " K at constant pressure. Its volume was " + v + " cm³. " + d.ask("its new volume");
                case 2 ->
                    "A spring has spring constant " + k + " N/m. How far does it stretch under a load of " + d.n(1, 20) + " N?";
                case 3 -> "A spring stretches " + x + " cm when a " + d.n(1, 20) + " N weight hangs on it. "
                        + d.ask("the spring constant");
                case 4 ->
                    d.ask("the elastic potential energy stored in a spring of constant " + k + " N/m stretched by " + x + " cm");
                default -> "How many moles of gas are in " + v + " litres at " + p + " kPa and " + d.n(270, 350)
                        + " K? (R = 8.31 J/mol K)";
            };
        });
        kind("physics", "efficiency-and-circuits", d -> {
            int a = d.n(2, 60), b = d.n(2, 60), c = d.n(2, 60), in = d.n(2, 50) * 100;
            return switch (d.r.nextInt(5)) {
                case 0 -> "Three resistors of " + a + " Ω, " + b + " Ω and " + c + " Ω are connected in parallel. "
                        + d.ask("the total resistance");
                case 1 -> "Resistors of " + a + " ohms, " + b + " ohms and " + c + " ohms are in series with a " + d.n(3, 24)
                        + " V battery. What is the voltage across the " + b + " ohm resistor?";
                case 2 -> "A motor takes in " + in + " J and gives out " + (in - d.n(1, in / 100) * 50) + " J of useful energy. "
                        + d.ask("its efficiency");
                case 3 -> "A bulb is " + d.n(5, 40) + "% efficient and gives " + d.n(2, 30)
                        + " J of light each second. How much electrical energy does it use each second?";
                default ->
                    "A " + d.n(3, 12) + " V cell has internal resistance " + d.n(1, 4) + " Ω and drives a current through a "
                            + a + " Ω resistor. " + d.ask("the terminal potential difference");
            };
        });
        heldOut("physics", "inclines-and-fields", d -> {
            int m = d.n(1, 20), ang = d.n(10, 60);
            return d.pick(
                    "A " + m + " kg box slides down a slope at " + ang + "° with coefficient of friction 0." + d.n(1, 5) + ". "
                            + d.ask("its acceleration"),
                    "Two charges of " + d.n(1, 9) + " μC are " + d.n(2, 20) + " cm apart. " + d.ask("the force between them"),
                    "A satellite orbits " + d.n(200, 900) + " km above the Earth. " + d.ask("its orbital period"),
                    "A " + m + " kg sledge is pulled by a rope at " + ang + "° to the horizontal with a tension of "
                            + d.n(20, 200) + " N. What is the horizontal component of the pull?");
        });
    }

    /** A physics quantity outside every family, asked the way the one-formula families ask theirs: the givens, then the quantity. */
    private record Asked(String words, String symbols, String quantity) {}

    private static Asked asked(Draw d, int which) {
        return switch (which) {
            case 0 -> {
                int m = d.n(1, 30), c = Integer.parseInt(d.pick("4200", "900", "385", "2100", "450")), t = d.n(3, 60);
                yield new Asked(
                        "a mass of " + m + " kg, a specific heat capacity of " + c + " J/kg°C and a temperature rise of " + t
                                + " °C",
                        "m = " + m + " kg, c = " + c + " J/(kg °C), ΔT = " + t + " °C", "heat energy supplied");
            }
            case 1 -> {
                int k = d.n(10, 500), x = d.n(2, 40);
                yield new Asked("a spring constant of " + k + " N/m and an extension of " + x + " cm",
                        "k = " + k + " N/m, x = " + x + " cm",
                        d.pick("force on the spring", "elastic potential energy stored"));
            }
            case 2 -> {
                int f = d.n(2, 300), x = d.n(5, 200);
                yield new Asked("a force of " + f + " N acting " + x + " cm from the pivot",
                        "F = " + f + " N, d = " + x + " cm from the pivot",
                        "moment about the pivot");
            }
            case 3 -> {
                int m = d.n(1, 90), v = d.n(2, 30), r = d.n(1, 50);
                yield new Asked("a mass of " + m + " kg moving at " + v + " m/s in a circle of radius " + r + " m",
                        "m = " + m + " kg, v = " + v + " m/s, r = " + r + " m",
                        d.pick("centripetal force", "centripetal acceleration"));
            }
            case 4 -> {
                String n = d.pick("1.33", "1.5", "1.47", "2.4");
                int i = d.n(10, 70);
                yield new Asked("a refractive index of " + n + " and an angle of incidence of " + i + "°",
                        "n = " + n + ", i = " + i + "°",
                        "angle of refraction");
            }
            case 5 -> {
                int f = d.n(5, 40), u = f + d.n(2, 60);
                yield new Asked("a focal length of " + f + " cm and an object distance of " + u + " cm",
                        "f = " + f + " cm, u = " + u + " cm",
                        "image distance");
            }
            case 6 -> {
                int h = d.n(2, 40), a = d.n(1, 20) * 80, t = h * d.n(2, 5);
                yield new Asked(
                        "a half-life of " + h + " minutes and a starting activity of " + a + " Bq, after " + t + " minutes",
                        "T½ = " + h + " min, A₀ = " + a + " Bq, t = " + t + " min", "activity left");
            }
            case 7 -> {
                int p = d.n(1, 30) * 10, v1 = d.n(2, 40), v2 = d.n(1, v1 - 1);
                yield new Asked(
                        "a pressure of " + p + " kPa at a volume of " + v1 + " litres, compressed to " + v2
                                + " litres at constant temperature",
                        "p₁ = " + p + " kPa, V₁ = " + v1 + " L, V₂ = " + v2 + " L (constant temperature)", "new pressure");
            }
            case 8 -> {
                int in = d.n(2, 90) * 100, out = in * d.n(1, 9) / 10;
                yield new Asked("a total energy input of " + in + " J and a useful energy output of " + out + " J",
                        "E_in = " + in + " J, E_useful = " + out + " J", "efficiency");
            }
            case 9 -> {
                int a = d.n(2, 60), b = d.n(2, 60), c = d.n(2, 60);
                yield new Asked("three resistors of " + a + " Ω, " + b + " Ω and " + c + " Ω in parallel",
                        "R₁ = " + a + " Ω, R₂ = " + b + " Ω, R₃ = " + c + " Ω (all in parallel)", "total resistance");
            }
            case 10 -> {
                int u = d.n(5, 40), ang = d.n(15, 75);
                yield new Asked("a launch speed of " + u + " m/s at " + ang + "° above the horizontal",
                        "u = " + u + " m/s, θ = " + ang + "°",
                        d.pick("range of the projectile", "time of flight", "maximum height reached"));
            }
            case 11 -> {
                int i = d.n(1, 20), t = d.n(2, 120);
                yield new Asked("a current of " + i + " A flowing for " + t + " s", "I = " + i + " A, t = " + t + " s",
                        "charge that flows");
            }
            case 12 -> {
                int t = d.n(2, 50);
                yield new Asked("a period of " + t + " ms", "T = " + t + " ms", "frequency of the wave");
            }
            case 13 -> {
                int h = d.n(1, 40), rho = Integer.parseInt(d.pick("1000", "1030", "800", "13600"));
                yield new Asked("a depth of " + h + " m in a liquid of density " + rho + " kg/m³",
                        "h = " + h + " m, ρ = " + rho + " kg/m³",
                        "pressure due to the liquid");
            }
            case 14 -> {
                int q = d.n(2, 90), v = d.n(2, 240);
                yield new Asked("a charge of " + q + " C moving through a potential difference of " + v + " V",
                        "Q = " + q + " C, V = " + v + " V",
                        "energy transferred to the charge");
            }
            default -> {
                int m1 = d.n(1, 20), u = d.n(1, 20), m2 = d.n(1, 20);
                yield new Asked("a " + m1 + " kg trolley at " + u + " m/s sticking to a " + m2 + " kg trolley at rest",
                        "m₁ = " + m1 + " kg, u₁ = " + u + " m/s, m₂ = " + m2 + " kg (at rest, they stick together)",
                        "speed after the collision");
            }
        };
    }

    private static final int ASKED = 16;

    private static void physicsAskedLikeAFamily() {
        nearMiss("physics", "givens-then-quantity", d -> {
            Asked a = asked(d, d.r.nextInt(ASKED));
            boolean symbols = d.one(2);
            String givens = symbols ? a.symbols() : a.words();
            return switch (d.r.nextInt(8)) {
                // session 17: the "Given: … Find: …" layouts physics in the families has (PhysicsVoices)
                case 6 -> "Given: " + a.symbols() + ". Find: the " + a.quantity() + ".";
                case 7 -> "Given:\n" + a.symbols().replaceAll(", (?=[^,()]*=)", "\n") + "\nFind: the " + a.quantity();
                case 0 -> "Given " + givens + ", calculate the " + a.quantity() + ".";
                case 1 -> givens.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + givens.substring(1) + ". Find the "
                        + a.quantity() + ".";
                case 2 -> "What is the " + a.quantity() + " for " + givens + "?";
                case 3 -> "Work out the " + a.quantity() + " when " + (symbols ? givens : "there is " + givens) + ".";
                case 4 -> "Data: " + a.symbols() + ". Determine the " + a.quantity() + ".";
                default -> "Find the " + a.quantity() + ". (" + a.symbols() + ")";
            };
        });
        heldOut("physics", "quantity-then-givens", d -> {
            Asked a = asked(d, d.r.nextInt(ASKED));
            return d.pick("Calculate the " + a.quantity() + " from " + a.words() + ".",
                    "How big is the " + a.quantity() + "? Use " + a.symbols() + ".",
                    "Using " + a.symbols() + ", find the " + a.quantity() + ".");
        });
    }

    /** Terse worksheet items that look like a family's exercise and are not one. */
    private static void terseItems() {
        nearMiss("worksheet", "terse-near-misses", d -> {
            String x = d.x();
            int a = d.n(2, 9), b = d.n(1, 20), c = d.n(2, 5);
            String eq = switch (d.r.nextInt(9)) {
                case 0 -> d.poly(x, a, b) + " " + d.pick("<", ">", d.le(), d.ge()) + " " + (b + a * d.n(1, 9));
                case 1 -> d.powE(Integer.toString(c), x) + " = " + (int) Math.pow(c, d.n(2, 5));
                case 2 -> d.pow(x, 3) + " = " + (int) Math.pow(d.n(2, 6), 3);
                case 3 -> d.frac(Integer.toString(a * c), x) + " = " + c;
                case 4 -> "log_" + c + " " + x + " = " + d.n(2, 4);
                case 5 -> "sin " + x + " = 0." + d.n(1, 9);
                case 6 -> d.sqrt(x) + " = " + a;
                case 7 -> "e^" + x + " = " + a;
                default -> "|" + d.shift(x, b) + "| = " + a;
            };
            return switch (d.r.nextInt(5)) {
                case 0 -> d.m(eq) + ", " + x + " = ?";
                case 1 -> "Q" + d.n(1, 20) + ". " + d.m(eq);
                case 2 -> d.m(eq) + " — solve";
                case 3 -> "solve " + eq;
                default -> "(" + (char) ('a' + d.n(0, 5)) + ") " + d.m(eq);
            };
        });
        kind("worksheet", "terse-calculus-and-more", d -> {
            String p = d.poly("x", d.nz(1, 6), d.n(-9, 9), d.n(-9, 9));
            return switch (d.r.nextInt(7)) {
                case 0 -> d.m("∫ (" + p + ") dx") + " = ?";
                case 1 -> d.m("∫₀^" + d.n(1, 5) + " " + p + " dx");
                case 2 -> d.m("d²/dx² (" + p + ")");
                case 3 -> d.m("lim x→" + d.n(1, 5) + " (" + p + ")");
                case 4 -> "det " + matrix(d, 2) + " = ?";
                case 5 -> "|(" + d.n(-9, 9) + ", " + d.n(-9, 9) + ")| = ?";
                default -> "HCF(" + d.n(2, 12) * d.n(2, 12) + ", " + d.n(2, 12) * d.n(2, 12) + ") = ?";
            };
        });
    }

    /** Everyday stories whose mathematics is outside every family (areas, series, growth, Venn counts, time, proportion). */
    private static void stories() {
        kind("stories", "everyday", d -> {
            String name = NumberWriting.pick(d.r, StoryNames.NAMES);
            String cur = NumberWriting.pick(d.r, StoryNames.CURRENCIES);
            int a = d.n(2, 12), b = d.n(2, 9), n = d.n(8, 52);
            return switch (d.r.nextInt(12)) {
                case 0 -> "A pizza has a diameter of " + (a * 2 + 10) + " cm. What is the area of its top?";
                case 1 ->
                    "A garden is a rectangle " + (a + 8) + " m by " + (b + 6) + " m with a circular pond of radius " + d.n(1, 3)
                            + " m. What area of grass is left?";
                case 2 -> name + " saves " + cur + a + " in week 1, " + cur + (a + b) + " in week 2, " + cur + (a + 2 * b)
                        + " in week 3, and so on. How much has " + name + " saved after " + n + " weeks?";
                case 3 -> "A colony of bacteria doubles every " + b + " hours. It starts with " + a * 100
                        + " bacteria. How many are there after "
                        + b * d.n(2, 6) + " hours?";
                case 4 -> "In a class of " + (n / 2 + 20) + " pupils, " + (a + 10) + " play football, " + (b + 6)
                        + " play tennis and " + d.n(1, 5)
                        + " play both. How many play neither?";
                case 5 -> "A recipe for " + b + " people uses " + a * 50 + " g of flour. How much flour is needed for "
                        + (b + d.n(1, 8))
                        + " people?";
                case 6 -> "What is the angle between the hands of a clock at " + d.n(1, 11) + ":00?";
                case 7 -> "How many diagonals does a polygon with " + d.n(5, 12) + " sides have?";
                case 8 -> name + " is 1." + d.n(50, 90) + " m tall and casts a shadow " + d.n(2, 3)
                        + " m long. At the same time a tree casts a shadow "
                        + d.n(8, 30) + " m long. How tall is the tree?";
                case 9 -> "A train leaves at " + String.format("%02d:%02d", d.n(6, 11), d.n(0, 59)) + " and arrives at "
                        + String.format("%02d:%02d", d.n(12, 18), d.n(0, 59)) + ". How long is the journey?";
                case 10 -> name + " rolls a dice " + n * 10 + " times and gets " + d.n(10, 40)
                        + " sixes. Estimate the probability of a six. Is the dice fair?";
                default -> "A swimming pool is " + (a + 20) + " m long, " + (b + 6) + " m wide and " + d.n(1, 3)
                        + " m deep. How many litres of water does it hold?";
            };
        });
    }

    /** Number skills outside the arithmetic families: rounding, fractions as decimals, order, best buys, sets, squares. */
    private static void numberSkills() {
        kind("number-skills", "rounding-and-forms", d -> {
            int a = d.n(1, 9), b = d.n(11, 99), places = d.n(1, 3);
            String v = a + "." + b + d.n(1, 9) + d.n(1, 9);
            return switch (d.r.nextInt(8)) {
                case 0 -> "Round " + v + " to " + places + " decimal place" + (places == 1 ? "" : "s") + ".";
                case 1 -> "Write " + d.n(1000, 99999) + " correct to " + d.n(1, 3) + " significant figures.";
                case 2 -> "Round " + d.n(1000, 9999) + " to the nearest " + d.pick("10", "100", "1000") + ".";
                case 3 -> "Write " + d.pick("1/8", "3/8", "5/8", "7/8", "1/5", "2/5", "3/5", "4/5", "3/20", "7/20", "1/16")
                        + " as a decimal.";
                case 4 -> "Write 0." + d.n(1, 9) + d.n(1, 9) + "5 as a fraction in its simplest form.";
                case 5 -> "Put these in order of size, smallest first: " + d.n(1, 3) + "/4, " + d.n(1, 2) + "/3, " + d.n(3, 7)
                        + "/8, 0."
                        + d.n(1, 9) + ".";
                case 6 ->
                    "Is " + d.pick("64", "81", "50", "121", "200", "144", "27") + " a " + d.pick("square", "cube") + " number?";
                default -> "Write " + d.n(5, 55) + " minutes as a fraction of an hour.";
            };
        });
        kind("number-skills", "best-buy-and-sets", d -> {
            int g1 = d.n(2, 9) * 100, g2 = g1 + d.n(1, 5) * 100;
            String cur = NumberWriting.pick(d.r, StoryNames.CURRENCIES);
            return switch (d.r.nextInt(4)) {
                case 0 -> "Which is the better buy: " + g1 + " g for " + cur + d.n(1, 4) + "." + d.n(10, 99) + " or " + g2
                        + " g for " + cur
                        + d.n(2, 6) + "." + d.n(10, 99) + "?";
                case 1 -> "A = {" + list(d, 4, 1, 12) + "} and B = {" + list(d, 3, 1, 12) + "}. " + d.ask("A ∪ B and A ∩ B");
                case 2 -> "List the first " + d.n(4, 8) + " multiples of " + d.n(3, 13) + ".";
                default -> "Which of " + list(d, 5, 10, 60) + " are " + d.pick("prime", "even", "square", "multiples of 3") + "?";
            };
        });
    }

    /** Science questions with no calculation: define, explain, name, describe. */
    private static void explainQuestions() {
        kind("physics", "explain-and-name", d -> d.pick(
                "Explain why a " + d.pick("parachute slows a skydiver down", "metal spoon feels colder than a wooden one",
                        "balloon sticks to a wall after rubbing"),
                "What is the formula for " + d.pick("kinetic energy", "density", "pressure", "momentum", "wave speed") + "?",
                "Name the unit of " + d.pick("force", "power", "resistance", "frequency", "energy") + ".",
                "Describe the energy changes when " + d.pick("a ball is dropped", "a car brakes", "a battery lights a bulb")
                        + ".",
                "Draw a circuit diagram with a cell, a switch and " + d.n(2, 3) + " lamps in parallel.",
                "What is meant by " + d.pick("terminal velocity", "specific heat capacity", "an isotope", "a longitudinal wave")
                        + "?",
                "State Newton's " + d.pick("first", "third") + " law.", "Why does the Moon not fall into the Earth?",
                "Two forces of " + d.n(3, 12) + " N and " + d.n(3, 12) + " N act at right angles. "
                        + d.ask("the resultant force"),
                "A transformer has " + d.n(2, 20) * 50 + " turns on the primary coil and " + d.n(1, 10) * 10
                        + " on the secondary. The input is "
                        + d.pick("230", "240", "12", "120") + " V. What is the output voltage?"));
        kind("geometry", "constructions-and-loci",
                d -> d.pick("Construct the perpendicular bisector of a line " + d.n(4, 12) + " cm long.",
                        "Using a ruler and compasses, bisect an angle of " + d.deg(d.n(3, 15) * 10) + ".",
                        "Shade the locus of points less than " + d.n(2, 6) + " cm from a point P.",
                        "Draw a triangle with sides " + d.n(4, 9) + " cm, " + d.n(4, 9) + " cm and " + d.n(4, 9)
                                + " cm using compasses.",
                        "How many lines of symmetry does a regular " + d.pick("pentagon", "hexagon", "octagon") + " have?",
                        "What is the order of rotational symmetry of a "
                                + d.pick("square", "rectangle", "regular hexagon", "parallelogram") + "?",
                        "Draw the net of a " + d.pick("cube", "triangular prism", "square-based pyramid") + "."));
    }

    /** Motion in stages and forces beyond one formula; checking a given solution rather than finding one. */
    private static void stagesAndChecks() {
        kind("physics", "motion-in-stages", d -> {
            int a = d.n(1, 5), t1 = d.n(2, 10), t2 = d.n(5, 30), m = d.n(2, 12) * 100;
            return switch (d.r.nextInt(4)) {
                case 0 ->
                    "A car accelerates from rest at " + a + " m/s² for " + t1 + " s and then travels at a steady speed for " + t2
                            + " s. How far does it go altogether?";
                case 1 ->
                    "A lift of mass " + m + " kg accelerates upwards at " + a + " m/s². " + d.ask("the tension in the cable");
                case 2 -> "A velocity-time graph goes from 0 to " + a * t1 + " m/s in " + t1 + " s, stays level for " + t2
                        + " s, then falls to 0 in " + d.n(2, 10) + " s. " + d.ask("the total distance travelled");
                default ->
                    "A train slows down uniformly from " + a * 10 + " m/s to " + a * 4 + " m/s, then speeds up again to " + a * 8
                            + " m/s, taking " + t1 + " s for each part. What is the total distance covered?";
            };
        });
        nearMiss("worksheet", "check-a-solution", d -> {
            String x = d.x();
            int a = d.n(2, 9), s = d.n(-6, 9), b = d.n(-9, 9);
            String eq = d.poly(x, a, b) + " = " + (a * s + b + (d.one(2) ? 0 : d.nz(-3, 3)));
            return switch (d.r.nextInt(3)) {
                case 0 -> "Show that " + x + " = " + s + " is a solution of " + d.m(eq) + ".";
                case 1 -> "Check whether " + x + " = " + s + " satisfies " + d.m(eq) + ".";
                default -> "Sam says " + x + " = " + s + " solves " + d.m(eq) + ". Is Sam right?";
            };
        });
    }

    /** Algebraic fractions and cubes of brackets' cousins: cancelling factors, single fractions, sums and differences of cubes. */
    private static void algebraicFractions() {
        kind("algebra-beyond", "algebraic-fractions", d -> {
            String x = d.pick("x", "x", "a", "y", "t");
            int p = d.n(1, 9), q = d.n(1, 9);
            return switch (d.r.nextInt(6)) {
                case 0 -> "Simplify " + d.m(d.frac(d.poly(x, 1, 0, -p * p), d.shift(x, p))) + " fully.";
                case 1 -> "Simplify " + d.m(d.frac(d.poly(x, 1, p + q, p * q), d.poly(x, 1, 0, -p * p))) + ".";
                case 2 -> "Write " + d.m(d.frac("1", x) + " + " + d.frac("1", d.shift(x, p))) + " as a single fraction.";
                case 3 -> "Express "
                        + d.m(d.frac(Integer.toString(p), d.shift(x, q)) + " " + d.minus() + " " + d.frac("1", d.shift(x, -q)))
                        + " as one fraction in its simplest form.";
                case 4 -> d.solve(d.frac(d.shift(x, p), d.shift(x, -q)) + " = " + d.n(2, 5), x);
                default -> "Factorise " + d.m(d.pow(x, 3) + (d.one(2) ? " + " : " " + d.minus() + " ") + p * p * p) + ".";
            };
        });
    }

    private static void chemistryAndOther() {
        kind("chemistry", "chemistry", d -> {
            int g = d.n(2, 90) * 2;
            return switch (d.r.nextInt(7)) {
                case 0 -> "Balance the equation " + d.pick("H2 + O2 → H2O", "Fe + O2 → Fe2O3", "CH4 + O2 → CO2 + H2O",
                        "Na + Cl2 → NaCl", "Mg + HCl → MgCl2 + H2") + ".";
                case 1 -> "How many moles are in " + g + " g of "
                        + d.pick("water", "carbon dioxide", "sodium chloride", "calcium carbonate") + "?";
                case 2 -> d.ask("the relative formula mass of " + d.pick("H2SO4", "CaCO3", "NaOH", "C6H12O6", "MgO"));
                case 3 -> d.ask("the concentration of a solution with " + d.n(2, 40) + " g of solute in " + d.n(1, 9) * 100
                        + " cm³ of water, in g/dm³");
                case 4 -> "What is the electron configuration of "
                        + d.pick("sodium", "chlorine", "magnesium", "oxygen", "calcium") + "?";
                case 5 -> "What is the pH of a solution with hydrogen ion concentration 1 × 10^-" + d.n(1, 13) + " mol/dm³?";
                default -> "What mass of " + d.pick("magnesium oxide", "carbon dioxide", "water") + " forms when " + g
                        + " g of the reactant burns completely?";
            };
        });
        kind("not-math", "other-subjects", d -> d.pick(
                "What is the capital of " + d.pick("France", "Peru", "Kenya", "Japan", "Canada", "Norway") + "?",
                "Write an essay on the causes of the " + d.pick("First World War", "French Revolution", "Industrial Revolution")
                        + ".",
                "Translate '" + d.pick("good morning", "where is the library", "I like maths") + "' into "
                        + d.pick("Spanish", "French", "German") + ".",
                "What does the " + d.pick("mitochondria", "nucleus", "ribosome", "chloroplast") + " do in a cell?",
                "Who wrote " + d.pick("Romeo and Juliet", "Things Fall Apart", "Don Quixote", "Pride and Prejudice") + "?",
                "Summarise the plot of " + d.pick("Macbeth", "Animal Farm", "The Odyssey") + " in " + d.n(3, 10) + " sentences.",
                "Name three rivers in " + d.pick("Africa", "Asia", "Europe", "South America") + ".",
                "Write a poem about " + d.pick("the sea", "autumn", "my cat", "numbers") + ".",
                "What is photosynthesis?", "How do volcanoes form?", "Explain how to write a for loop in Python.",
                "What's the weather like tomorrow?", "Tell me a joke.",
                "When did the " + d.pick("Berlin Wall fall", "Moon landing happen", "Roman Empire end") + "?",
                "Is " + d.pick("a tomato", "a peanut", "a strawberry") + " a fruit?", "Can you do my homework for me?",
                "What is the past tense of " + d.pick("run", "swim", "teach", "think") + "?"));
        kind("not-math", "maths-talk",
                d -> d.pick("Why do we need to learn algebra?", "What is the difference between a mean and a median?",
                        "Who was Pythagoras?", "Explain what a function is.", "What does 'integer' mean?", "Is zero even or odd?",
                        "What is pi used for?", "How do I revise for my maths exam?",
                        "What topics are on the " + d.pick("GCSE", "SAT", "A-level") + " maths paper?",
                        "Give me " + d.n(3, 10) + " practice questions on " + d.pick("fractions", "angles", "vectors") + ".",
                        "Estimate the number of "
                                + d.pick("grains of sand on a beach", "piano tuners in a city", "cars in a country") + "."));
        heldOut("not-math", "open-questions", d -> d.pick("Is mathematics invented or discovered?", "What is the largest number?",
                "Why can't you divide by zero?",
                "Describe a real-life use of " + d.pick("trigonometry", "probability", "statistics") + ".",
                "Which is better, a calculator or a slide rule?", "What is infinity plus one?"));
    }
}
