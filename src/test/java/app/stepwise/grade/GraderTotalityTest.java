package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.Task;
import app.stepwise.math.Budget;
import app.stepwise.lesson.AnswerSpec.SigFigs;
import app.stepwise.lesson.AnswerSpec.Tolerance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Whatever a student types, the grader answers with a verdict and a message: no exception escapes the answer check, the
 * step check or the physics step check. The properties run on every build; {@link #fuzzForMinutes()} is the long run
 * ({@code -Dstepwise.fuzz.minutes=10}), which prints how many inputs it tried and every exception it met.
 */
class GraderTotalityTest {

    /** Pieces students (and hostile inputs) put together: numbers of every size, names, functions, units, symbols. */
    private static final String[] PIECES = {"x", "y", "a", "b", "R1", "m1", "v_0", "mu", "rho", "theta", "Delta", "e", "pi",
            "π", "2", "0", "-", "+", "*", "/", "^", "(", ")", "[", "]", "{", "}", "|", "=", "==", ",", " or ", " ", "1/2",
            "1/2x", "5/9 (", "1e4000", "1e-4000", "10^400", "9^9^9", "1e99999999999", "0.000", "3.14159", "²", "⁻³", "√",
            "∛", "±", "+/-", "sin", "cos", "tan", "cosec", "sech", "arcsinh", "sgn", "foo(", "ln", "log", "exp", "sqrt",
            "abs", "x^(10^9)", "(x-1)^6000", " e^x", "kg", " m/s^2", " km/h", " mL", " eV", " kN/m^2", "m^99999999",
            "s^(-2)", "°C", "%", "1,500", "so ", "=>", "dy/dx", "0/0", "1/0", "x/0", "ln(0)", "sqrt(-1)", "...", "@", "\\",
            "ω", "Ω", "μ", "·", "×", "÷", "−"};

    private static final List<AnswerSpec> SPECS = List.of(new AnswerSpec.Expression("2x + 2", Optional.empty()),
            new AnswerSpec.Expression("1/2 m v^2", Optional.of(AnswerSpec.Form.FACTORED)),
            new AnswerSpec.Equation("x = 4"), new AnswerSpec.Equation("y = 2x + 3"),
            new AnswerSpec.SolutionSet("{2, -3}"),
            new AnswerSpec.Numeric("0.25", Tolerance.EXACT, Optional.of(new SigFigs(2, true))),
            new AnswerSpec.Numeric("pi", Tolerance.DEFAULT_RELATIVE, Optional.empty(), Optional.of(2)),
            new AnswerSpec.Numeric("15%", Tolerance.EXACT, Optional.empty()),
            new AnswerSpec.Quantity("12 m/s", Optional.empty(), Optional.of(new SigFigs(2, false)), true),
            new AnswerSpec.Quantity("(600/pi) kN/m^2", Optional.empty(), Optional.empty()),
            new AnswerSpec.MultipleChoice(List.of("mass", "force"), 1),
            new AnswerSpec.Expression("12x^7", Optional.of(AnswerSpec.Form.SIMPLIFIED)));

    @Provide
    Arbitrary<String> typed() {
        return Arbitraries.oneOf(Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(14).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(40));
    }

    @Property(tries = 300)
    void anAnswerCheckAlwaysGivesAGrade(@ForAll("typed") String response) {
        for (AnswerSpec spec : SPECS) {
            Grade g = AnswerChecker.check(spec, response);
            assertThat(g.message()).isNotBlank();
            assertThat(g.correct() && g.partial()).isFalse();
        }
    }

    @Property(tries = 200)
    void aSystemCheckAlwaysGivesAVerdictPerLine(@ForAll("typed") String a, @ForAll("typed") String b) throws Exception {
        LineCheck.Report r = SystemSteps.check("2x + y = 9; 3x - y = 11", List.of(a, b), List.of("5x = 20", "x = 4"));
        assertThat(r.lines()).hasSize(2);
    }

    @Property(tries = 200)
    void aStepCheckAlwaysGivesAVerdictPerLine(@ForAll("typed") String a, @ForAll("typed") String b) throws Exception {
        for (Task task : List.of(Task.SOLVE, Task.SIMPLIFY, Task.DIFFERENTIATE)) {
            String start = task == Task.SOLVE ? "3x + 5 = 20" : "x^2 + sec(x)";
            LineCheck.Report r = StepChecker.check(task, start, List.of(a, b), List.of("3x = 15", "x = 5"));
            assertThat(r.lines()).hasSize(2);
        }
    }

    @Property(tries = 200)
    void aPhysicsCheckAlwaysGivesAVerdictPerLine(@ForAll("typed") String a, @ForAll("typed") String b) throws Exception {
        var s = PhysicsSteps.Situation.of(List.of(Map.entry("m", "2 kg"), Map.entry("v", "3 m/s"), Map.entry("R1", "4 ohm")),
                Optional.of("E_k"), Optional.of("9 J"));
        LineCheck.Report r = PhysicsSteps.check(s, List.of(a, b), List.of("E_k = 1/2 m v^2", "E_k = 9"));
        assertThat(r.lines()).hasSize(2);
    }

    /** The long fuzz run: random lines through every checker for the minutes given, reporting counts and exceptions. */
    @Test
    void fuzzForMinutes() {
        String minutes = System.getProperty("stepwise.fuzz.minutes");
        Assumptions.assumeTrue(minutes != null, "set -Dstepwise.fuzz.minutes=N for the long run");
        long end = System.nanoTime() + (long) (Double.parseDouble(minutes) * 60e9);
        Random random = new Random(Long.getLong("stepwise.fuzz.seed", 13L));
        long executions = 0;
        long slowest = 0;
        String slowestInput = "";
        long slowestCheckCpu = 0;
        String slowestCheck = "";
        List<String> failures = new ArrayList<>();
        while (System.nanoTime() < end) {
            String line = randomLine(random);
            long t0 = System.nanoTime();
            try {
                long c0 = Budget.now();
                AnswerChecker.check(SPECS.get(random.nextInt(SPECS.size())), line);
                long c1 = Budget.now();
                StepChecker.check(random.nextBoolean() ? Task.SOLVE : Task.SIMPLIFY,
                        random.nextBoolean() ? "3x + 5 = 20" : "2(x + 1)", List.of(line), List.of());
                long c2 = Budget.now();
                PhysicsSteps.check(PhysicsSteps.Situation.of(List.of(Map.entry("m", "2 kg"), Map.entry("v", "3 m/s")),
                        Optional.of("E_k"), Optional.of("9 J")), List.of(line), List.of("E_k = 1/2 m v^2"));
                long c3 = Budget.now();
                long worst = Math.max(c1 - c0, Math.max(c2 - c1, c3 - c2));
                if (worst > slowestCheckCpu) {
                    slowestCheckCpu = worst;
                    slowestCheck = line;
                }
            } catch (Exception | StackOverflowError e) {
                if (failures.size() < 50) failures.add(e + " ← " + line);
            }
            long took = System.nanoTime() - t0;
            if (took > slowest) {
                slowest = took;
                slowestInput = line;
            }
            executions++;
        }
        System.out.printf(
                "fuzz: %d executions (each: answer, step and physics check), %d exceptions, slowest execution %.0f ms wall: %s;"
                        + " slowest single check %.0f ms CPU: %s%n",
                executions, failures.size(), slowest / 1e6, slowestInput, slowestCheckCpu / 1e6, slowestCheck);
        failures.forEach(f -> System.out.println("fuzz exception: " + f));
        assertThat(failures).isEmpty();
    }

    private static String randomLine(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(16);
        for (int i = 0; i < n; i++) {
            if (random.nextInt(10) == 0) sb.append((char) (32 + random.nextInt(0x3000)));
            else
                sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }
}
