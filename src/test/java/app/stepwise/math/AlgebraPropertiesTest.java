package app.stepwise.math;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.math.Expr.Add;
import app.stepwise.math.Expr.Mul;
import app.stepwise.math.Expr.Neg;
import app.stepwise.math.Expr.Num;
import app.stepwise.math.Expr.Pow;
import app.stepwise.math.Expr.Var;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Algebraic laws the engine must respect on random expressions; cross-checked by the numeric backstop. */
class AlgebraPropertiesTest {

    @Provide
    Arbitrary<Expr> expressions() {
        return tree(3);
    }

    /** Random expressions at most {@code depth} operators deep: sums, products, negations and small powers. */
    private static Arbitrary<Expr> tree(int depth) {
        Arbitrary<Expr> leaf = Arbitraries.oneOf(
                Arbitraries.integers().between(-9, 9).map(n -> (Expr) Num.of(n)),
                Arbitraries.of("x", "y").map(v -> (Expr) new Var(v)),
                Arbitraries.integers().between(2, 3)
                        .flatMap(k -> Arbitraries.of("x", "y").map(v -> (Expr) new Pow(new Var(v), Num.of(k)))));
        if (depth == 0) return leaf;
        Arbitrary<Expr> sub = tree(depth - 1);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, leaf),
                net.jqwik.api.Tuple.of(3, sub.list().ofMinSize(2).ofMaxSize(3).map(l -> (Expr) new Add(l))),
                net.jqwik.api.Tuple.of(3, sub.list().ofMinSize(2).ofMaxSize(3).map(l -> (Expr) new Mul(l))),
                net.jqwik.api.Tuple.of(1, sub.map(e -> (Expr) new Neg(e))));
    }

    @Property(tries = 300)
    void anExpressionEqualsItsPrintedThenParsedForm(@ForAll("expressions") Expr e) throws Exception {
        Expr back = Parser.parseExpression(Printer.text(e));
        assertThat(Equivalence.of(e, back).outcome()).as(Printer.text(e)).isEqualTo(Verdict.Outcome.EQUIVALENT);
    }

    @Property(tries = 300)
    void anExpressionEqualsItsReorderedForm(@ForAll("expressions") Expr e) {
        assertThat(Equivalence.of(e, reorder(e)).equivalent()).as(Printer.text(e)).isTrue();
    }

    @Property(tries = 300)
    void anExpressionEqualsItsExpandedForm(@ForAll("expressions") Expr e) throws Exception {
        Expr expanded = Parser.parseExpression(new Canonical().of(e).num().toString().replace("*", "*").replace("#", ""));
        assertThat(Equivalence.of(e, expanded).equivalent()).as("%s vs %s", Printer.text(e), Printer.text(expanded)).isTrue();
        assertThat(Equivalence.numeric(e, expanded).outcome()).isNotEqualTo(Verdict.Outcome.NOT_EQUIVALENT);
    }

    @Property(tries = 300)
    void aFactoredProductEqualsItsExpansion(@ForAll("linear") Expr a, @ForAll("linear") Expr b) throws Exception {
        Expr product = new Mul(List.of(a, b));
        Expr expanded = Parser.parseExpression(new Canonical().of(product).num().toString());
        assertThat(Equivalence.of(product, expanded).equivalent()).isTrue();
    }

    @Provide
    Arbitrary<Expr> linear() {
        return Arbitraries.integers().between(-9, 9).filter(k -> k != 0).flatMap(k -> Arbitraries.integers().between(-9, 9)
                .map(c -> (Expr) new Add(List.of(new Mul(List.of(Num.of(k), new Var("x"))), Num.of(c)))));
    }

    @Property(tries = 300)
    void addingANonZeroConstantBreaksEquivalence(@ForAll("expressions") Expr e, @ForAll("nonZero") int k) {
        Expr perturbed = new Add(List.of(e, Num.of(k)));
        assertThat(Equivalence.of(e, perturbed).outcome()).as(Printer.text(e)).isEqualTo(Verdict.Outcome.NOT_EQUIVALENT);
    }

    @Property(tries = 300)
    void flippingTheSignOfAVariableTermBreaksEquivalence(@ForAll("linear") Expr a) {
        Add sum = (Add) a;
        Expr flipped = new Add(List.of(new Neg(sum.terms().get(0)), sum.terms().get(1)));
        assertThat(Equivalence.of(a, flipped).outcome()).isEqualTo(Verdict.Outcome.NOT_EQUIVALENT);
    }

    @Provide
    Arbitrary<Integer> nonZero() {
        return Arbitraries.integers().between(-20, 20).filter(k -> k != 0);
    }

    private static Expr reorder(Expr e) {
        return switch (e) {
            case Add a -> {
                List<Expr> t = new ArrayList<>(a.terms().stream().map(AlgebraPropertiesTest::reorder).toList());
                Collections.reverse(t);
                yield new Add(t);
            }
            case Mul m -> {
                List<Expr> t = new ArrayList<>(m.factors().stream().map(AlgebraPropertiesTest::reorder).toList());
                Collections.reverse(t);
                yield new Mul(t);
            }
            case Neg n -> new Neg(reorder(n.operand()));
            default -> e;
        };
    }

    /**
     * grade12: a ÷ between typed fractions divides the fractions, as on paper (2/3 ÷ 4/9 = 3/2), and ÷ and × between
     * whole numbers keep their left-to-right order (12 ÷ 4 × 3 = 9).
     */
    @Property(tries = 200)
    void aDivideSignBetweenFractionsDividesTheFractions(@ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 30) int a,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 30) int b,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 30) int c,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 30) int d) throws Exception {
        Rational want = Rational.of(a).divide(Rational.of(b)).divide(Rational.of(c).divide(Rational.of(d)));
        Expr read = Parser.parseExpression(a + "/" + b + " ÷ " + c + "/" + d);
        assertThat(Exprs.exactValue(read)).as("%d/%d ÷ %d/%d", a, b, c, d).contains(want);
        Expr ordered = Parser.parseExpression(a + " ÷ " + b + " × " + c);
        assertThat(Exprs.exactValue(ordered)).contains(Rational.of(a).divide(Rational.of(b)).multiply(Rational.of(c)));
    }
}
