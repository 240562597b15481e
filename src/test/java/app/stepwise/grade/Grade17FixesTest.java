package app.stepwise.grade;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * grade17: a name written for one moment of a motion held to that moment's value, and the other leftovers of session 16.
 * The working's table is {@code grade/student-lines-17.tsv}, read as {@link StudentLinesTableTest} reads its table.
 */
class Grade17FixesTest {

    static List<Arguments> working() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                Grade17FixesTest.class.getResourceAsStream("/grade/student-lines-17.tsv")), StandardCharsets.UTF_8))) {
            StudentLinesTableTest.read(r, 0, out);
        }
        return out;
    }

    @ParameterizedTest(name = "row {0}: {1} {2} | {3}")
    @MethodSource("working")
    void theWorkingIsJudgedAsTheTableSays(int row, String task, String problem, String work, String verdicts,
            String finalAnswer, String misconception, String said) throws Exception {
        new StudentLinesTableTest().eachLineIsJudgedAsATeacherWould(row, task, problem, work, verdicts, finalAnswer,
                misconception, said);
    }
}
