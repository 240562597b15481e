package app.stepwise.solve;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.Task;
import app.stepwise.text.Message;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The general solvers' steps (what a hint's second level and a worked solution say) are messages: in English the
 * sentence the training corpus and the command line always had, in Spanish a translation, never a key.
 */
class StepLanguageTest {
    private static final Locale ES = Locale.forLanguageTag("es");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "SOLVE|3x + 5 = 20|Subtract 5 from both sides to get the x-term alone.",
            "SOLVE|5x - 4 = 2x + 11|Subtract 2x from both sides to bring the x-terms together.",
            "SOLVE|x^2 - 5x + 6 = 0|Factorise the left-hand side.",
            "SOLVE|2x^2 = 18|Divide both sides by 2.",
            "SOLVE|x^2 + 3x - 1 = 0|Work out the discriminant and the denominator.",
            "SYSTEM|x + y = 10; x - y = 2|State both values.",
            "EXPAND|3(x + 2) + 2(x - 1)|Collect like terms, adding the numbers in front of each kind of term: 3 + 2 = 5, 6 - 2 = 4.",
            "FACTOR|x^2 - 9|This is a difference of two squares, a² - b² with a = x and b = 3.",
            "DIFFERENTIATE|3x^2 + 2x|Multiply the numbers.",
            "EVALUATE|1/2 + 1/3|Write the fractions over the common denominator 6: 1 × 3 = 3, 1 × 2 = 2."})
    void everyStepReadsInSpanishAndItsEnglishIsUnchanged(String task, String start, String englishStep) {
        String unknown = task.equals("SOLVE") || task.equals("DIFFERENTIATE") ? "x" : "";
        List<Step> steps = GeneralSolver.steps(new GeneralSolver.Request(Task.valueOf(task), start, unknown));
        assertThat(steps).isNotEmpty();
        assertThat(steps).extracting(Step::text).contains(englishStep);
        for (Step s : steps) {
            assertThat(s.said().key()).as(s.text()).isNotEqualTo(Message.VERBATIM);
            String es = s.said().in(ES);
            assertThat(es).as(s.text()).isNotEqualTo(s.text()).doesNotStartWith("step.");
            assertThat(es).doesNotContainPattern("(?i)\\b(both sides|the|and|multiply|subtract|write|take|work out)\\b");
        }
    }

    /**
     * Every family's steps that are messages (not text kept as written) render in Spanish without a key showing and
     * differ from the English; prints how many steps per family are still English-only text.
     */
    @org.junit.jupiter.api.Test
    void everyFamilyStepThatIsAMessageRendersInSpanish() {
        java.util.Map<String, int[]> perFamily = new java.util.TreeMap<>();
        for (Family family : Solvers.families()) {
            java.util.SplittableRandom random = new java.util.SplittableRandom(family.name().hashCode());
            int[] counts = perFamily.computeIfAbsent(family.name(), k -> new int[2]);
            for (int i = 0; i < 60; i++) {
                Worked w;
                try {
                    w = family.solve(family.sample(random), i % family.wordings());
                } catch (IllegalArgumentException e) {
                    continue;
                }
                for (Step s : w.steps()) {
                    if (s.said().key().equals(Message.VERBATIM)) {
                        counts[1]++;
                        continue;
                    }
                    counts[0]++;
                    String es = s.said().in(ES);
                    assertThat(es).as(family.name() + ": " + s.text()).isNotEqualTo(s.text())
                            .doesNotContainPattern("\\b(step|quantity|list|math|grade)\\.[a-z]");
                }
            }
        }
        perFamily.forEach((f, c) -> System.out.println("steps as messages / as English text, " + f + ": " + c[0] + " / " + c[1]));
        assertThat(perFamily.values().stream().mapToInt(c -> c[0]).sum()).isPositive();
    }
}
