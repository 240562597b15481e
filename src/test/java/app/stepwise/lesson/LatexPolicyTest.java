package app.stepwise.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.LatexPolicy.Finding;
import app.stepwise.lesson.LatexPolicy.Segment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LatexPolicyTest {

    /** Rows of cases/latex-policy.csv: formula|verdict|at (the formula may itself contain '|'). */
    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = LatexPolicyTest.class.getResourceAsStream("/cases/latex-policy.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.equals("formula|verdict|at"))
                    .map(l -> {
                        String[] parts = l.split("\\|");
                        int n = parts.length;
                        String at = parts[n - 1];
                        String verdict = parts[n - 2];
                        String formula = l.substring(0, l.length() - at.length() - verdict.length() - 2);
                        return Arguments.of(formula, verdict, Integer.parseInt(at));
                    })
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("cases")
    void judgesEachFormulaAsTheCaseTableSays(String formula, String verdict, int at) {
        List<Finding> findings = LatexPolicy.check("Find $" + formula + "$ now.");
        if (verdict.equals("ok")) {
            assertThat(findings).isEmpty();
            assertThat(LatexPolicy.checkFormula(formula)).isEmpty();
        } else {
            assertThat(findings).isNotEmpty();
            assertThat(findings.get(0).message()).contains(verdict);
            // offsets are in the whole text: "Find $" is 6 characters
            if (at > 0) assertThat(findings.get(0).offset()).isEqualTo(6 + at - 1);
            assertThat(LatexPolicy.checkFormula(formula)).isPresent();
        }
    }

    @Test
    void reportsEveryDisallowedCommandOfATextWithItsOffset() {
        String text = "A $\\newcommand{\\a}{\\a}\\a$ and $\\includegraphics{http://x/y.png}$.";
        List<Finding> findings = LatexPolicy.check(text);
        assertThat(findings).extracting(Finding::offset).containsExactly(3, text.indexOf("\\includegraphics"));
        assertThat(findings.get(1).message()).contains("character " + (text.indexOf("\\includegraphics") + 1) + " of the text");
    }

    @Test
    void theEditorsCommandMarkingAgreesWithTheCheck() {
        // the pack editor marks a command as unknown exactly when the students' screens would refuse it
        for (String name : List.of("frac", "sqrt", "alpha", "Omega", "cdot", ",", ";", "!", "{"))
            assertThat(LatexPolicy.allowsCommand(name)).as(name).isTrue();
        for (String name : List.of("input", "include", "newcommand", "def", "href", "includegraphics", "catcode", "@"))
            assertThat(LatexPolicy.allowsCommand(name)).as(name).isFalse();
        for (String name : LatexPolicy.allowedCommands())
            if (!name.matches("begin|end|hspace|left|right|middle|[Bb]igg?[lr]?")) // these need a delimiter or size after them
                assertThat(LatexPolicy.checkFormula("\\" + name + "{x}{y}")).as(name).isEmpty();
    }

    @Test
    void threeThousandNestedRootsAreRefusedWithoutRecursion() {
        String formula = "\\sqrt{".repeat(3000) + "x" + "}".repeat(3000);
        assertThat(LatexPolicy.checkFormula(formula)).get().extracting(Finding::message).asString().contains("characters long");
        String shorter = "\\sqrt{".repeat(40) + "x" + "}".repeat(40); // short enough, too deep
        assertThat(LatexPolicy.checkFormula(shorter)).get().extracting(Finding::message).asString().contains("levels deep");
        String unbraced = "\\sqrt".repeat(90) + " x"; // no braces: bounded by the command count
        assertThat(LatexPolicy.checkFormula(unbraced)).get().extracting(Finding::message).asString().contains("commands");
    }

    @Test
    void splitsTextIntoWordsAndFormulasAsTheCheckReadsIt() {
        assertThat(LatexPolicy.segments("Pay \\$5 for $x^2$ and $y$.")).containsExactly(new Segment.Plain("Pay $5 for "),
                new Segment.Formula("x^2", 13), new Segment.Plain(" and "), new Segment.Formula("y", 23),
                new Segment.Plain("."));
        // an unclosed formula stays words; the check says where it opens
        assertThat(LatexPolicy.segments("costs $5")).containsExactly(new Segment.Plain("costs $5"));
        assertThat(LatexPolicy.check("costs $5")).extracting(Finding::offset).containsExactly(6);
        // a dollar escaped inside a formula does not close it
        assertThat(LatexPolicy.segments("$\\$5$")).containsExactly(new Segment.Formula("\\$5", 1));
    }

    @Test
    void controlCharactersAndPicturesAreRefusedButLettersOfAnyScriptAndMathSignsAreNot() {
        assertThat(LatexPolicy.checkFormula("x\u0000y")).isPresent();
        assertThat(LatexPolicy.checkFormula("x \\")).get().extracting(Finding::message).asString().contains("a lone '\\'");
        assertThat(LatexPolicy.checkFormula("x \uD83D\uDE00")).isPresent(); // an emoji
        assertThat(LatexPolicy.checkFormula("\\text{Geschwindigkeit} = 3 · 4 ≤ 20°")).isEmpty();
    }
}
