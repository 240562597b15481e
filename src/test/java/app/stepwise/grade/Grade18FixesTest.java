package app.stepwise.grade;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * grade18's fixes: a wrong number substituted into a formula, a false or huge check after the answer, a rounding
 * rounded again across lines. The rows are in {@code src/test/resources/grade/answers-box-18.tsv} and
 * {@code student-lines-18.tsv}, read as grade16's tables.
 */
class Grade18FixesTest {

    @ParameterizedTest(name = "{0} {1} [{2}] ← \"{3}\": {4}")
    @CsvFileSource(resources = "/grade/answers-box-18.tsv", delimiter = '\t')
    void gradesTheAnswerBoxAsTheTableSays(String kind, String expected, String options, String response, String verdict,
            String said) {
        new Grade16FixesTest().gradesAsTheTableSays(kind, expected, options, response.replace("\\n", "\n"), verdict, said);
    }

    static List<Arguments> working() throws IOException {
        return StudentLinesTableTest.rowsOf("/grade/student-lines-18.tsv");
    }

    @ParameterizedTest(name = "row {0}: {1} {2} | {3}")
    @MethodSource("working")
    void judgesTheWorkingAsTheTableSays(int row, String task, String problem, String work, String verdicts,
            String finalAnswer, String misconception, String said) throws Exception {
        new StudentLinesTableTest().eachLineIsJudgedAsATeacherWould(row, task, problem, work, verdicts, finalAnswer,
                misconception, said);
    }
}
