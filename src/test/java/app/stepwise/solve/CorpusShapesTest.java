package app.stepwise.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The math shapes the corpus writes beyond each family's templates (issue 16): each new shape appears, every solution
 * of it verifies step by step, it is labelled with the family the general solver names, and held-out stories stay
 * out of training.
 */
class CorpusShapesTest {

    /** n wide-shape problems of the family (fresh draws, every wording). */
    private static List<Worked> shapes(String family, int n, long seed) {
        Family f = Solvers.family(family).orElseThrow();
        SplittableRandom r = new SplittableRandom(seed);
        List<Worked> out = new ArrayList<>();
        for (int i = 0; i < n; i++) Shapes.generate(f, r, r.nextInt(f.wordings())).ifPresent(out::add);
        return out;
    }

    private static void assertShape(String family, String what, Predicate<String> startHasShape) {
        List<Worked> ws = shapes(family, 160, family.hashCode());
        assertThat(ws).as(family).hasSizeGreaterThanOrEqualTo(80);
        assertThat(ws).as(family + ": every solution verifies").allSatisfy(w -> {
            assertThat(w.family()).isEqualTo(family);
            assertThat(Verifier.check(w)).as(w.start()).isEmpty();
            if (!family.equals("percentages")) assertThat(w.statement()).contains(w.start().split(";")[0].strip());
        });
        assertThat(ws.stream().filter(w -> startHasShape.test(w.start())).count()).as(family + ": " + what)
                .isGreaterThanOrEqualTo(5);
    }

    private static long count(String s, String regex) {
        return Pattern.compile(regex).matcher(s).results().count();
    }

    @Test
    void longArithmeticWithBracketsAndPowers() {
        assertShape("integer-arithmetic", "four or more operations", s -> count(s, " [-+×÷] |\\^") >= 4);
        assertShape("integer-arithmetic", "a power", s -> s.contains("^"));
        assertShape("integer-arithmetic", "a decimal", s -> s.matches(".*\\d\\.\\d.*"));
    }

    @Test
    void threeFractionsAndMixedFractionWork() {
        assertShape("fraction-arithmetic", "three fractions", s -> count(s, "\\d+/\\d+") >= 3);
        assertShape("fraction-arithmetic", "a whole number with a fraction",
                s -> s.matches("^(.* )?\\d+ [-+×÷*/] \\(?\\d+/\\d+.*") || s.matches(".*\\d+/\\d+\\)? [-+×÷*/] \\d+$"));
    }

    @Test
    void percentagesOfAnySize() {
        assertShape("percentages", "a percentage with a half", s -> s.matches("^\\d+\\.5/100.*"));
        assertShape("percentages", "an amount that is not a round number", s -> !s.matches(".*0$"));
    }

    @Test
    void expressionsInTwoLettersAndPowersOfBrackets() {
        assertShape("simplify-expression", "two letters", s -> Pattern.compile("[a-z]").matcher(s).results()
                .map(m -> m.group()).distinct().count() >= 2);
        assertShape("exponent-rules", "a negative exponent or a power of a product",
                s -> s.contains("^(-") || s.matches("^\\(\\d+[a-z]\\^\\d+\\)\\^\\d+$"));
        assertShape("expand-brackets", "a power of a bracket", s -> s.matches(".*\\)\\^[23]$"));
        assertShape("expand-brackets", "a leading coefficient in a bracket", s -> s.matches(".*\\(-?[2-9][a-z].*"));
        assertShape("factorise-quadratic", "a non-monic trinomial",
                s -> s.matches("^-?[2-9]\\d*[a-z]\\^2 [-+] \\d*[a-z] [-+] \\d+$"));
        assertShape("factorise-quadratic", "a difference of squares", s -> s.matches("^\\d*[a-z]\\^2 - \\d+$"));
    }

    @Test
    void linearEquationsWithTheUnknownOnTheRightDecimalsAndFractions() {
        Predicate<String> onTheRight = s -> !s.substring(0, s.indexOf('=')).matches(".*[a-z].*");
        assertShape("linear-two-step", "the unknown on the right", onTheRight);
        assertShape("linear-one-step", "the unknown on the right", onTheRight);
        assertShape("linear-brackets", "two brackets or a bracket over a number",
                s -> count(s, "\\(") >= 2 || s.matches(".*\\)/\\d.*"));
        assertShape("linear-two-step", "a decimal coefficient", s -> s.matches(".*\\d\\.\\d+[a-z].*"));
        assertShape("linear-fractions", "a fraction of the unknown", s -> s.matches(".*[a-z]/\\d.*"));
        assertShape("linear-both-sides", "the unknown on both sides", s -> s.split("=")[1].matches(".*[a-z].*"));
    }

    @Test
    void quadraticsNonMonicAndRearranged() {
        assertShape("quadratic-factoring", "terms on both sides", s -> s.split("=")[1].matches(".*[a-z].*")
                || s.matches(".*[a-z] = -?\\d+$"));
        assertShape("quadratic-factoring", "a leading coefficient", s -> s.matches("^(0 = )?[2-9][a-z]\\^2.*"));
        assertShape("quadratic-formula", "a leading coefficient", s -> s.matches("^[2-9][a-z]\\^2.*"));
        assertShape("quadratic-square-root", "the square on the right", s -> s.split("=")[1].contains("^2"));
    }

    @Test
    void longerPolynomialsAndOtherFunctionsToDifferentiate() {
        assertShape("derivative-power-rule", "four or more terms or a negative power",
                s -> count(s, " [-+] ") >= 3 || s.contains("/x"));
        assertShape("derivative-chain-rule", "a trigonometric or exponential function of a bracket",
                s -> s.matches("^(sin|cos|e\\^)\\(.*"));
        assertShape("derivative-product-rule", "a logarithm or a product with e^(kx)",
                s -> s.contains("ln(x)") || s.contains("e^("));
    }

    @Test
    void shortSumsTypedOperatorsAndBracketedFractions() {
        assertShape("integer-arithmetic", "a sum that starts with a negative number", s -> s.matches("^-\\d+ [-+] .*"));
        assertShape("integer-arithmetic", "a product of two negative numbers",
                s -> s.matches(".*\\(-\\d+\\) ?[×*] ?\\(-\\d+\\).*"));
        assertShape("integer-arithmetic", "operators typed as * and /", s -> s.contains("*") || s.contains("/"));
        assertShape("fraction-arithmetic", "a fraction in brackets", s -> s.matches(".*\\(\\d+/\\d+\\).*"));
        assertShape("fraction-arithmetic", "a mixed number", s -> s.matches(".*\\(\\d \\+ \\d/\\d\\).*"));
        assertShape("simplify-expression", "a product of two letters written both ways",
                s -> s.matches(".*([a-z])([a-z]).*\\2\\1.*"));
    }

    /** Session 20: a first exercise or a check has two numbers and one operation (3 × 4, 2500 + 1750, 2.5 × 4). */
    @Test
    void twoNumbersAndOneOperation() {
        assertShape("integer-arithmetic", "two numbers",
                s -> s.replaceAll("[()]", "").matches("-?[\\d.]+ ?[-+×÷*/] ?-?[\\d.]+"));
        assertShape("integer-arithmetic", "two numbers, the first a large round one",
                s -> s.matches("\\d{3,}0 ?[-+×÷*/] ?\\d+"));
    }

    /** Session 20: science formulas make capitals and l or g the subject (F = 9C/5 + 32 for C, T = 2π√(l/g) for l). */
    @Test
    void subjectsInCapitalsAndOtherLetters() {
        List<Worked> ws = shapes("rearrange-formula", 160, 20);
        assertThat(ws).hasSizeGreaterThanOrEqualTo(80).allSatisfy(w -> assertThat(Verifier.check(w)).isEmpty());
        assertThat(ws.stream().filter(w -> Character.isUpperCase(w.answer().charAt(0))).count()).isGreaterThanOrEqualTo(10);
        assertThat(ws.stream().filter(w -> w.answer().matches("^[lg] = .*")).count()).isGreaterThanOrEqualTo(3);
    }

    /** Session 19: textbooks start the power rule with one term (x^6, 5x^3, x^(3/2), 2/x). */
    @Test
    void oneTermToDifferentiate() {
        assertShape("derivative-power-rule", "one term", s -> !s.matches(".+ [-+] .+"));
    }

    @Test
    void derivativesInOtherLettersAndWithoutAConstantInside() {
        assertShape("derivative-power-rule", "a letter other than x", s -> !s.contains("x"));
        assertShape("derivative-chain-rule", "a function of k·x alone", s -> s.matches("^(sin|cos|e\\^)\\(-?\\d*[a-z]\\)$"));
        assertShape("derivative-chain-rule", "a constant first inside the bracket",
                s -> s.matches("^\\(-?\\d+ - \\d*[a-z]\\)\\^\\d$"));
        assertShape("derivative-product-rule", "the letter itself times a function",
                s -> s.matches("^[a-z] (sin|cos|ln|e).*"));
    }

    @Test
    void systemsInAnyArrangement() {
        assertShape("system-elimination", "a negative coefficient",
                s -> s.matches(".*(^|; |= |- )-?\\d*[a-z].*") && s.contains("-"));
        assertShape("system-substitution", "a letter given alone", s -> s.matches("(^|.*; )[a-z] = .*"));
    }

    @Test
    void widerShapesReachTheCorpusAndEveryRecordVerifies() {
        var families = Solvers.families();
        int wide = 0;
        for (int i = 0; i < 800; i++) {
            Worked w = Corpus.worked(11, i, families);
            assertThat(Verifier.check(w)).as(w.statement()).isEmpty();
            if (w.params().containsKey("shape")) wide++;
        }
        assertThat(wide).isGreaterThan(100);
    }

    @Test
    void latexInTheTextWhileTheStartStaysEngineSyntax() {
        var families = Solvers.families();
        int latex = 0;
        for (int i = 0; i < 1600; i++) {
            Map<String, Object> rec = Corpus.record(21, i, families);
            String text = (String) rec.get("problem");
            if (text.contains("\\frac") || text.contains("^{") || text.contains("$") || text.contains("\\(")) {
                latex++;
                assertThat((String) rec.get("start")).doesNotContain("\\").doesNotContain("{");
            }
        }
        assertThat(latex).isGreaterThan(40);
        SplittableRandom r = new SplittableRandom(3);
        String t = Surface.latex("Work out 3/4 + 5/6.", "3/4 + 5/6", r);
        assertThat(t).contains("\\frac{3}{4}").contains("\\frac{5}{6}");
    }

    /** A story as a pattern: its slots match any value, the first letter in either case. */
    private static Pattern story(String context) {
        String p = Pattern.quote(context).replace("{obj}", "\\E[a-zA-Z' -]+?\\Q").replace("{name}", "\\E\\S+?\\Q")
                .replaceAll("\\{[^{}]+}", "\\\\E-?\\\\d[\\\\d.]* [^.?,]*?\\\\Q");
        return Pattern.compile(p, Pattern.CASE_INSENSITIVE);
    }

    @Test
    void physicsToldAsStoriesWithHeldOutStoriesKeptOut() {
        var families = Solvers.families();
        List<Pattern> heldOut = new ArrayList<>(), all = new ArrayList<>();
        for (List<String> contexts : Stories.CONTEXTS.values())
            for (int k = 0; k < contexts.size(); k++) {
                Pattern p = story(contexts.get(k));
                all.add(p);
                if (k == contexts.size() - 1) heldOut.add(p);
            }
        int stories = 0, heldSeen = 0;
        for (int i = 0; i < 4000; i++) {
            Map<String, Object> rec = Corpus.record(31, i, families);
            if (!"physics".equals(rec.get("task"))) continue;
            String text = (String) rec.get("problem");
            boolean isHeld = heldOut.stream().anyMatch(p -> p.matcher(text).find());
            if (isHeld) {
                heldSeen++;
                assertThat(rec.get("split")).as(text).isEqualTo("test-wording");
            }
            if (all.stream().anyMatch(p -> p.matcher(text).find())) stories++;
            Worked w = Corpus.worked(31, i, families);
            for (var g : w.givens()) {
                String number = g.value().split(" ")[0];
                assertThat(text).as(text).contains(number);
            }
        }
        assertThat(stories).isGreaterThan(200);
        assertThat(heldSeen).isGreaterThan(5);
        for (var e : Stories.CONTEXTS.entrySet())
            assertThat(e.getValue()).as(e.getKey()).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
    }
}
