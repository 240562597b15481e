package app.stepwise.grade;

import app.stepwise.math.CaseTables;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * fix16: right answers and working marked wrong (rev16's findings), with the wrong ones like them that stay wrong. The
 * tables are {@code cases/answers-box-fix16.csv} (read as {@link AnswerBoxTableTest} reads its table) and
 * {@code grade/student-lines-fix16.tsv} (run by {@link StudentLinesTableTest}, with every working table).
 */
class Fix16FixesTest {

    static List<Arguments> answers() {
        return CaseTables.read("answers-box-fix16.csv");
    }

    @ParameterizedTest(name = "{0} {1} ← \"{3}\": {4}")
    @MethodSource("answers")
    void theAnswerBoxGradesAsTheTableSays(String kind, String expected, String options, String response, String verdict) {
        new AnswerBoxTableTest().gradesAsTheTableSays(kind, expected, options, response, verdict);
    }
}
