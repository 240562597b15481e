package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.Task;
import app.stepwise.math.CaseTables;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A hand-written set of math working ({@code cases/math-heldout.csv}, grade8): the outside measure of the line checker
 * and the answer checker. Each row's verdict is a careful teacher's, written before the set was first run; rows the code
 * still grades otherwise are comments "# KNOWN FAILURE (reason): row" and are not run, but are counted.
 */
class MathHeldoutTest {

    /** The first set (fixed against, so no longer held out) and the second, written after those fixes. */
    static final List<String> TABLES = List.of("math-heldout.csv", "math-heldout-2.csv");

    static List<Arguments> table() {
        return TABLES.stream().flatMap(t -> CaseTables.read(t).stream()).toList();
    }

    /** How a row was graded against the teacher's verdict. */
    enum Outcome {
        AS_A_TEACHER,
        /** A wrong line or a wrong answer accepted (no error found, or found only later; a wrong answer marked right). */
        WRONG_ACCEPTED,
        /** A right line or a right answer marked wrong. */
        RIGHT_REJECTED,
        /** A right line or answer the checker could not read (the student is asked to rewrite it). */
        RIGHT_UNREADABLE,
        /** Partly right said wrong or wrong said partly right. */
        OTHER
    }

    record Result(Outcome outcome, String why) {}

    static LineCheck.Report work(String[] f) throws Exception {
        Task task = Task.of(f[1]).orElseThrow();
        List<String> lines = Arrays.stream(f[3].split(";")).map(String::strip).toList();
        return WorkChecker.check(task, Optional.of(f[2]), List.of(), Optional.empty(), lines, List.of());
    }

    static AnswerSpec spec(String s) {
        String kind = s.substring(0, s.indexOf(':')).strip();
        String rest = s.substring(s.indexOf(':') + 1);
        Optional<AnswerSpec.Form> form = Optional.empty();
        if (rest.contains(" @ form=")) {
            form = AnswerSpec.Form.fromLabel(rest.substring(rest.indexOf(" @ form=") + 8).strip());
            rest = rest.substring(0, rest.indexOf(" @ "));
        }
        String expected = rest.strip();
        return switch (kind) {
            case "expression" -> new AnswerSpec.Expression(expected, form);
            case "equation" -> new AnswerSpec.Equation(expected);
            case "set" -> new AnswerSpec.SolutionSet(expected);
            case "numeric" -> new AnswerSpec.Numeric(expected, AnswerSpec.Tolerance.EXACT, Optional.empty());
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static Result grade(String[] f) throws Exception {
        LineCheck.Report r = work(f);
        int want = Integer.parseInt(f[4]);
        int got = r.firstError().orElse(0);
        List<String> why = new ArrayList<>();
        Outcome outcome = Outcome.AS_A_TEACHER;
        if (got != want) {
            boolean rightLineRefused = got != 0 && (want == 0 || got < want);
            if (!rightLineRefused) outcome = Outcome.WRONG_ACCEPTED;
            else if (r.lines().get(got - 1).status() == LineCheck.Status.UNREADABLE) outcome = Outcome.RIGHT_UNREADABLE;
            else
                outcome = Outcome.RIGHT_REJECTED;
            why.add("first error %d, teacher %d%s".formatted(got, want,
                    got == 0 ? "" : " (" + r.lines().get(got - 1).status() + ": " + r.lines().get(got - 1).message() + ")"));
        }
        String verdict = f[7];
        if (!verdict.equals("-")) {
            String answer = f[6].equals("=") ? lastLine(f[3]) : f[6];
            Grade g = AnswerChecker.check(spec(f[5]), answer);
            String said = MathHeldoutTest.verdict(g);
            if (!said.equals(verdict)) {
                Outcome o = verdict.equals("right")
                        ? (said.equals("unreadable") || said.equals("ambiguous")
                                ? Outcome.RIGHT_UNREADABLE
                                : Outcome.RIGHT_REJECTED)
                        : said.equals("right") ? Outcome.WRONG_ACCEPTED : Outcome.OTHER;
                outcome = worse(outcome, o);
                why.add("answer '%s' %s, teacher %s (%s)".formatted(answer, said, verdict, g.message()));
            }
            if (f[6].equals("=") && r.finalAnswerCorrect().isPresent()
                    && r.finalAnswerCorrect().get() != verdict.equals("right")) {
                Outcome o = verdict.equals("right") ? Outcome.RIGHT_REJECTED : Outcome.WRONG_ACCEPTED;
                outcome = worse(outcome, o);
                why.add("working's last line answers: " + r.finalAnswerCorrect().get() + ", teacher " + verdict);
            }
        }
        return new Result(outcome, String.join("; ", why));
    }

    private static Outcome worse(Outcome a, Outcome b) {
        if (a == Outcome.WRONG_ACCEPTED || b == Outcome.WRONG_ACCEPTED) return Outcome.WRONG_ACCEPTED;
        if (a == Outcome.AS_A_TEACHER) return b;
        return a;
    }

    private static String lastLine(String work) {
        String[] lines = work.split(";");
        return lines[lines.length - 1].strip();
    }

    private static String verdict(Grade g) {
        return g.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3} → first error {4}, answer {6} {7}")
    @MethodSource("table")
    void gradesHandWrittenMathWorkingAsATeacherWould(String id, String task, String start, String work, String firstError,
            String spec, String answer, String verdict) throws Exception {
        String[] f = {id, task, start, work, firstError, spec, answer, verdict};
        Result r = grade(f);
        assertThat(r.outcome()).as("%s: %s", id, r.why()).isEqualTo(Outcome.AS_A_TEACHER);
    }

    /** Rows of these sets that the checker accepts although they are wrong: none; a new one fails the figures test. */
    static final Set<String> KNOWN_WRONG_ACCEPTED = Set.of();

    @Test
    void printsTheFiguresWithTheKnownFailures() throws Exception {
        for (String t : TABLES) assertNoNewWrongAccepted(t, KNOWN_WRONG_ACCEPTED);
    }

    @Test
    void theFiguresFailWhenAWrongWorkingIsAccepted() throws Exception {
        // A teacher's "wrong" on a right working: the checker accepts it, so for these figures it is a wrong one accepted.
        String[] row = {"t001", "solve", "2x + 3 = 11", "2x = 8; x = 4", "2", "equation: x = 4", "=", "wrong"};
        assertThat(tally("made-up", List.<String[]>of(row), 0)).containsExactly("t001");
        assertThatThrownBy(() -> assertNoNewWrongAccepted("made-up", List.<String[]>of(row), 0, Set.of()))
                .isInstanceOf(AssertionError.class);
    }

    /** Every row of a table, the known failures (comments) included. */
    static List<String[]> allRows(String table) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (Arguments a : CaseTables.read(table))
            rows.add(Arrays.stream(a.get()).map(Object::toString).toArray(String[]::new));
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(MathHeldoutTest.class.getResourceAsStream("/cases/" + table)), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null;) {
                if (!line.startsWith("# KNOWN FAILURE")) continue;
                String[] f = line.substring(line.indexOf("): ") + 3).split(" \\| ", -1);
                for (int k = 0; k < f.length; k++) f[k] = f[k].strip();
                rows.add(f);
            }
        }
        return rows;
    }

    /** Prints a table's figures and fails if a row other than the known ones is a wrong working or answer accepted. */
    static void assertNoNewWrongAccepted(String table, Set<String> known) throws Exception {
        List<String[]> rows = allRows(table);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(30);
        assertNoNewWrongAccepted(table, rows, rows.size() - CaseTables.read(table).size(), known);
    }

    static void assertNoNewWrongAccepted(String table, List<String[]> rows, int notRun, Set<String> known) throws Exception {
        List<String> wrongAccepted = tally(table, rows, notRun);
        assertThat(wrongAccepted).as("%s: wrong workings or answers accepted", table).allMatch(known::contains);
    }

    /** Grades the rows, prints the figures and the rows not graded as a teacher would; returns the wrong ones accepted. */
    static List<String> tally(String table, List<String[]> rows, int notRun) throws Exception {
        Map<Outcome, Integer> counts = new TreeMap<>();
        List<String> wrongAccepted = new ArrayList<>();
        int rightRows = 0;
        int rightAsTeacher = 0;
        for (String[] f : rows) {
            Result r = grade(f);
            counts.merge(r.outcome(), 1, Integer::sum);
            if (r.outcome() == Outcome.WRONG_ACCEPTED) wrongAccepted.add(f[0]);
            boolean right = f[4].equals("0") && !f[7].equals("wrong") && !f[7].equals("partial");
            if (right) rightRows++;
            if (right && r.outcome() == Outcome.AS_A_TEACHER) rightAsTeacher++;
            if (r.outcome() != Outcome.AS_A_TEACHER)
                System.out.printf("held-out math (%s) %s %s: %s%n", table, f[0], r.outcome(), r.why());
        }
        int as = counts.getOrDefault(Outcome.AS_A_TEACHER, 0);
        System.out.printf(
                "held-out math (%s): %d of %d rows graded as a teacher would (right workings %d of %d, wrong workings %d of %d); "
                        + "wrong accepted %d, right rejected %d, right unreadable %d, other %d; %d known failures not run%n",
                table, as, rows.size(), rightAsTeacher, rightRows, as - rightAsTeacher, rows.size() - rightRows,
                counts.getOrDefault(Outcome.WRONG_ACCEPTED, 0), counts.getOrDefault(Outcome.RIGHT_REJECTED, 0),
                counts.getOrDefault(Outcome.RIGHT_UNREADABLE, 0), counts.getOrDefault(Outcome.OTHER, 0), notRun);
        return wrongAccepted;
    }
}
