package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.solve.Family;
import app.stepwise.solve.Solvers;
import app.stepwise.text.Message;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * typed21: a typed-in problem Stepwise cannot check (a circle's area, Pythagoras, a mean) got "can't check" and nothing
 * more. The refusal says, in a few plain lines made from the real families, what it can check, and gives one example
 * of the kind the student seems to be after, which Stepwise itself reads and checks.
 */
class ProblemKindsTest {
    private static final Locale ES = Locale.forLanguageTag("es");

    @Test
    void everyFamilyIsSaidOnALineAndTheLinesComeFromTheFamilies() {
        assertThat(ProblemKinds.unplaced()).as("families no line says: place their first skill").isEmpty();
        assertThat(ProblemKinds.lines().keySet()).containsExactly("numbers", "equations", "algebra", "calculus", "physics");
        assertThat(ProblemKinds.lines().get("equations")).containsExactly("linear", "quadratic", "simultaneous");
        // a line is there because a family is: as many physics words as groups of physics families, never more
        long physics = Solvers.families().stream().map(Family::subject).filter("physics"::equals).count();
        assertThat(ProblemKinds.lines().get("physics")).hasSizeBetween(1, (int) physics);
    }

    @Test
    void aRefusedProblemSaysWhatCanBeCheckedInEnglishAndSpanish() {
        for (String text : List.of("Find the area of a circle of radius 3 cm.",
                "A right-angled triangle has shorter sides 3 cm and 4 cm. Find the length of the hypotenuse.",
                "What is the mean of 4, 8, 9 and 11?")) {
            TypedProblem.Result r = TypedProblem.read(text);
            assertThat(r.pack()).as(text).isEmpty();
            String en = r.reading().english();
            assertThat(en).as(text).startsWith("Stepwise can't check this kind of problem yet.")
                    .contains("It can check:", "• Equations: linear, quadratic and simultaneous (two unknowns)",
                            "• Physics with units:", "derivatives", "For example, you could type: Solve 3x + 5 = 20");
            String es = r.reading().in(ES);
            assertThat(es).as(text).contains("Puede comprobar:", "• Ecuaciones:", "Resuelve 3x + 5 = 20")
                    .doesNotContain("tutor.kinds");
        }
    }

    @Test
    void theExampleFitsWhatWasTyped() {
        assertThat(ProblemKinds.exampleFor("A ball is thrown at 20 m/s at 30° above the horizontal. Find its range."))
                .isEqualTo("physics");
        assertThat(ProblemKinds.exampleFor("What is the kinetic energy of a spinning wheel?")).isEqualTo("physics");
        assertThat(ProblemKinds.exampleFor("The price went from 40 to 50. What is the percentage increase?"))
                .isEqualTo("percentage");
        assertThat(ProblemKinds.exampleFor("Find the area of a circle of radius 3 cm.")).isEqualTo("equation");
        assertThat(ProblemKinds.whatCanBeChecked("a stone falls, what is its speed after the bounce").english())
                .endsWith("A car travels 120 km in 2 hours. What is its average speed?");
    }

    /** Every example, in every language, is a problem Stepwise reads and checks: it never suggests one it would refuse. */
    @Test
    void everyExampleIsReadAndChecked() {
        for (String kind : ProblemKinds.EXAMPLES) {
            for (Locale l : List.of(Locale.ENGLISH, ES)) {
                String example = Message.of("tutor.kinds.example." + kind).in(l);
                assertThat(TypedProblem.read(example, l).pack()).as("%s (%s)", example, l).isPresent();
            }
        }
    }

    /** A refusal that says its own reason (three resistors) keeps it. */
    @Test
    void aRefusalWithItsOwnReasonKeepsIt() {
        String three = "Three resistors of 2 Ω, 3 Ω and 5 Ω are connected in series. Find the total resistance.";
        assertThat(ProblemKinds.refusal(three)).isEqualTo(ProblemReader.CANNOT_CHECK_MANY_RESISTORS);
    }

    /** read22: a density from a block's three lengths is refused saying why (no family works out the volume), in words or "by". */
    @Test
    void aDensityFromThreeLengthsIsRefusedSayingWhy() {
        for (String block : java.util.List.of("A block measures 2 cm by 3 cm by 5 cm and has a mass of 81 g. Find its density.",
                "A metal bar is 10 cm long, 2 cm wide and 1 cm thick. Its mass is 158 g. Calculate the density of the metal.")) {
            assertThat(ProblemReader.read(block)).as(block).isEmpty();
            assertThat(ProblemKinds.refusal(block)).as(block).isEqualTo(ProblemReader.CANNOT_CHECK_VOLUME_FROM_LENGTHS);
        }
        // a density from a mass and a volume is no such text
        assertThat(ProblemReader.whyNotRead("A 2 kg block has a volume of 0.001 m³. Find its density."))
                .isEqualTo(ProblemReader.CANNOT_CHECK_SAID);
    }
}
