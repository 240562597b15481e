package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.solve.Family;
import app.stepwise.solve.Solvers;
import app.stepwise.solve.Step;
import app.stepwise.solve.Worked;
import app.stepwise.text.Message;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A hint's first level names the kind of step. The newcomer run's first hint for a typed-in "Differentiate x^2 sin x"
 * was "From where you are now, what is the next move towards the answer?", which says nothing about this problem.
 */
class NudgesTest {
    private final HintService solverOnly = new HintService(Optional::empty, 4, 2000);

    private HintService.Hint firstHint(String typed) {
        ProblemContext ctx = ProblemContext.fromText(typed);
        assertThat(ctx.checkable()).as("Stepwise reads %s", typed).isTrue();
        return solverOnly.next(ctx, List.of(), 1, s -> {}, () -> false);
    }

    @Test
    void theFirstHintForATypedInProductToDifferentiateSaysItIsAProduct() {
        HintService.Hint h = firstHint("Differentiate x^2 sin x");
        assertThat(h.hint()).isEqualTo("It is a product of two functions: which rule differentiates a product?");
        assertThat(h.said().in(Locale.forLanguageTag("es"))).contains("producto");
    }

    /**
     * Seen in Spanish on a typed-in "Resuelve 4x - 7 = 2x + 5": "La idea es both sides to get the x-term alone: ¿qué
     * puedes sumar…?". The aim was read from the first "to", which in "Add 7 to both sides…" is not the aim's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Add 7 to both sides to get the x-term alone.               | Aim to get the x-term alone: what can you add or subtract on both sides?     | La idea es dejar solo el término en x: ¿qué puedes sumar o restar en los dos lados?
            Subtract 5 from both sides to get the x-term alone.        | Aim to get the x-term alone: what can you add or subtract on both sides?     | La idea es dejar solo el término en x: ¿qué puedes sumar o restar en los dos lados?
            Add 2x to both sides to bring the x-terms together.        | Aim to bring the x-terms together: what can you add or subtract on both sides? | La idea es juntar los términos en x: ¿qué puedes sumar o restar en los dos lados?
            """)
    void addingToBothSidesNudgesTowardsTheStepsAimNotItsSides(String step, String english, String spanish) {
        Message nudge = Nudges.fromWords(step);
        assertThat(nudge.english()).isEqualTo(english);
        assertThat(nudge.in(Locale.forLanguageTag("es"))).isEqualTo(spanish);
    }

    @Test
    void addingToBothSidesWithNoAimAsksWhatToAddOrSubtract() {
        assertThat(Nudges.fromWords("Add 7 to both sides.")).isEqualTo(Message.of("hint.nudge.addSubtract"));
    }

    /** Typed-in problems written for this test, at least one for every task the reader knows, none from a pack. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Differentiate x^2 sin x                      | product
            Differentiate sin(x)/x                       | quotient
            Find the derivative of (3x+1)^4              | function of a function
            Differentiate x^3 + 2x - 7                   | sum of powers
            Solve 3x + 5 = 20                            | ''
            Solve 3(x - 2) + 4 = 2(x + 5)                | ''
            Solve x/3 + 2 = 7                            | ''
            Solve x^2 - 5x + 6 = 0                       | ''
            Solve 2x + y = 9 and 3x - y = 11             | ''
            Expand (x + 3)(x - 5)                        | ''
            Simplify 3x + 2x - 4 + 7                     | ''
            Factorise x^2 + 5x + 6                       | ''
            Factorise 6x + 9                             | factor that every term shares
            Work out 3/4 + 2/3                           | denominators
            Work out 2/3 × 9/4                           | multiply two fractions
            What is 15% of 80?                           | percentage
            Work out 2 + 3 × 4                           | ''
            A 4 kg box is pushed with a force of 10 N. What is its acceleration? | ''
            A cyclist rides 18 km in 45 minutes. What is her average speed in km/h? | ''
            """)
    void theFirstHintForATypedInProblemNamesTheKindOfStep(String typed, String words) {
        HintService.Hint h = firstHint(typed);
        assertThat(h.levels()).hasSize(3);
        assertThat(h.levels().get(0).key()).as("level 1 for %s: %s", typed, h.hint()).isNotEqualTo(Nudges.NEXT);
        assertThat(h.hint()).as("level 1 is not the step itself").isNotEqualTo(h.ladder().get(2));
        if (!words.isEmpty()) assertThat(h.hint()).contains(words);
    }

    /** Every sentence the solvers write has a nudge of its own: none falls back to "what is the next move?". */
    @Test
    void everyStepOfEverySolverFamilyHasANudgeOfItsOwn() {
        TreeSet<String> unnamed = new TreeSet<>();
        for (Family f : Solvers.families()) {
            for (int seed = 1; seed <= 6; seed++) {
                Worked w = Solvers.generate(f, new SplittableRandom(seed), 0);
                for (Step s : w.steps()) {
                    Message nudge = Nudges.of(s.said(), Optional.empty());
                    if (nudge.key().equals(Nudges.NEXT)) unnamed.add(f.name() + ": " + s.said().key() + " " + s.text());
                }
            }
        }
        assertThat(unnamed).isEmpty();
    }

    @Test
    void aSentenceNamingNothingGetsTheNudgeOfItsKindOfProblem() {
        Message said = Message.verbatim("Something new.");
        assertThat(Nudges.of(said, Optional.empty()).key()).isEqualTo(Nudges.NEXT);
        for (var task : app.stepwise.lesson.Task.values())
            assertThat(Nudges.of(said, Optional.of(task)).key()).as(task.name()).isNotEqualTo(Nudges.NEXT);
    }
}
