package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.math.CaseTables;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An adversarial set of physics working ({@code cases/physics-adversarial.csv}, review of ADR 0010): wrong values under
 * new names, units of another kind, notations students use (F(net), F_{net}, ½, Ek). Each row's verdict is a careful
 * teacher's; rows the checker still grades otherwise are comments "# KNOWN FAILURE (defect): row" and are not run.
 */
class PhysicsAdversarialTest {

    static final String TABLE = "physics-adversarial.csv";

    static List<Arguments> table() {
        return CaseTables.read(TABLE);
    }

    @ParameterizedTest(name = "{4} → first error {5}")
    @MethodSource("table")
    void gradesAdversarialWorkingAsATeacherWould(String givens, String unknown, String answer, String reference,
            String work, String firstError, String misconception) throws Exception {
        PhysicsHandwrittenTest.assertGradedAsWritten(givens, unknown, answer, reference, work, firstError, misconception);
    }

    @Test
    void aQuantityWrittenInAUnitOfAnotherKindIsWrongAndSaysSo() throws Exception {
        var s = PhysicsStepsTest.situation("m=10 kg; μ=0.3; F=60 N", "a", "3.06 m/s^2");
        LineCheck.Report r = PhysicsSteps.check(s, List.of("a = 3.06 m/s"), List.of("a = (F - μ m g)/m", "a = 3.06"));
        assertThat(r.firstError()).contains(1);
        assertThat(r.lines().get(0).said().key()).isEqualTo("line.otherKinds");
        assertThat(r.finalAnswerCorrect()).contains(false);
    }

    @Test
    void aFormulaOfAnotherKindIsWrongEvenWhereItsNumberIsRight() throws Exception {
        var s = PhysicsStepsTest.situation("m=2 kg; v=2 m/s", "E_k", "4 J");
        LineCheck.Report r = PhysicsSteps.check(s, List.of("KE = m v = 2 × 2 = 4 J"), List.of("E_k = 1/2 m v^2", "E_k = 4"));
        assertThat(r.firstError()).contains(1);
        assertThat(r.lines().get(0).said().key()).isEqualTo("line.otherKinds");
    }

    @Test
    void anUnlistedNameWhoseNumberIsAnotherNamedQuantityIsAskedAboutNotAccepted() throws Exception {
        var s = PhysicsStepsTest.situation("m=10 kg; μ=0.3; F=60 N", "a", "3.06 m/s^2");
        List<String> ref = List.of("N = m g", "f = μ N", "a = (F - f)/m");
        LineCheck.Report box = PhysicsSteps.check(s, List.of("F_box = 98 N"), ref);
        assertThat(box.lines().get(0).status()).isEqualTo(LineCheck.Status.UNREADABLE);
        assertThat(box.lines().get(0).said().key()).isEqualTo("line.nameForOther");
        assertThat(box.firstError()).contains(1);
        // F_pull is a listed name of the applied force (grade8): the given's value is right, another value wrong
        LineCheck.Report pull = PhysicsSteps.check(s, List.of("F_pull = 98 N"), ref);
        assertThat(pull.lines().get(0).status()).isEqualTo(LineCheck.Status.INVALID);
        assertThat(PhysicsSteps.check(s, List.of("F_pull = 60 N"), ref).lines().get(0).status())
                .isEqualTo(LineCheck.Status.VALID);
        assertThat(PhysicsSteps.check(s, List.of("pushing force = 29.4 N"), ref).firstError()).contains(1);
        // a name with one of the quantity's listed names in it, or a quantity with none, is still accepted
        assertThat(PhysicsSteps.check(s, List.of("N_1 = 98 N"), ref).lines().get(0).status()).isEqualTo(LineCheck.Status.VALID);
        assertThat(PhysicsSteps.check(s, List.of("F_unbalanced = 30.6 N"), ref).lines().get(0).status())
                .isEqualTo(LineCheck.Status.VALID);
    }

    @Test
    void readsTheNotationsStudentsUseForTheSameName() {
        assertThat(PhysicsSteps.usualNotation("F_{net} = 30.6 N")).isEqualTo("F_net = 30.6 N");
        assertThat(PhysicsSteps.usualNotation("F(net) = 60 - 29.4")).isEqualTo("F_net = 60 - 29.4");
        assertThat(PhysicsSteps.usualNotation("E = m(gh)")).isEqualTo("E = m(gh)"); // not a listed name: a product
        assertThat(PhysicsSteps.usualNotation("KE = ½mv²")).isEqualTo("KE =  1/2 mv²");
        // in a problem with its angles in degrees
        assertThat(PhysicsSteps.inDegrees("R = m g cos 30 = 49 cos(30) = 42.4 N"))
                .isEqualTo("R = m g cos(30°) = 49 cos(30°) = 42.4 N");
        assertThat(PhysicsSteps.inDegrees("sin(30°) + cos(θ)")).isEqualTo("sin(30°) + cos(θ)");
    }

    @Test
    void printsHowManyAreGradedAsWrittenAndTheKnownFailures() throws Exception {
        int right = 0;
        List<Arguments> all = table();
        for (Arguments a : all)
            if (PhysicsHandwrittenTest.gradedAsWritten(a.get(), PhysicsHandwrittenTest.check(a.get()))) right++;
        int known = 0;
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream("/cases/" + TABLE)), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null;) {
                if (!line.startsWith("# KNOWN FAILURE")) continue;
                known++;
                String[] f = line.substring(line.indexOf("): ") + 3).split(" \\| ", -1);
                for (int k = 0; k < f.length; k++) f[k] = f[k].strip();
                LineCheck.Report r = PhysicsHandwrittenTest.check(f);
                System.out.printf("known failure, %s: %s → first error %s%n",
                        PhysicsHandwrittenTest.gradedAsWritten(f, r) ? "now graded as written" : "still", f[4], r.firstError());
            }
        }
        System.out.printf("adversarial physics: %d of %d run rows graded as written; %d known failures not run%n", right,
                all.size(), known);
        assertThat(right).isEqualTo(all.size());
    }
}
