package app.stepwise.author;

import app.stepwise.lesson.LatexText;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.Packs;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.PackProblem;
import app.stepwise.lesson.Problem;
import app.stepwise.math.Equations;
import app.stepwise.math.Parser;
import app.stepwise.math.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Content mistakes in packs that read cleanly: each one found, with the pointer of the field to fix. */
class ContentCheckTest {
    static final Path ALGEBRA = Path.of("lessons/linear-equations.json");
    static final Path PHYSICS = Path.of("lessons/forces-and-motion.json");

    static LessonPack read(Path file, String text) {
        PackProblem.Report r = Packs.reader().read(file, text);
        assertThat(r.problems()).as("the changed pack still reads").isEmpty();
        return r.pack().orElseThrow();
    }

    static Stream<Path> bundledPacks() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("lessons"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundledPacks")
    void theBundledPacksHaveNoContentErrors(Path file) throws Exception {
        List<ContentCheck.Finding> findings = ContentCheck.check(read(file, Files.readString(file)));
        assertThat(findings).filteredOn(ContentCheck.Finding::error).isEmpty();
    }

    /** A key so large the grader cannot compare with it: a student who types the key itself would not be marked right. */
    @ParameterizedTest
    @ValueSource(strings = {"9^9^9^9", "x^100000 * 10^100000"})
    void anAnswerKeyTheGraderCannotCompareWithEvenItselfIsAnError(String key) {
        String pack = """
                {"schemaVersion": 1, "id": "huge", "title": "Huge", "subject": "math",
                 "problems": [{"id": "p1", "statement": "Simplify.", "answer": {"kind": "expression", "value": "%s"}}]}
                """.formatted(key);
        long t0 = System.nanoTime();
        List<ContentCheck.Finding> findings = ContentCheck.check(read(Path.of("huge.json"), pack));
        assertThat(findings).filteredOn(ContentCheck.Finding::error).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/problems/0/answer/value");
            assertThat(f.message()).contains("is not accepted as an answer to itself").contains("too large");
        });
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds").isLessThan(10);
    }

    /**
     * A teacher's exact key with a rounding rule ("sqrt(50)" to 3 significant figures) is not refused: students' rounded
     * answers are what the rule checks, and the grader accepts them (review24; validate called it an error, with the
     * advice to use "smaller numbers, or a simpler form").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"value\": \"sqrt(50)\", \"sigfigs\": \"3\" | 7.07",
            "\"value\": \"sqrt(50)\", \"tolerance\": \"0.01\", \"sigfigs\": \"3\" | 7.07",
            "\"value\": \"1/3\", \"decimals\": 2 | 0.33",
            "\"value\": \"pi\", \"sigfigs\": \">=3\" | 3.14",
    })
    void anExactKeyWithARoundingRuleIsNotAnError(String answer, String rounded) {
        String pack = """
                {"schemaVersion": 1, "id": "r", "title": "R", "subject": "math",
                 "problems": [{"id": "p1", "statement": "Work it out.", "answer": {"kind": "numeric", %s}}]}
                """.formatted(answer);
        LessonPack read = read(Path.of("r.json"), pack);
        assertThat(ContentCheck.check(read)).filteredOn(ContentCheck.Finding::error).isEmpty();
        assertThat(app.stepwise.grade.AnswerChecker.check(read.problems().get(0).answer(), rounded).correct()).isTrue();
    }

    /** Only rounding is excused: a key that breaks its own form rule (not expanded) is still an error. */
    @Test
    void aKeyThatBreaksItsOwnFormRuleIsStillAnError() {
        String pack = """
                {"schemaVersion": 1, "id": "r", "title": "R", "subject": "math",
                 "problems": [{"id": "p1", "statement": "Work it out.", "answer": {"kind": "expression", "value": "(x + 1)^2", "form": "expanded"}}]}
                """;
        assertThat(ContentCheck.check(read(Path.of("r.json"), pack))).filteredOn(ContentCheck.Finding::error)
                .anySatisfy(f -> assertThat(f.message()).contains("is not accepted as an answer to itself"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // name | pack | find | replace | pointer | message
            "answer key against the solution's last line | algebra | \"value\": \"x = 5\"} | \"value\": \"x = 6\"} | /problems/0/answer/value | does not accept the worked solution's last line \"x = 5\"",
            "a solution step that does not follow | algebra | \"math\": \"3x = 20 - 5 = 15\" | \"math\": \"3x = 20 + 5\" | /problems/1/solution/0/math | Solution step 1 \"3x = 20 + 5\" does not follow from the problem's start",
            "a wrong step after right ones | algebra | \"math\": \"3x = 15\"}, | \"math\": \"3x = 16\"}, | /problems/2/solution/1/math | does not follow from step 1",
            "a bottom-out hint that disagrees | algebra | \"$x = 12 - 7$\" | \"$x = 12 + 7$\" | /problems/0/hints/2 | The last hint shows \"x = 12 + 7\"",
            "a bottom-out hint with LaTeX fractions | algebra | $4x = 26$, so $x = \\\\frac{26}{4}$. | $4x = 26$, so $x = \\\\frac{4}{26}$. | /problems/3/hints/2 | does not agree",
            "a solver that gets another answer | algebra | \"start\": \"x + 7 = 12\" | \"start\": \"x + 7 = 13\" | /problems/0/solver | gets \"x = 6\"",
            "an unknown solver family | algebra | \"family\": \"linear-one-step\" | \"family\": \"linear-one-stop\" | /problems/0/solver/family | no solver family",
            "a given whose unit does not parse | physics | \"value\": \"900 m\" | \"value\": \"900 parsecs\" | /problems/0/givens/0/value | cannot be read as a quantity",
            "a physics answer the solver does not reach | physics | \"value\": \"5 m/s\"} | \"value\": \"50 m/s\"} | /problems/0/solver | gets \"5.00 m/s\"",
            "a repeated statement | algebra | \"Solve $3x + 5 = 20$.\" | \"Solve $x + 7 = 12$.\" | /problems/1/statement | same statement as problem le-01",
    })
    void findsEachContentMistakeAtItsField(String name, String pack, String find, String replace, String pointer,
            String message) throws Exception {
        Path file = pack.equals("algebra") ? ALGEBRA : PHYSICS;
        String text = Files.readString(file);
        assertThat(text).as("test setup: " + name).contains(find);
        // the first occurrence only: the cases name the first problem that has the text
        String changed = text.replaceFirst(Pattern.quote(find), Matcher.quoteReplacement(replace));
        List<ContentCheck.Finding> findings = ContentCheck.check(read(file, changed));
        assertThat(findings).as(name).anySatisfy(f -> {
            assertThat(f.pointer()).isEqualTo(pointer);
            assertThat(f.message()).contains(message);
            assertThat(f.error()).isTrue();
        });
    }

    static final String CHOICES = """
            {"schemaVersion": 1, "id": "c", "title": "C", "subject": "math", "problems": [
              {"id": "c1", "statement": "Which is half?", "answer": {"kind": "choice", "choices": [%s], "correct": 0}}]}
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "same text twice | \"1/2\", \"0.3\", \"1/2\" | /problems/0/answer/choices/2 | Choices 1 and 3 say the same",
            "same value written two ways | \"0.5\", \"1/2\", \"2\" | /problems/0/answer/choices/1 | Choices 1 and 2 say the same",
            "an empty choice | \"1/2\", \" \" | /problems/0/answer/choices/1 | Choice 2 is empty",
    })
    void aChoiceProblemNeedsExactlyOneRightChoice(String name, String choices, String pointer, String message) {
        List<ContentCheck.Finding> findings = ContentCheck.check(read(Path.of("c.json"), CHOICES.formatted(choices)));
        assertThat(findings).as(name).anySatisfy(f -> {
            assertThat(f.pointer()).isEqualTo(pointer);
            assertThat(f.message()).contains(message);
        });
    }

    @Test
    void distinctChoicesGiveNoFinding() {
        assertThat(ContentCheck.check(read(Path.of("c.json"), CHOICES.formatted("\"1/2\", \"1/3\", \"2\"")))).isEmpty();
    }

    @Test
    void aPureNumberNeedsNoUnit() {
        for (String description : List.of("coefficient of friction", "number of waves", "Number of beats", "efficiency",
                "refractive index"))
            assertThat(ContentCheck.pureNumber(new Problem.Given("n", "0.3", description))).as(description).isTrue();
        for (String description : List.of("mass", "force", "time for the counter to fall", ""))
            assertThat(ContentCheck.pureNumber(new Problem.Given("m", "3", description))).as(description).isFalse();
    }

    @Test
    void theBundledPacksHaveNoUnitWarningsForPureNumbers() throws Exception {
        for (String pack : List.of("forces.json", "waves.json")) {
            Path file = Path.of("lessons", pack);
            assertThat(ContentCheck.check(read(file, Files.readString(file))))
                    .noneSatisfy(f -> assertThat(f.message()).contains("has no unit"));
        }
    }

    @Test
    void aGivenWithoutAUnitInAPhysicsPackIsAWarningOnly() throws Exception {
        String text = Files.readString(PHYSICS).replace("\"value\": \"6 N\"", "\"value\": \"6\"");
        List<ContentCheck.Finding> findings = ContentCheck.check(read(PHYSICS, text));
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.pointer()).isEqualTo("/problems/1/givens/0/value");
            assertThat(f.error()).isFalse();
            assertThat(f.message()).contains("has no unit");
        });
    }

    @Test
    void aBottomOutHintWithBothRootsIsOneLineAndSideCalculationsAreNotWorkingLines() throws Exception {
        Path file = Path.of("lessons", "quadratic-equations.json");
        String text = Files.readString(file);
        // quad-08 ends "$x = 5$ or $x = -2$" and quad-13 "$b^2 - 4ac = 49 - 40 = 9$": both right, neither flagged
        assertThat(ContentCheck.check(read(file, text))).filteredOn(ContentCheck.Finding::error).isEmpty();
        String wrongRoot = text.replace("\"$x = 5$ or $x = -2$\"", "\"$x = 5$ or $x = 2$\"");
        assertThat(wrongRoot).isNotEqualTo(text);
        assertThat(ContentCheck.check(read(file, wrongRoot))).anySatisfy(f -> {
            assertThat(f.pointer()).isEqualTo("/problems/7/hints/2");
            assertThat(f.message()).contains("x = 5 or x = 2");
        });
        Path fractions = Path.of("lessons", "fractions-and-percentages.json");
        String sum = Files.readString(fractions); // fp-02 ends "$\\frac{45}{5} = 9$, and ...": a right sum on the way
        assertThat(ContentCheck.check(read(fractions, sum))).filteredOn(ContentCheck.Finding::error).isEmpty();
        String wrongSum = sum.replace("$\\\\frac{45}{5} = 9$", "$\\\\frac{45}{5} = 8$");
        assertThat(wrongSum).isNotEqualTo(sum);
        assertThat(ContentCheck.check(read(fractions, wrongSum))).anySatisfy(f -> {
            assertThat(f.pointer()).isEqualTo("/problems/1/hints/2");
            assertThat(f.message()).contains("is not right");
        });
        assertThat(LatexText.formulaLines("So $x = 5$ or $x = -2$; check $x = 5$.")).containsExactly(
                "x = 5 \\text{ or } x = -2", "x = 5");
    }

    @Test
    void latexFormulasAreReadInTheEnginesSyntax() {
        assertThat(LatexText.formulas("So $3x = 15$, then $x = \\frac{15}{3}$. Costs \\$5.")).containsExactly("3x = 15",
                "x = \\frac{15}{3}");
        assertThat(LatexText.plain("E_k = 0.5 \\times 1200 \\times 15^{2}")).isEqualTo("E_k = 0.5 * 1200 * 15^(2)");
        assertThat(LatexText.plain("\\rho = \\frac{5.4}{0.002}")).isEqualTo("ρ = ((5.4)/(0.002))");
        assertThat(LatexText.plain("x = \\sqrt{\\frac{a}{b}}")).isEqualTo("x = sqrt(((a)/(b)))");
    }

    /** ADR 0008: a numeric fraction followed by a factor is a coefficient; a typeset \frac is one block anyway. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"F = \\frac{9}{5}C + 32 | F = (9/5) C + 32 | F = 9/(5 C) + 32",
            "F = \\frac{9}{5} C + 32 | F = (9/5) C + 32 | F = 9/(5 C) + 32",
            "y = \\frac{x}{2}z | y = (x/2) z | y = x/(2 z)", "E = \\tfrac{1}{2}mv^2 | E = (1/2) m v^2 | E = 1/(2 m v^2)"})
    void aLatexFractionBeforeAFactorIsACoefficient(String latex, String meant, String misread) throws Exception {
        var read = Statement.collapse(Parser.parse(LatexText.plain(latex)));
        var want = Statement.collapse(Parser.parse(meant));
        var wrong = Statement.collapse(Parser.parse(misread));
        assertThat(Equations.sameSolutions((Statement.Equation) read, (Statement.Equation) want).equivalent()).isTrue();
        assertThat(Equations.sameSolutions((Statement.Equation) read, (Statement.Equation) wrong).equivalent()).isFalse();
    }
}
