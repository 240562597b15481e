package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.Packs;
import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import app.stepwise.lesson.Task;
import app.stepwise.text.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The answer box's placeholder fits the problem, for every problem of the bundled packs. */
class AnswerPromptTest {

    private static List<Problem> bundledProblems() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("lessons"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted()
                    .flatMap(f -> Packs.reader().read(f).pack().map(LessonPack::problems).orElse(List.of()).stream()).toList();
        }
    }

    @Test
    void everyBundledProblemGetsAPromptOfItsOwnKind() throws Exception {
        List<Problem> all = bundledProblems();
        assertThat(all).hasSizeGreaterThan(100);
        for (Problem p : all) {
            Message prompt = AnswerPrompt.of(p);
            String en = prompt.english();
            switch (p.answer()) {
                case AnswerSpec.Quantity q -> assertThat(prompt.key()).as(p.id()).isEqualTo("answer.prompt.quantity");
                case AnswerSpec.Numeric n -> assertThat(prompt.key()).as(p.id()).isEqualTo("answer.prompt.number");
                case AnswerSpec.Expression e -> assertThat(en).as(p.id()).doesNotContain("=");
                case AnswerSpec.Equation e -> assertThat(en).as(p.id()).contains(" = ");
                case AnswerSpec.SolutionSet s -> assertThat(en).as(p.id()).contains(" = ");
                case AnswerSpec.MultipleChoice c -> assertThat(prompt.key()).as(p.id()).isEqualTo("answer.prompt.choice");
                case null -> {
                }
            }
            if (p.work().map(w -> w.task() == Task.PHYSICS).orElse(false))
                assertThat(en).as("a physics problem never asks for x = 5: " + p.id()).doesNotContain("x = 5");
            assertThat(prompt.in(Locale.forLanguageTag("es"))).as(p.id()).isNotEqualTo(en);
            if (!numbers(expected(p)).isEmpty())
                assertThat(numbers(en)).as("the example gives nothing of the answer away: %s %s", p.id(), en)
                        .doesNotContainAnyElementsOf(numbers(expected(p)));
        }
    }

    /**
     * review23: a typed-in speed problem asked for km/h and its answer box said "e.g. 2.5 kg", its working box a bare
     * "v". Problems written fresh for this test (a student's, a textbook's, a teacher's wording): the placeholder's
     * example is in the unit asked, the working box says what a line is, in English and in Spanish.
     */
    @Test
    void aTypedInPhysicsProblemsBoxesSpeakOfItsOwnUnitAndLetter() {
        record Case(String text, String unit, String letter) {}
        for (Case c : List.of(new Case("a bus goes 90 km in 3 hours how fast is it going", "km/h", "v"),
                new Case("A cyclist rides 24 km at an average speed of 16 km/h. How long does the ride take?", "h", "t"),
                new Case("A runner covers 400 m in 80 s. Find her average speed.", "m/s", "v"))) {
            Problem p = TypedProblem.read(c.text()).pack().orElseThrow().problems().get(0);
            assertThat(AnswerPrompt.unitAsked(p)).as(c.text()).contains(c.unit());
            String en = AnswerPrompt.of(p).english();
            assertThat(en).as(c.text()).endsWith(" " + c.unit()).doesNotContain("kg");
            assertThat(numbers(en)).as("the example gives nothing away: " + en).doesNotContainAnyElementsOf(numbers(expected(p)));
            Message work = AnswerPrompt.work(p);
            assertThat(work.english()).as(c.text()).contains("formula for " + c.letter()).contains("units");
            assertThat(work.in(Locale.forLanguageTag("es"))).contains("fórmula para " + c.letter()).contains("unidades");
            assertThat(AnswerPrompt.of(p).in(Locale.forLanguageTag("es"))).endsWith(" " + c.unit()).contains("unidad");
        }
    }

    @Test
    void anEquationsWorkingBoxStillShowsItsStartingLine() {
        Problem p = TypedProblem.read("Solve 5x - 4 = 2x + 11").pack().orElseThrow().problems().get(0);
        assertThat(AnswerPrompt.work(p).english()).isEqualTo(p.work().orElseThrow().start());
        assertThat(AnswerPrompt.unitAsked(p)).isEmpty();
    }

    private static java.util.Set<String> numbers(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        var m = java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)?").matcher(text);
        while (m.find()) out.add(new java.math.BigDecimal(m.group()).stripTrailingZeros().toPlainString());
        return out;
    }

    private static String expected(Problem p) {
        return AnswerPrompt.expected(p.answer());
    }

    @Test
    void anExampleNeverSharesANumberWithTheAnswer() {
        assertThat(AnswerPrompt.example("x = 5", "5", "7")).isEqualTo("7");
        assertThat(AnswerPrompt.example("2.50 kg", "2.5 kg", "40 m")).isEqualTo("40 m");
        assertThat(AnswerPrompt.example("x = 8", "5", "7")).isEqualTo("5");
    }

    @Test
    void anEquationPromptUsesTheLetterItIsSolvedFor() {
        assertThat(AnswerPrompt.of(problem("equation", "y = 4", "solve", "2y = 8")).english()).isEqualTo(
                "Your final answer, e.g. y = 5");
        assertThat(AnswerPrompt.of(problem("equation", "t = (v - u)/a", "solve", "v = u + a t")).english())
                .isEqualTo("Your answer: t in terms of the other letters, e.g. t = …");
        assertThat(AnswerPrompt.of(problem("set", "x = 3 or x = -3", "solve", "x^2 = 9")).english())
                .isEqualTo("Every solution, e.g. x = 4 or x = -1"); // never the answer's own numbers
        assertThat(AnswerPrompt.of(problem("set", "x = 3, y = 2", "system", "x + y = 5; x - y = 1")).english())
                .isEqualTo("Both values, e.g. x = 1, y = 4");
        assertThat(AnswerPrompt.of(problem("expression", "x^2 + 8x + 15", "expand", "(x + 3)(x + 5)")).english())
                .isEqualTo("Your answer: an expression, e.g. 5x - 4"); // 3x + 2 shares the 2 of x^2 + 8x + 15
        assertThat(AnswerPrompt.of(problem("expression", "(x + 2)(x + 5)", "factor", "x^2 + 7x + 10")).english())
                .startsWith("Your answer, factorised");
    }

    private static Problem problem(String kind, String value, String task, String start) {
        String json = """
                {"schemaVersion": 1, "id": "t", "title": "t", "subject": "math", "problems": [
                  {"id": "p", "statement": "A problem.", "answer": {"kind": "%s", "value": "%s"},
                   "work": {"task": "%s", "start": "%s"}}]}
                """.formatted(kind, value, task, start);
        return Packs.reader().read(Path.of("t.json"), json).pack().orElseThrow().problems().get(0);
    }
}
