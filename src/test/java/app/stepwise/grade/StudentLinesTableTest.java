package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.Task;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Student working as students write it, line by line, for every kind of task: each line's verdict, whether the last line
 * answers the problem, and the mistake named at the first wrong line. The tables are every
 * {@code src/test/resources/grade/student-lines-*.tsv} (grade13's {@code student-lines-13.tsv} first, written by hand; its
 * header says how to read and extend them; a later lane adds its own file, found here without code), and two diagnostic
 * sets read the same way: grade14's {@code models/diag/session14/grade14-work.tsv} and phys15's
 * {@code models/diag/session15/phys15-work.tsv}. A 7th column, where there is one, holds words a line's message must
 * contain. A row is named by its file and its line.
 */
class StudentLinesTableTest {

    /** The working tables on the test class path: {@code grade/student-lines-*.tsv}. */
    private static final Pattern TABLE = Pattern.compile("student-lines-.+\\.tsv");

    /**
     * Hand-written diagnostic sets that their lanes measured and then fixed against, kept as regression tables: grade14's
     * and phys15's (physics and derivative working, side sums).
     */
    static final List<Path> DIAGNOSTIC_SETS = List.of(Path.of("models/diag/session14/grade14-work.tsv"),
            Path.of("models/diag/session15/phys15-work.tsv"));

    static List<Arguments> rows() throws IOException, URISyntaxException {
        List<Path> tables = tablesOnTheClassPath("grade", TABLE);
        assertThat(tables).as("grade/student-lines-*.tsv on the test class path").isNotEmpty();
        List<Arguments> out = new ArrayList<>();
        for (Path table : tables) read(table, out);
        for (Path table : DIAGNOSTIC_SETS) read(table, out);
        return out;
    }

    /** Every file in the test resources' {@code folder} whose name matches {@code name}, by name. */
    static List<Path> tablesOnTheClassPath(String folder, Pattern name) throws IOException, URISyntaxException {
        List<Path> tables = new ArrayList<>();
        for (URL url : Collections.list(StudentLinesTableTest.class.getClassLoader().getResources(folder))) {
            if (!url.getProtocol().equals("file")) continue; // the tables are files under target/test-classes
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                files.filter(f -> name.matcher(f.getFileName().toString()).matches()).forEach(tables::add);
            }
        }
        tables.sort(Comparator.comparing(f -> f.getFileName().toString()));
        return tables;
    }

    /** The rows of one table, each named by its file and line; blank lines and # comments are skipped. */
    private static void read(Path table, List<Arguments> out) throws IOException {
        String file = table.getFileName().toString();
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t", -1);
            if (c.length < 6)
                throw new IllegalStateException(file + " line " + n + " needs 6 tab-separated columns: " + line);
            out.add(Arguments.of(file + " line " + n, c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip(), c[4].strip(),
                    c[5].strip(), c.length > 6 ? c[6].strip() : "-"));
        }
    }

    @ParameterizedTest(name = "{0}: {1} {2} | {3}")
    @MethodSource("rows")
    void eachLineIsJudgedAsATeacherWould(String row, String task, String problem, String work, String verdicts,
            String finalAnswer, String misconception, String said) throws Exception {
        List<String> lines = List.of(work.split(" ; ", -1));
        LineCheck.Report report = check(Task.of(task).orElseThrow(), problem, lines);
        StringBuilder got = new StringBuilder();
        for (LineCheck l : report.lines()) got.append(letter(l.status()));
        assertThat(got.toString()).as("verdicts of %s, with messages %s", row,
                report.lines().stream().map(LineCheck::message).toList()).isEqualTo(verdicts);
        if (!finalAnswer.equals("-"))
            assertThat(report.finalAnswerCorrect()).as("final answer of %s", row).contains(finalAnswer.equals("T"));
        if (!misconception.equals("-")) {
            int first = verdicts.indexOf('X');
            assertThat(report.lines().get(first).misconception().map(Misconception::label))
                    .as("mistake named on %s", row).contains(misconception);
        }
        if (!said.equals("-"))
            assertThat(report.lines().stream().map(LineCheck::message).toList()).as("messages of %s", row)
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
