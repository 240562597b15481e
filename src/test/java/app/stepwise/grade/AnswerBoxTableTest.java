package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.AnswerSpec.Tolerance;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The answer box as students fill it in, every table of it: a value written the ways students write it, and wrong
 * answers written to look right. The tables are every {@code src/test/resources/cases/answers-box-*.csv} (ans15's, written
 * by hand, and fix16's: " | " between five columns) and every {@code src/test/resources/grade/answers-box-*.tsv} (grade16
 * on: tabs between six columns, the sixth words the message must contain or "-"; "\n" in a response is a line break).
 * Their headers say how to read and extend them; a later lane adds its own file, found here without code. A row is named
 * by its file and line.
 */
class AnswerBoxTableTest {

    private static final Pattern CSV = Pattern.compile("answers-box-.+\\.csv");
    private static final Pattern TSV = Pattern.compile("answers-box-.+\\.tsv");

    static List<Arguments> rows() throws IOException, URISyntaxException {
        List<Path> csv = StudentLinesTableTest.tablesOnTheClassPath("cases", CSV);
        List<Path> tsv = StudentLinesTableTest.tablesOnTheClassPath("grade", TSV);
        assertThat(csv).as("cases/answers-box-*.csv on the test class path").isNotEmpty();
        assertThat(tsv).as("grade/answers-box-*.tsv on the test class path").isNotEmpty();
        List<Arguments> out = new ArrayList<>();
        for (Path table : csv) read(table, " \\| ", 5, out);
        for (Path table : tsv) read(table, "\t", 6, out);
        return out;
    }

    /** The rows of one table, each named by its file and line; blank lines and # comments are skipped. */
    private static void read(Path table, String separator, int columns, List<Arguments> out) throws IOException {
        String file = table.getFileName().toString();
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split(separator, -1);
            if (c.length != columns)
                throw new IllegalStateException(file + " line " + n + " needs " + columns + " columns: " + line);
            out.add(Arguments.of(file + " line " + n, c[0].strip(), c[1].strip(), c[2].strip(),
                    c[3].strip().replace("\\n", "\n"), c[4].strip(), columns > 5 ? c[5].strip() : "-"));
        }
    }

    @ParameterizedTest(name = "{0}: {1} {2} [{3}] ← \"{4}\": {5}")
    @MethodSource("rows")
    void gradesAsTheTableSays(String row, String kind, String expected, String options, String response, String verdict,
            String said) {
        Grade g = graded(kind, expected, options, response);
        assertThat(AnswerCheckerTest.verdictOf(g)).as("%s: %s → %s", row, response, g).isEqualTo(verdict);
        assertThat(g.message()).as(row).isNotBlank();
        if (!said.equals("-")) assertThat(g.message()).as(row).contains(said);
    }

    /** The pack's decimal-places rule of a row: "dp=1" among the options before the question (grade22). */
    private static Optional<Integer> decimals(String options) {
        int question = options.indexOf("q=");
        var m = Pattern.compile("\\bdp=(\\d+)").matcher(question < 0 ? options : options.substring(0, question));
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /**
     * A row's answer spec (no form or figures) and its screen language (options "lang=es": Spanish), graded. A numeric
     * answer is exact unless the options give "tol=…" (0.01, 1%) (a quantity's: the teacher's own, else none), and has a decimal-places rule where they give "dp=…"
     * (grade22). "q=…", last in the options, is the problem's question (its statement), which the answer's unit or word is
     * held against (grade21).
     */
    static Grade graded(String kind, String expected, String options, String response) {
        Locale language = options.contains("lang=es") ? Locale.forLanguageTag("es") : Locale.ENGLISH;
        int tol = options.indexOf("tol=");
        Tolerance tolerance = tol < 0
                ? Tolerance.EXACT
                : Tolerance.parse(options.substring(tol + 4).split(",")[0].strip()).orElseThrow();
        AnswerSpec spec = switch (kind) {
            case "equation" -> new AnswerSpec.Equation(expected);
            case "set" -> new AnswerSpec.SolutionSet(expected);
            case "expression" -> new AnswerSpec.Expression(expected, Optional.empty());
            case "numeric" -> new AnswerSpec.Numeric(expected, tolerance, Optional.empty(), decimals(options));
            // a quantity's tolerance is the teacher's own where "tol=" gives it, else none (round23: the pack sets none)
            case "quantity" -> new AnswerSpec.Quantity(expected, tol < 0 ? Optional.empty() : Optional.of(tolerance),
                    Optional.empty(), false);
            default -> throw new IllegalArgumentException(kind);
        };
        int question = options.indexOf("q=");
        return question < 0
                ? AnswerChecker.check(spec, response, language)
                : AnswerChecker.check(spec, response, language, options.substring(question + 2).strip());
    }
}
