package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.Task;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Student working as students write it, line by line, for every kind of task (grade13, written by hand): each line's
 * verdict, whether the last line answers the problem, and the mistake named at the first wrong line. The table is
 * {@code src/test/resources/grade/student-lines-13.tsv}; its header says how to read and extend it. grade14's own set,
 * {@code models/diag/session14/grade14-work.tsv}, and phys15's, {@code models/diag/session15/phys15-work.tsv}, are read the
 * same way.
 */
class StudentLinesTableTest {

    /**
     * grade14's hand-written set (models/diag/session14, the same columns): a diagnostic set its lane measured and then
     * fixed against, kept as a regression table. Its rows are numbered from 1001 (its line + 1000).
     */
    static final Path SESSION_14 = Path.of("models/diag/session14/grade14-work.tsv");

    /** phys15's hand-written set (physics and derivative working, side sums), the same columns; rows from 2001. */
    static final Path SESSION_15 = Path.of("models/diag/session15/phys15-work.tsv");

    static List<Arguments> rows() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                StudentLinesTableTest.class.getResourceAsStream("/grade/student-lines-13.tsv")), StandardCharsets.UTF_8))) {
            read(r, 0, out);
        }
        try (BufferedReader r = Files.newBufferedReader(SESSION_14, StandardCharsets.UTF_8)) {
            read(r, 1000, out);
        }
        try (BufferedReader r = Files.newBufferedReader(SESSION_15, StandardCharsets.UTF_8)) {
            read(r, 2000, out);
        }
        // grade16's hand-written set (subscripted names, unconverted units, final verdicts of simplify/expand/factor/
        // evaluate, item labels), with a 7th column: words a line's message must contain; rows from 3001
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                StudentLinesTableTest.class.getResourceAsStream("/grade/student-lines-16.tsv")), StandardCharsets.UTF_8))) {
            read(r, 3000, out);
        }
        return out;
    }

    /** The rows of a working table on the test class path ("/grade/student-lines-rev17.tsv"), numbered from 1. */
    static List<Arguments> rowsOf(String resource) throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(StudentLinesTableTest.class.getResourceAsStream(resource)), StandardCharsets.UTF_8))) {
            read(r, 0, out);
        }
        return out;
    }

    static void read(BufferedReader r, int from, List<Arguments> out) throws IOException {
        String line;
        int n = from;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t", -1);
            if (c.length < 6) throw new IllegalStateException("row " + n + " needs 6 tab-separated columns: " + line);
            out.add(Arguments.of(n, c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip(), c[4].strip(), c[5].strip(),
                    c.length > 6 ? c[6].strip() : "-"));
        }
    }

    @ParameterizedTest(name = "row {0}: {1} {2} | {3}")
    @MethodSource("rows")
    void eachLineIsJudgedAsATeacherWould(int row, String task, String problem, String work, String verdicts,
            String finalAnswer, String misconception, String said) throws Exception {
        List<String> lines = List.of(work.split(" ; ", -1));
        LineCheck.Report report = check(Task.of(task).orElseThrow(), problem, lines);
        StringBuilder got = new StringBuilder();
        for (LineCheck l : report.lines()) got.append(letter(l.status()));
        assertThat(got.toString()).as("verdicts of row %d, with messages %s", row,
                report.lines().stream().map(LineCheck::message).toList()).isEqualTo(verdicts);
        if (!finalAnswer.equals("-"))
            assertThat(report.finalAnswerCorrect()).as("final answer of row %d", row).contains(finalAnswer.equals("T"));
        if (!misconception.equals("-")) {
            int first = verdicts.indexOf('X');
            assertThat(report.lines().get(first).misconception().map(Misconception::label))
                    .as("mistake named on row %d", row).contains(misconception);
        }
        if (!said.equals("-"))
            assertThat(report.lines().stream().map(LineCheck::message).toList()).as("messages of row %d", row)
                    .anyMatch(m -> m.contains(said));
    }

    /** Physics problems are written "u=0 m/s, a=3 m/s^2 -> v = 6 m/s"; a system's equations are separated by ;. */
    static LineCheck.Report check(Task task, String problem, List<String> lines) throws Exception {
        if (task != Task.PHYSICS)
            return WorkChecker.check(task, Optional.of(problem), List.of(), Optional.empty(), lines, List.of());
        String[] halves = problem.split("->");
        List<Map.Entry<String, String>> givens = new ArrayList<>();
        for (String g : halves[0].split(",")) {
            int eq = g.indexOf('=');
            givens.add(Map.entry(g.substring(0, eq).strip(), g.substring(eq + 1).strip()));
        }
        String[] asked = halves[1].split("=");
        return WorkChecker.check(task, Optional.of(asked[0].strip()), givens, Optional.of(asked[1].strip()), lines, List.of());
    }

    private static char letter(LineCheck.Status s) {
        return switch (s) {
            case ON_PATH, VALID -> 'V';
            case INVALID -> 'X';
            case UNREADABLE -> 'U';
            case NOTE -> 'N';
        };
    }
}
