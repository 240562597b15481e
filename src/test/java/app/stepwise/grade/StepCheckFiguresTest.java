package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.Task;
import app.stepwise.math.CaseTables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The figures of the step checker over both case tables: precision and recall of "this line is wrong" on the
 * lines whose truth the tables state (every line before the first error is right, the first error is wrong),
 * and how often the first error is located exactly. Printed for the closing notes; the targets are asserted.
 */
class StepCheckFiguresTest {

    record Case(List<String> lines, int firstError, LineCheck.Report report) {}

    static List<Case> cases() throws Exception {
        List<Case> out = new ArrayList<>();
        for (Arguments a : CaseTables.read("steps.csv")) {
            Object[] f = a.get();
            List<String> lines = split((String) f[2]);
            out.add(new Case(lines, Integer.parseInt((String) f[3]),
                    StepChecker.check(Task.of((String) f[0]).orElseThrow(), (String) f[1], lines, List.of())));
        }
        for (Arguments a : CaseTables.read("physics-steps.csv")) {
            Object[] f = a.get();
            List<String> lines = split((String) f[4]);
            var s = PhysicsStepsTest.situation((String) f[0], (String) f[1], (String) f[2]);
            List<String> reference = f[3].equals("-") ? List.of() : split((String) f[3]);
            out.add(new Case(lines, Integer.parseInt((String) f[5]), PhysicsSteps.check(s, lines, reference)));
        }
        return out;
    }

    static List<String> split(String s) {
        return Arrays.stream(s.split(";")).map(String::strip).toList();
    }

    @Test
    void noCorrectLineIsMarkedWrongAndFirstErrorsAreFound() throws Exception {
        int tp = 0, fp = 0, fn = 0, located = 0;
        List<Case> all = cases();
        for (Case c : all) {
            int judged = c.firstError() == 0 ? c.lines().size() : c.firstError();
            for (int i = 0; i < judged; i++) {
                var status = c.report().lines().get(i).status();
                boolean saidWrong = status == LineCheck.Status.INVALID || status == LineCheck.Status.UNREADABLE;
                boolean wrong = i + 1 == c.firstError();
                if (saidWrong && wrong) tp++;
                if (saidWrong && !wrong) fp++;
                if (!saidWrong && wrong) fn++;
            }
            if (c.report().firstError().orElse(0) == c.firstError()) located++;
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        double firstErrorAccuracy = located / (double) all.size();
        System.out.printf(
                "step-check figures: %d worked solutions; line-is-wrong precision %.3f recall %.3f (tp %d, fp %d, fn %d); first error located %.3f%n",
                all.size(), precision, recall, tp, fp, fn, firstErrorAccuracy);
        assertThat(all.size()).isGreaterThanOrEqualTo(80);
        assertThat(fp).as("correct lines marked wrong").isZero();
        assertThat(firstErrorAccuracy).isGreaterThanOrEqualTo(0.95);
    }
}
