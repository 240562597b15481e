package app.stepwise.cli;

import app.stepwise.app.InputLimits;
import app.stepwise.grade.LineCheck;
import app.stepwise.grade.PhysicsSteps;
import app.stepwise.grade.StepChecker;
import app.stepwise.grade.WorkChecker;
import app.stepwise.lesson.Problem;
import app.stepwise.lesson.Task;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.tutor.ProblemContext;
import app.stepwise.tutor.ReadWork;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stepwise check-steps}: judges a student's working line by line and prints the JSON contract. */
@Command(name = "check-steps", description = "Check each line of a student's working (from a file or - for standard input).")
final class CheckStepsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--task", description = "solve, simplify, expand, factor, evaluate, differentiate, system, physics")
    String taskWord;

    @Option(names = "--given", description = "physics: a given quantity, e.g. --given \"m=2 kg\" (repeat for each)")
    List<String> givens = new ArrayList<>();

    @Option(names = "--unknown", description = "physics: the symbol asked for, e.g. a")
    String unknown;

    @Option(names = "--answer", description = "physics: the expected answer with its unit, e.g. \"3 m/s^2\"")
    String answer;

    @Option(names = "--reference", description = "a reference step (repeat, in order): lines are aligned with them")
    List<String> referenceSteps = new ArrayList<>();

    @Option(names = "--start", description = "the starting equation or expression")
    String start;

    @Parameters(arity = "1..3", paramLabel = "[PACK PROBLEM_ID] WORKFILE|-")
    List<String> args;

    @Override
    public Integer call() {
        List<String> reference = referenceSteps;
        Optional<Problem> problem = Optional.empty();
        String workArg;
        Task task = null; // --task, for working without a pack
        if (args.size() == 3) {
            PackArg named = PackArg.read(args.get(0), args.get(1));
            if (named.problem().isEmpty()) return GradeCommand.error(spec.commandLine().getOut(), named.error());
            problem = named.problem().map(ReadWork::complete);
            if (!WorkChecker.checkable(problem.get()))
                return GradeCommand.error(spec.commandLine().getOut(),
                        "problem " + args.get(1) + " has no \"work\" to check against");
            if (reference.isEmpty()) reference = ProblemContext.of(problem.get()).referenceMath(); // the solver's steps, else the authored ones
            workArg = args.get(2);
        } else if (args.size() == 1) {
            Optional<Task> named = Task.of(taskWord == null ? "" : taskWord);
            if (taskWord != null && named.isEmpty())
                return GradeCommand.error(spec.commandLine().getOut(),
                        "--task is one of " + String.join(", ", Task.ids()) + " (got \"" + taskWord + "\")");
            task = named.orElse(null);
            if (task == null || start == null && task != Task.PHYSICS)
                return GradeCommand.error(spec.commandLine().getOut(),
                        "give --task and --start (or --given for physics), or PACK PROBLEM_ID");
            workArg = args.get(0);
        } else {
            return GradeCommand.error(spec.commandLine().getOut(), "give PACK PROBLEM_ID WORKFILE, or --task --start WORKFILE");
        }
        List<String> lines;
        try {
            lines = readLines(workArg);
        } catch (IOException e) {
            return GradeCommand.error(spec.commandLine().getOut(), "cannot read the work file: " + e.getMessage());
        }
        LineCheck.Report r;
        try {
            if (problem.isPresent()) {
                r = WorkChecker.check(problem.get(), lines, reference);
            } else {
                List<Map.Entry<String, String>> g = new ArrayList<>();
                for (String given : givens) {
                    int eq = given.indexOf('=');
                    if (eq <= 0)
                        return GradeCommand.error(spec.commandLine().getOut(),
                                "write each given as SYMBOL=VALUE UNIT, e.g. m=2 kg (got \"" + given + "\")");
                    g.add(Map.entry(given.substring(0, eq).strip(), given.substring(eq + 1).strip()));
                }
                // WorkChecker decides how the task's working is checked: physics from the givens, a system, algebra
                boolean physics = WorkChecker.Method.of(task) == WorkChecker.Method.PHYSICS;
                r = WorkChecker.check(task, Optional.ofNullable(physics ? unknown : start), g, Optional.ofNullable(answer),
                        lines, reference);
            }
        } catch (MathSyntaxException e) {
            return GradeCommand.error(spec.commandLine().getOut(),
                    "the problem's start or givens cannot be read: " + e.getMessage());
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (LineCheck l : r.lines()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", l.line());
            m.put("text", l.text());
            m.put("status", l.status().label());
            m.put("misconception", l.misconception().map(x -> x.label()).orElse(null));
            m.put("message", l.message());
            m.put("reference", l.reference().orElse(null));
            out.add(m);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("lines", out);
        result.put("firstError", r.firstError().orElse(null));
        result.put("finalAnswerCorrect", r.finalAnswerCorrect().orElse(null));
        final List<String> ref = reference;
        result.put("nextReference", r.nextReference().map(k -> Map.of("step", k, "math", ref.get(k - 1))).orElse(null));
        spec.commandLine().getOut().println(Json.write(result));
        return 0;
    }

    private static List<String> readLines(String arg) throws IOException {
        return arg.equals("-") ? InputLimits.workLines(System.in) : InputLimits.readWorkFile(Path.of(arg));
    }
}
