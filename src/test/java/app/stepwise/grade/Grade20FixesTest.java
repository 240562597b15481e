package app.stepwise.grade;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * grade20's fixes in the answer box: a set's rounded answer follows ADR 0020 as a number's does (a value whose decimal
 * ends is written in full), and a percent for a fraction or decimal is rounded in the scale it is written in. The rows
 * are in {@code src/test/resources/grade/answers-box-20.tsv}; the working's are in {@code student-lines-grade20.tsv} (run
 * by StudentLinesTableTest with every student-lines table).
 */
class Grade20FixesTest {

    @ParameterizedTest(name = "{0} {1} [{2}] ← \"{3}\": {4}")
    @CsvFileSource(resources = "/grade/answers-box-20.tsv", delimiter = '\t')
    void gradesTheAnswerBoxAsTheTableSays(String kind, String expected, String options, String response, String verdict,
            String said) {
        new Grade16FixesTest().gradesAsTheTableSays(kind, expected, options, response.replace("\\n", "\n"), verdict, said);
    }
}
