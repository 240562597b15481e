package app.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.tutor.ModelSolution;
import app.stepwise.tutor.ProblemContext;
import app.stepwise.tutor.VerifiedSolver;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's exit codes and output contracts. */
public class CliTest {

    public record Run(int code, String out, String err) {}

    /** Runs the command line in a new JVM whose writes fail beyond {@code kb} KB, as on a full disk. */
    static Run underFileSizeLimit(Path home, int kb, String... args) throws IOException, InterruptedException {
        return javaUnderFileSizeLimit(kb, List.of("-Dstepwise.home=" + home), Main.class.getName(), args);
    }

    /**
     * Runs {@code mainClass} (on the tests' class path) in a new JVM whose writes fail beyond {@code kb} KB, as on a
     * full disk.
     */
    public static Run javaUnderFileSizeLimit(int kb, List<String> jvmOptions, String mainClass, String... args)
            throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash for ulimit");
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of("/bin/bash", "-c", "ulimit -f " + kb + "; trap '' XFSZ; exec \"$@\"",
                "limited", java, "-XX:-UsePerfData"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the command did not return within 120 s");
        }
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpWorksOnTheTopCommand() {
        for (String flag : new String[]{"--help", "-h"}) {
            Run r = run(flag);
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Usage: stepwise");
        }
    }

    @Test
    void helpWorksOnEveryVerb() {
        Map<String, CommandLine> verbs = Main.commandLine().getSubcommands();
        assertThat(verbs).isNotEmpty();
        for (String verb : verbs.keySet()) {
            for (String flag : new String[]{"--help", "-h"}) {
                Run r = run(verb, flag);
                assertThat(r.code()).as(verb + " " + flag + ": " + r.err()).isZero();
                assertThat(r.out()).as(verb + " " + flag).contains("Usage: stepwise " + verb);
            }
        }
    }

    @Test
    void validateExitsZeroOnTheBundledPacks() {
        Run r = run("validate", "lessons/linear-equations.json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("ok (6 problems)");
    }

    @Test
    void validateNamesFileLineAndColumnOfEachError(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad,
                "{\n  \"schemaVersion\": 1,\n  \"id\": \"b\",\n  \"title\": \"Bad\",\n  \"subject\": \"maths\",\n  \"problems\": []\n}\n");
        Run r = run("validate", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains(bad + ":5:14: \"subject\" is \"maths\"");
        Run json = run("validate", "--json", bad.toString());
        assertThat(json.out()).contains("\"line\":5", "\"column\":14", "\"pointer\":\"/subject\"");
    }

    @Test
    void validateExitsTwoForAMissingFile() {
        assertThat(run("validate", "no/such/pack.json").code()).isEqualTo(2);
    }

    @Test
    void gradePrintsTheJsonContract() {
        Run r = run("grade", "--kind", "expression", "--expected", "2x+2", "--response", "2(x+1)");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip())
                .isEqualTo("{\"correct\":true,\"partial\":false,\"test\":\"equivalence\",\"message\":\"Correct.\"}");
        Run pack = run("grade", "lessons/linear-equations.json", "le-02", "x = 6");
        assertThat(pack.out()).contains("\"correct\":false");
        Run unit = run("grade", "--kind", "quantity", "--expected", "12 m/s", "--response", "12");
        assertThat(unit.out()).contains("\"partial\":true", "\"test\":\"unit-missing\"");
    }

    @Test
    void checkStepsPrintsPerLineStatusAndTheFirstError(@TempDir Path dir) throws Exception {
        Path work = dir.resolve("work.txt");
        Files.writeString(work, "2x + 3 = 14\n2x = 11\nx = 5.5\n");
        Run r = run("check-steps", "--task", "solve", "--start", "2(x + 3) = 14", work.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"firstError\":1", "\"misconception\":\"distribute-first-only\"", "\"status\":\"invalid\"",
                "\"finalAnswerCorrect\":false");
        Run pack = run("check-steps", "lessons/linear-equations.json", "le-02", work.toString());
        assertThat(pack.out()).contains("\"firstError\":1");
        assertThat(run("check-steps", "--task", "solve", "--start", "2x +", work.toString()).code()).isEqualTo(2);
    }

    @Test
    void gradeBatchGradesOneAnswerALineInOneRun(@TempDir Path dir) throws Exception {
        Path batch = dir.resolve("answers.jsonl");
        Files.writeString(batch, """
                {"kind": "expression", "expected": "2x+2", "response": "2(x+1)"}
                {"kind": "quantity", "expected": "12 m/s", "response": "12"}
                {"kind": "numeric", "expected": "9", "response": "6/2 3"}
                {"kind": "expression", "expected": "2x+(", "response": "1"}
                """);
        Run r = run("grade", "--batch", batch.toString());
        assertThat(r.code()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("{\"correct\":true,\"partial\":false,\"test\":\"equivalence\",\"message\":\"Correct.\"}");
        assertThat(lines[1]).contains("\"partial\":true", "\"test\":\"unit-missing\"");
        assertThat(lines[2]).contains("\"correct\":false", "\"test\":\"unreadable\"", "side by side");
        assertThat(lines[3]).startsWith("{\"error\":");
    }

    /** An answer that starts with a minus sign is the answer, not an unknown option (review20 finding 13). */
    @Test
    void gradeTakesAnAnswerThatStartsWithAMinusSign() {
        for (String answer : new String[]{"-6", "-6, 6", "-x = 6"}) {
            Run r = run("grade", "lessons/linear-equations.json", "le-02", answer);
            assertThat(r.code()).as(answer + ": " + r.err()).isZero();
            assertThat(r.out()).contains("\"correct\":").doesNotContain("Unknown option");
        }
    }

    @Test
    void gradeExitsTwoWithAJsonErrorWhenItCannotGrade() {
        Run r = run("grade", "--kind", "expression", "--expected", "2x+(", "--response", "1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).startsWith("{\"error\":");
        assertThat(run("grade", "lessons/linear-equations.json", "nope", "1").code()).isEqualTo(2);
    }
    @Test
    void gradeAcceptsNumberAsTheNumericKind() {
        Run r = run("grade", "--kind", "number", "--expected", "12", "--response", "12.0");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"correct\":true");
        assertThat(run("grade", "--kind", "number", "--expected", "12", "--response", "13").out()).contains("\"correct\":false");
        assertThat(run("grade", "--help").out()).contains("number");
    }

    @Test
    void solveTextExitsNonZeroWithAMessageWhenTheProblemIsRefused() {
        Run refused = run("solve", "--text", "Integrate 6x^2 with respect to x.");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).contains("can't check this kind of problem");
        assertThat(refused.out() + refused.err()).as("said once in a terminal (review20)")
                .containsOnlyOnce("can't check this kind of problem");
        Run json = run("solve", "--text", "Integrate 6x^2 with respect to x.", "--json");
        assertThat(json.code()).isEqualTo(1);
        assertThat(json.err()).as("beside the JSON, for people").contains("can't check this kind of problem");
        // typed21: what it can check, and an example to type
        assertThat(refused.out()).contains("It can check:", "• Physics with units:", "For example, you could type: ");
        assertThat(json.out()).contains("\"refusal\":\"Stepwise can't check this kind of problem yet. It can check:");
        Run read = run("solve", "--text", "Solve 2x + 3 = 11.");
        assertThat(read.code()).isZero();
        assertThat(read.out()).contains("x = 4");
    }

    @Test
    void hintTextExitsNonZeroWhenTheProblemIsRefused() {
        assertThat(run("hint", "--text", "Find the median of 3, 9, 4.", "--no-model").code()).isEqualTo(1);
        // said once on each stream, as solve --text says it: it was printed twice more, with "(none, not verified, 1 ms)"
        Run refused = run("hint", "--text", "Integrate 6x^2 with respect to x.", "--no-model");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out().strip()).startsWith("Stepwise can't check this kind of problem yet. It can check:")
                .endsWith("For example, you could type: Solve 3x + 5 = 20");
        assertThat(refused.err()).containsOnlyOnce("can't check this kind of problem");
        assertThat(run("hint", "--text", "Solve 2x + 3 = 11.", "--no-model").code()).isZero();
    }

    @Test
    void aRejectedModelSolutionSaysWhichStepAndWhatAnswer() {
        var ctx = ProblemContext.fromText("Solve 3x + 5 = 20.", Optional.empty());
        var wrong = ModelSolution.checkText(ctx,
                "<|step|>Add 5 to both sides.<|math|>3x = 25<|step|>Divide both sides by 3.<|math|>x = 25/3<|answer|>x = 25/3");
        assertThat(wrong.verified()).isFalse();
        assertThat(SolveCommand.rejection(wrong)).contains("x = 25/3").contains("step 1 (3x = 25)");
        var none = ModelSolution.checkText(ctx, "<|answer|>x = 9");
        assertThat(SolveCommand.rejection(none)).contains("no steps");
    }

    @Test
    void aVerifiedSolutionThatStopsShortSaysWhereAndWhy() {
        var ctx = ProblemContext.fromText("Solve 3x + 5 = 20.", Optional.empty());
        var partial = ModelSolution.checkText(ctx, "<|step|>Subtract 5 from both sides.<|math|>3x = 15");
        // the whole solution (1), then step 2's 4 candidates: the message counts step 2's, as the README says
        var stuck = new VerifiedSolver.Result(partial, VerifiedSolver.End.NO_VERIFIED_CANDIDATE, 2, 5, 4, true, 100, 10);
        assertThat(SolveCommand.rejection(stuck)).isEqualTo(
                "its whole solution did not verify, and none of its 4 candidates for step 2 verified (it stopped after 1 verified step)");
        var stepByStep = new VerifiedSolver.Result(partial, VerifiedSolver.End.NO_VERIFIED_CANDIDATE, 2, 8, 4, false, 100, 10);
        assertThat(SolveCommand.rejection(stepByStep)).startsWith("none of its 4 candidates for step 2 verified");
        var late = new VerifiedSolver.Result(partial, VerifiedSolver.End.TIME_BUDGET, 2, 5, 4, true, 100, 10);
        assertThat(SolveCommand.rejection(late)).contains("ran out of time after 1 verified step");
    }
}
