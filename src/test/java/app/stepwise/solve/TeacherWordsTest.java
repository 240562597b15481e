package app.stepwise.solve;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.Problem.Given;
import app.stepwise.lesson.Task;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Session 18: teacher-style problems (asides, hints, exam furniture, distractor sentences with numbers of their own) were
 * 53.8 % right on an outside set, and a teacher's wording was written on 1 problem in 10. A teacher now sets about one
 * problem in two, in every family and outside them alike, and never changes the problem itself.
 */
class TeacherWordsTest {
    private static final List<Family> FAMILIES = Solvers.families();

    /** About half the problems are set by a teacher, in scope (every family) and out of scope alike; each still verifies. */
    @Test
    void aboutHalfOfAllProblemsAreSetByATeacherOnBothSidesAndStillVerify() {
        Map<String, int[]> perFamily = new TreeMap<>();
        int in = 0, inSet = 0, out = 0, outSet = 0;
        List<String> unverified = new ArrayList<>();
        for (int i = 0; i < 40 * FAMILIES.size(); i++) {
            Worked w = Corpus.worked(18, i, FAMILIES);
            boolean set = TeacherWords.holdsAPiece(w.statement());
            int[] c = perFamily.computeIfAbsent(w.family(), f -> new int[2]);
            c[0]++;
            in++;
            if (!set) continue;
            c[1]++;
            inSet++;
            if (!Verifier.check(w).isEmpty()) unverified.add(w.statement());
        }
        for (int i = 0; i < 800; i++) {
            out++;
            if (TeacherWords.holdsAPiece((String) Corpus.outOfScope(18, i).get("problem"))) outSet++;
        }
        double a = inSet / (double) in, b = outSet / (double) out;
        assertThat(a).as("share set by a teacher in scope").isBetween(0.40, 0.60);
        assertThat(b).as("share set by a teacher out of scope").isBetween(0.38, 0.60);
        assertThat(Math.abs(a - b)).as("in scope " + a + ", out of scope " + b).isLessThan(0.08);
        perFamily.forEach((f, c) -> assertThat(c[1]).as(f + ": " + c[1] + " of " + c[0]).isGreaterThanOrEqualTo(c[0] / 5));
        assertThat(unverified).isEmpty();
    }

    /** The problem's text stays whole: the pieces go around it (a polite request keeps the instruction word for word). */
    @Test
    void aTeacherKeepsTheProblemsTextAndItsTargets() {
        for (int i = 0; i < 6 * FAMILIES.size(); i++) {
            Worked w = Corpus.worked(19, i, FAMILIES);
            String text = w.statement();
            for (int s = 0; s < 5; s++) {
                String set = TeacherWords.set(text, TeacherWords.kindOf(w), TeacherWords.familyHints(w.family()),
                        Surface.unknown(w), new SplittableRandom(s));
                assertThat(set).as(text).isNotEqualTo(text);
                assertThat(TeacherWords.holdsAPiece(set)).as(set).isTrue();
                String body = text.replaceFirst("^\\S+\\s", "").replaceFirst("[.]$", "");
                assertThat(set.contains(text) || set.contains(body)).as(set + "\n  keeps  " + text).isTrue();
            }
        }
        assertThat(TeacherWords.request("Solve 3x + 5 = 20.", new SplittableRandom(1))).contains("solve 3x + 5 = 20")
                .doesNotStartWith("Solve");
        assertThat(TeacherWords.request("Simplify:\n5m + 3n", new SplittableRandom(1))).isEqualTo("Simplify:\n5m + 3n");
    }

    /** A hint comes from its task kind's pool, its family's, or the generic pool; converting units only where a unit is not SI. */
    @Test
    void hintsAreOnlyUsedForTheTaskKindsTheyFit() {
        for (int i = 0; i < 4 * FAMILIES.size(); i++) {
            Worked w = Corpus.worked(20, i, FAMILIES);
            TeacherWords.Kind kind = TeacherWords.kindOf(w);
            String x = Surface.unknown(w);
            List<String> allowed = new ArrayList<>(TeacherWords.GENERIC_HINTS);
            allowed.addAll(kind.hints);
            allowed.addAll(TeacherWords.familyHints(w.family()));
            allowed.replaceAll(h -> h.replace("{x}", x));
            for (int s = 0; s < 8; s++) {
                String h = TeacherWords
                        .hint(w.statement(), kind, TeacherWords.familyHints(w.family()), x, new SplittableRandom(s))
                        .replaceFirst("^Hint: ", "");
                boolean si = TeacherWords.SI_HINTS.stream().anyMatch(t -> t.equalsIgnoreCase(h));
                if (si) {
                    assertThat(w.task()).isEqualTo(Task.PHYSICS);
                    assertThat(w.statement()).as(h).containsPattern(
                            "\\d ?(?:km/h|km|cm|mm|g|min|h|kJ|kW|mA|kΩ|kPa|kN|MJ|MW|ms)(?![\\p{L}\\d/^²])"
                                    + "|minute|hour|gram|kilometre|centimetre|millimetre|kilojoule");
                } else {
                    assertThat(allowed).as(w.family() + ": " + h).anySatisfy(t -> assertThat(t).isEqualToIgnoringCase(h));
                }
                assertThat(h).doesNotContain("{x}").doesNotContainPattern("(?i)round|decimal place|significant");
            }
        }
        assertThat(TeacherWords.kindOf(Corpus.worked(20, FAMILIES.indexOf(family("derivative-chain-rule")), FAMILIES)))
                .isEqualTo(TeacherWords.Kind.DIFFERENTIATE);
        assertThat(TeacherWords.Kind.DIFFERENTIATE.hints).noneMatch(h -> h.contains("both sides"));
    }

    /** Distractor sentences carry no number with a unit, none of the problem's numbers, none of its longer words. */
    @Test
    void distractorsNeverPutAUnitOfTheGivensInTheText() {
        Pattern numberWithUnit = Pattern.compile("\\d\\s*(?:kg|g|km|cm|mm|m|s|min|h|N|J|kJ|W|kW|V|A|mA|Ω|Hz|Pa|m/s)\\b");
        int physics = 0;
        for (int i = 0; i < 10 * FAMILIES.size(); i++) {
            Worked w = Corpus.worked(21, i, FAMILIES);
            if (w.task() != Task.PHYSICS) continue;
            physics++;
            List<String> units = new ArrayList<>();
            for (Given g : w.givens()) {
                String unit = g.value().replaceFirst("^[-−\\d.,\\s×^eE]+", "").strip();
                if (!unit.isEmpty()) units.add(unit);
            }
            for (int s = 0; s < 6; s++) {
                String d = TeacherWords.distractor(w.statement(), new SplittableRandom(s)).orElse("");
                assertThat(d).as(w.statement()).doesNotContainPattern(numberWithUnit);
                for (String u : units) assertThat(d).as(u).doesNotContainPattern("\\d\\s*" + Pattern.quote(u) + "(?![\\p{L}])");
                for (String n : w.statement().split("[^\\d.]+"))
                    if (n.matches("\\d+")) assertThat(d).doesNotContainPattern("(?<![\\d.])" + n + "(?![\\d])");
            }
        }
        assertThat(physics).isGreaterThan(100);
        String story = "In a class of 30 students, 40% walk to school. How many students walk?";
        for (int s = 0; s < 60; s++)
            assertThat(TeacherWords.distractor(story, new SplittableRandom(s)).orElse("")).doesNotContain("student", "class");
    }

    /** No other wording of the corpus writes a piece of the teacher's, so the measured share is the teacher's alone. */
    @Test
    void noOtherWordingWritesTheTeachersPieces() throws IllegalAccessException {
        int seen = 0;
        for (Class<?> c : List.of(Voices.class, PhysicsVoices.class, Register.class, Frames.class))
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || !(List.class.isAssignableFrom(f.getType())
                        || Map.class.isAssignableFrom(f.getType())))
                    continue;
                f.setAccessible(true);
                Object v = f.get(null);
                List<Object> strings = new ArrayList<>(v instanceof Map<?, ?> m ? m.values() : List.of(v));
                for (Object o : strings)
                    if (o instanceof List<?> list)
                        for (Object s : list)
                            if (s instanceof String text) {
                                seen++;
                                assertThat(TeacherWords.holdsAPiece(text)).as(c.getSimpleName() + "." + f.getName() + ": " + text)
                                        .isFalse();
                            }
            }
        assertThat(seen).isGreaterThan(500);
    }

    /**
     * Pieces written on every kind of problem name no physical quantity: "tricky last time" made the reader ask for a time
     * in an out-of-scope problem about a bend's radius and a speed.
     */
    @Test
    void piecesOnEveryKindOfProblemNameNoQuantity() {
        Pattern quantity = Pattern.compile("(?i)\\b(time|speed|distance|force|mass|weight|energy|power|current|pressure|"
                + "density|volume|height|velocity|acceleration|momentum|length|area|temperature|rate)\\b");
        for (List<String> pool : List.of(TeacherWords.ASIDES, TeacherWords.DISTRACTORS, TeacherWords.GREETINGS,
                TeacherWords.SIGN_OFFS, TeacherWords.HEADS, TeacherWords.MARKS, TeacherWords.GENERIC_HINTS,
                TeacherWords.REQUESTS, TeacherWords.Kind.SOLVE.hints))
            for (String piece : pool)
                assertThat(piece.replaceAll("(?i)take your time", "")).doesNotContainPattern(quantity);
    }

    /** A student's typing is left to the student. */
    @Test
    void aStudentsTypingIsNotSetByATeacher() {
        assertThat(TeacherWords.typedByAStudent("solve 3x+5=20 pls")).isTrue();
        assertThat(TeacherWords.typedByAStudent("Homework question. how do i do 9^2 + 4")).isTrue();
        assertThat(TeacherWords.typedByAStudent("Solve 3x + 5 = 20.")).isFalse();
        assertThat(TeacherWords.typedByAStudent("x + 3 = 7, find x")).isFalse();
        assertThat(TeacherWords.typedByAStudent("A car has u = 2 m/s and v = 8 m/s. Find a.")).isFalse();
    }

    private static Family family(String name) {
        return FAMILIES.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
