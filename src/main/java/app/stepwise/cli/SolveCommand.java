package app.stepwise.cli;

import app.stepwise.lesson.Problem;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Printer;
import app.stepwise.model.LocalModel;
import app.stepwise.model.ModelException;
import app.stepwise.solve.Family;
import app.stepwise.solve.Solvers;
import app.stepwise.solve.Step;
import app.stepwise.solve.Worked;
import app.stepwise.tutor.ModelSolution;
import app.stepwise.tutor.ProblemContext;
import app.stepwise.tutor.ProblemKinds;
import app.stepwise.tutor.ProblemReader;
import app.stepwise.tutor.Tutor;
import app.stepwise.tutor.VerifiedSolver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stepwise solve PACK ID} or {@code stepwise solve --family NAME --seed N}: a verified worked solution. */
@Command(name = "solve", description = "Print a worked solution: of a pack problem with a solver, or of a generated problem.")
final class SolveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(arity = "0..2", paramLabel = "PACK PROBLEM_ID")
    List<String> args = List.of();

    @Option(names = "--family", description = "a problem family (see --list)")
    String family;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--wording", defaultValue = "-1", description = "which wording (default: chosen by the seed)")
    int wording;

    @Option(names = "--list", description = "list the families")
    boolean list;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--text", description = "free problem text")
    String text;

    @Option(names = "--model", description = "with --text: the local model's own worked solution (its greedy solution "
            + "when that verifies, else built on one verified step at a time: up to 4 candidates a step, 30 s), shown only "
            + "when every step and the answer verify")
    boolean useModel;

    @Mixin
    ModelOption modelOption;

    @Mixin
    TeacherOption teacherOption;

    @Override
    public Integer call() {
        if (list) {
            for (Family f : Solvers.families())
                spec.commandLine().getOut().printf("%-26s %-8s %s%n", f.name(), f.subject(), String.join(", ", f.skills()));
            return 0;
        }
        if (text != null) return modelSolve();
        Worked w;
        if (family != null) {
            Optional<Family> f = Solvers.family(family);
            if (f.isEmpty())
                return GradeCommand.error(spec.commandLine().getOut(), "no family \"" + family + "\"; see stepwise solve --list");
            SplittableRandom r = new SplittableRandom(seed);
            w = Solvers.generate(f.get(), r, wording >= 0 ? wording : r.nextInt(f.get().wordings()));
        } else if (args.size() == 2) {
            PackArg named = PackArg.read(args.get(0), args.get(1));
            if (named.problem().isEmpty()) return GradeCommand.error(spec.commandLine().getOut(), named.error());
            Optional<Problem> p = named.problem();
            Tutor.SolutionAccess access = TeacherOption.solutionAccess(named.pack().get(), p.get(), teacherOption.file());
            if (!access.allowed()) {
                spec.commandLine().getOut().println(Json.write(Map.of("error", access.message(), "hiddenByTeacher", true)));
                return 1;
            }
            Optional<Worked> solved;
            try {
                solved = Solvers.forProblem(p.get());
            } catch (IllegalArgumentException | Solvers.UnverifiedException e) {
                return GradeCommand.error(spec.commandLine().getOut(),
                        "the solver cannot solve " + args.get(1) + ": " + e.getMessage());
            }
            if (solved.isEmpty())
                return GradeCommand.error(spec.commandLine().getOut(),
                        "problem " + args.get(1) + " names no solver family Stepwise knows");
            w = solved.get();
        } else {
            return GradeCommand.error(spec.commandLine().getOut(), "give PACK PROBLEM_ID, or --family NAME [--seed N]");
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("family", w.family());
            out.put("problem", w.statement());
            out.put("givens", w.givens().stream()
                    .map(g -> Map.of("symbol", g.symbol(), "value", g.value(), "description", g.description())).toList());
            out.put("steps", w.steps().stream().map(s -> Map.of("text", s.text(), "math", s.math(), "latex", latex(s.math()),
                    "operation", s.operation(), "verified", true)).toList());
            out.put("answer", w.answer());
            out.put("verified", true);
            spec.commandLine().getOut().println(Json.write(out));
        } else {
            spec.commandLine().getOut().println(w.statement());
            int n = 1;
            for (Step s : w.steps()) spec.commandLine().getOut().printf("%2d. %s%n      %s%n", n++, s.text(), s.math());
            spec.commandLine().getOut().println("Answer: " + w.answer());
        }
        return 0;
    }

    /**
     * Free text: read into a problem and solved by the general solvers (verified), or with --model the model's own
     * solution, shown only as far as it verifies; the answer must be what its last verified step says.
     */
    private int modelSolve() {
        Optional<LocalModel> loaded = Optional.empty();
        try {
            if (useModel) loaded = Optional.of(modelOption.load());
        } catch (ModelException e) {
            return GradeCommand.error(spec.commandLine().getOut(), "the model cannot be used: " + e.getMessage());
        }
        try {
            ProblemContext ctx = ProblemContext.fromText(text, loaded);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("reading", ctx.reading().map(ProblemReader.Reading::summary)
                    .orElse(ProblemReader.whyNotRead(text).english()));
            ctx.reading().ifPresent(r -> out.put("family", r.family()));
            ctx.reading().ifPresent(r -> out.put("readBy", r.source()));
            List<Map<String, Object>> steps = new java.util.ArrayList<>();
            String answer = "";
            boolean verified = false;
            String source = "none";
            if (loaded.isPresent()) {
                ModelSolution s;
                Optional<VerifiedSolver.Result> built = Optional.empty();
                if (ctx.checkable()) {
                    // the greedy solution when it verifies, else built on one verified step at a time, as hints are
                    // found; a rejected candidate is never shown
                    built = Optional.of(new VerifiedSolver(loaded.get(), VerifiedSolver.DEFAULT_CANDIDATES,
                            VerifiedSolver.DEFAULT_MAX_STEPS, VerifiedSolver.DEFAULT_BUDGET_MS).solve(ctx, () -> false));
                    s = built.get().solution();
                    out.put("modelDecoding", "verified:" + VerifiedSolver.DEFAULT_CANDIDATES);
                    out.put("modelEnd", built.get().end().name());
                    out.put("modelCandidates", built.get().candidates());
                } else {
                    s = ModelSolution.solve(loaded.get(), ctx); // nothing can be verified: shown for information only
                    out.put("modelDecoding", "greedy");
                }
                out.put("modelSteps", s.steps().stream()
                        .map(x -> Map.<String, Object>of("text", x.text(), "math", x.math(), "verified", x.verified())).toList());
                out.put("modelAnswer", s.answer());
                out.put("modelVerified", s.verified());
                if (!s.verified()) out.put("modelRejected", built.map(SolveCommand::rejection).orElseGet(() -> rejection(s)));
                out.put("ms", s.ms());
                if (s.verified()) {
                    for (var x : s.steps()) steps.add(Map.of("text", x.text(), "math", x.math(), "verified", true));
                    answer = s.answer();
                    verified = true;
                    source = "model";
                }
            }
            if (!verified && ctx.reading().isPresent()) {
                Worked w = ctx.reading().get().worked();
                for (Step x : w.steps()) steps.add(Map.of("text", x.text(), "math", x.math(), "verified", true));
                answer = w.answer();
                verified = true;
                source = "solver";
            }
            if (!verified && ctx.reading().isEmpty()) out.put("refusal", ProblemKinds.refusal(text).english());
            out.put("steps", steps);
            out.put("answer", answer);
            out.put("verified", verified);
            out.put("source", source);
            if (json) {
                spec.commandLine().getOut().println(Json.write(out));
            } else {
                if (out.containsKey("modelRejected"))
                    spec.commandLine().getOut().println("The model's solution was rejected: " + out.get("modelRejected") + ".");
                if (!verified) {
                    spec.commandLine().getOut().println(ctx.reading().isEmpty()
                            ? ProblemKinds.refusal(text).english()
                            : ProblemReader.CANNOT_CHECK);
                } else {
                    spec.commandLine().getOut().println(out.get("reading") + ".");
                    int n = 1;
                    for (var x : steps)
                        spec.commandLine().getOut().printf("%2d. %s%n      %s%n", n++, x.get("text"), x.get("math"));
                    spec.commandLine().getOut().println("Answer: " + answer + "   (" + source + ", verified"
                            + ModelReadNote.of(ctx.reading()) + ")");
                }
            }
            if (!verified) {
                // a refused problem is not a success: scripts see it in the exit status, people in the message (once:
                // the text above already says it)
                if (json) spec.commandLine().getErr().println("stepwise: " + ProblemReader.CANNOT_CHECK);
                return 1;
            }
            return 0;
        } catch (ModelException e) {
            return GradeCommand.error(spec.commandLine().getOut(), "the model cannot be used: " + e.getMessage());
        } finally {
            loaded.ifPresent(LocalModel::close);
        }
    }

    /** Why a solution built by verified decoding was not shown: where and why it stopped short of a verified answer. */
    static String rejection(VerifiedSolver.Result r) {
        ModelSolution s = r.solution();
        int n = s.steps().size();
        String after = n == 0 ? "before its first step" : "after " + n + (n == 1 ? " verified step" : " verified steps");
        return switch (r.end()) {
            // the count is that step's (at most the candidates per step the README gives), not the total so far
            case NO_VERIFIED_CANDIDATE -> (r.wholeTried() ? "its whole solution did not verify, and " : "") + "none of its "
                    + r.lastRound() + (r.lastRound() == 1 ? " candidate " : " candidates ")
                    + (n == 0 ? "for the first step" : "for step " + (n + 1)) + " verified (it stopped " + after + ")";
            case TIME_BUDGET -> "it ran out of time " + after;
            case STEP_CAP -> "it wrote " + n + " verified steps without reaching the answer";
            case MODEL_FAILED -> "the model failed " + after;
            case CANCELLED -> "it was cancelled " + after;
            case NOT_CHECKABLE -> "its steps cannot be checked";
            case WHOLE_SOLUTION, ANSWERED, WORKING_DONE -> rejection(s);
        };
    }

    /** Why the model's own solution was not shown: its first step that does not follow, or its answer. */
    static String rejection(ModelSolution s) {
        if (s.steps().isEmpty()) return "it wrote no steps" + (s.answer().isEmpty() ? "" : " (its answer: " + s.answer() + ")");
        for (int i = 0; i < s.steps().size(); i++) {
            ModelSolution.VerifiedStep x = s.steps().get(i);
            if (!x.verified())
                return "its answer " + (s.answer().isEmpty() ? "(none)" : s.answer()) + " rests on step " + (i + 1) + " ("
                        + x.math() + "), which the math engine does not accept";
        }
        if (!s.answerMatchedSteps())
            return "its answer line does not say what its last step says (" + s.steps().get(s.steps().size() - 1).math() + ")";
        return "its answer " + (s.answer().isEmpty() ? "(none)" : s.answer()) + " does not answer the problem";
    }

    static String latex(String math) {
        try {
            return Printer.latex(Parser.parse(math));
        } catch (MathSyntaxException e) {
            return math;
        }
    }
}
