package app.stepwise.cli;

import app.stepwise.app.AppPaths;
import app.stepwise.app.Logs;
import app.stepwise.app.Packs;
import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.PackProblem;
import app.stepwise.lesson.Problem;
import app.stepwise.model.ModelException;
import app.stepwise.model.ModelIntegrity;
import app.stepwise.solve.Solvers;
import app.stepwise.solve.Verifier;
import app.stepwise.solve.Worked;
import app.stepwise.tutor.Checking;
import app.stepwise.tutor.HintService;
import app.stepwise.tutor.ModelCatalog;
import app.stepwise.tutor.ProblemContext;
import app.stepwise.tutor.Tutor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code stepwise --self-test}: what school IT runs after installing, from the installed launcher. It loads the bundled
 * packs, grades an answer both ways, checks a worked solution line by line, generates a verified hint with the bundled
 * model, and writes and reads progress in a temporary profile (deleted afterwards). One line per check; exit 0 when all
 * pass.
 */
final class SelfTest {
    private final PrintWriter out;
    private final List<String> failures = new ArrayList<>();
    private List<LessonPack> packs = List.of();

    SelfTest(PrintWriter out) {
        this.out = out;
    }

    int run() {
        Logs.start(); // idempotent: the launcher has started it; a test may not have
        out.println("Stepwise self-test (" + VersionCommand.version() + ", Java " + Runtime.version() + ")");
        out.println("  program folder: " + AppPaths.appDir());
        out.println("  data folder:    " + AppPaths.userDir());
        step("lesson packs", this::loadPacks);
        Optional<Problem> worked = packs.stream().flatMap(p -> p.problems().stream())
                .filter(p -> !p.solution().isEmpty() && Checking.canCheckWork(p)).findFirst();
        step("grading", this::grading);
        step("worked solution", () -> workedSolution(worked));
        Path temp = null;
        try {
            temp = Files.createTempDirectory("stepwise-self-test");
            Path profile = temp;
            step("model hint", () -> modelHint(profile));
            step("progress", () -> progress(profile));
        } catch (IOException e) {
            fail("temp folder", "cannot create one: " + e.getMessage());
        } finally {
            deleteQuietly(temp);
        }
        step("log file", () -> {
            Path log = Logs.currentFile();
            if (!Files.isRegularFile(log)) throw new Failure("no log file at " + log + " (is the data folder writable?)");
            return "writing to " + log;
        });
        out.println(failures.isEmpty() ? "Self-test passed." : "Self-test FAILED: " + String.join(", ", failures) + ".");
        out.flush();
        return failures.isEmpty() ? 0 : 1;
    }

    private String loadPacks() {
        List<PackProblem.Report> reports = Packs.library().load();
        List<LessonPack> ok = reports.stream().filter(PackProblem.Report::ok).flatMap(r -> r.pack().stream()).toList();
        List<PackProblem.Report> bundledBroken = reports.stream()
                .filter(r -> !r.ok() && r.file().startsWith(AppPaths.bundledLessons())).toList();
        if (ok.isEmpty()) throw new Failure("no lesson pack could be loaded from " + AppPaths.bundledLessons());
        if (!bundledBroken.isEmpty())
            throw new Failure("a bundled pack is damaged: " + bundledBroken.get(0).problems().get(0).describe());
        long problems = ok.stream().mapToLong(p -> p.problems().size()).sum();
        packs = ok;
        return Counted.of(ok.size(), "pack") + ", " + Counted.of(problems, "problem");
    }

    private String grading() {
        Problem p = packs.stream().flatMap(pack -> pack.problems().stream())
                .filter(q -> q.answer() instanceof AnswerSpec.Equation || q.answer() instanceof AnswerSpec.Expression).findFirst()
                .orElseThrow(() -> new Failure("no problem with a typed answer in the packs"));
        String expected = p.answer().expected();
        var right = Checking.check(p, expected, List.of(), List.of()).answer().orElseThrow();
        var wrong = Checking.check(p, expected + " + 1", List.of(), List.of()).answer().orElseThrow();
        if (!right.correct()) throw new Failure(p.id() + ": its own answer " + expected + " was marked wrong");
        if (wrong.correct()) throw new Failure(p.id() + ": a wrong answer was marked right");
        return p.id() + ": '" + expected + "' right, '" + expected + " + 1' wrong";
    }

    private String workedSolution(Optional<Problem> problem) {
        Worked w = Solvers.generate(Solvers.family("linear-two-step").orElseThrow(), new SplittableRandom(20), 0);
        List<String> issues = Verifier.check(w);
        if (!issues.isEmpty()) throw new Failure("the solver's solution failed verification: " + issues.get(0));
        if (problem.isEmpty()) return "solver's solution verified (no pack problem has a worked solution)";
        Problem p = problem.get();
        List<String> lines = p.solution().stream().map(s -> s.math().isBlank() ? s.text() : s.math()).toList();
        var result = Checking.check(p, p.answer().expected(), lines, lines);
        if (result.firstError().isPresent())
            throw new Failure(p.id() + ": line " + result.firstError().get() + " of its worked solution was marked wrong");
        if (!result.answer().map(Checking.AnswerVerdict::correct).orElse(false))
            throw new Failure(p.id() + ": the worked solution's answer was marked wrong");
        return p.id() + ": " + Counted.of(lines.size(), "line") + " checked, all right; solver's solution verified";
    }

    private String modelHint(Path profile) {
        Path model = ModelCatalog.resolve(null);
        try (Tutor tutor = Tutor.withProgressFile(profile.resolve("progress.db"))) {
            if (!tutor.loadModel(model)) throw new Failure(tutor.modelStatus());
            HintService.Hint h = tutor.hints().next(ProblemContext.fromText("Solve 3x + 5 = 20."), List.of(), 3, s -> {},
                    () -> false);
            if (!h.verified() || h.source() != HintService.Source.MODEL)
                throw new Failure("the model gave no verified step (the hint came from the " + h.source().id() + ")");
            return "'" + h.step() + "' from " + tutor.model().orElseThrow().manifest().name() + ", verified, " + h.ms()
                    + " ms (files " + integrity(model) + ")";
        }
    }

    private static String integrity(Path model) {
        try {
            return ModelIntegrity.verify(model) == ModelIntegrity.Status.VERIFIED ? "match their SHA-256" : "not listed";
        } catch (ModelException e) {
            return e.getMessage();
        }
    }

    private String progress(Path profile) {
        Problem any = new Problem("self-test", "Solve x + 1 = 2.", List.of(), 1,
                new AnswerSpec.Equation("x = 1"), Optional.empty(), List.of(), List.of(), List.of(),
                Optional.empty());
        Path db = profile.resolve("progress.db");
        try (Tutor t = Tutor.withProgressFile(db)) {
            t.check("self-test-pack", any, "x = 1", List.of(), List.of());
            t.recordHint("self-test-pack", "self-test", 1, HintService.Source.SOLVER, true, 5);
        }
        try (Tutor t = Tutor.withProgressFile(db)) { // read back from the file
            var p = t.store().summary(t.profile(), "self-test-pack").get("self-test");
            if (p == null || p.attempts() != 1 || p.correctAttempts() != 1 || p.hintsUsed() != 1)
                throw new Failure("progress written was not read back (" + p + ")");
            return "an attempt and a hint written to and read back from a temporary profile";
        }
    }

    /** Runs one check: prints "ok" or "FAILED" with the reason; a bug is a failure too, never a crash. */
    private void step(String name, Supplier<String> check) {
        try {
            out.printf("  ok      %-16s %s%n", name, check.get());
        } catch (Failure e) {
            fail(name, e.getMessage());
        } catch (RuntimeException | Error e) { // DJL reports a broken native library as an AssertionError
            fail(name, "unexpected error: " + e);
        }
        out.flush();
    }

    private void fail(String name, String why) {
        failures.add(name);
        out.printf("  FAILED  %-16s %s%n", name, why);
        out.flush();
    }

    /** A check that did not pass, with the reason for the person running it. */
    private static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // the temp folder is the system's to clean
        }
    }
}
