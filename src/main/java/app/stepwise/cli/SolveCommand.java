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
import app.stepwise.tutor.Tutor;
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

    @Option(names = "--model", description = "with --text: the local model's own worked solution, each step verified where possible")
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

    /** The model's full solution of free text, each step checked against the text's equation where there is one. */
    private int modelSolve() {
        if (!useModel)
            return GradeCommand.error(spec.commandLine().getOut(),
                    "--text needs --model: the solvers work from a pack problem or a family");
        ProblemContext ctx = ProblemContext.fromText(text);
        try (LocalModel m = modelOption.load()) {
            ModelSolution s = ModelSolution.solve(m, ctx);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("steps",
                    s.steps().stream().map(x -> Map.of("text", x.text(), "math", x.math(), "verified", x.verified())).toList());
            out.put("answer", s.answer());
            out.put("verified", s.verified());
            out.put("ms", s.ms());
            if (json) {
                spec.commandLine().getOut().println(Json.write(out));
            } else {
                int n = 1;
                for (var x : s.steps())
                    spec.commandLine().getOut().printf("%2d. %s%n      %s%s%n", n++, x.text(), x.math(),
                            x.verified() ? "" : "   (not verified)");
                spec.commandLine().getOut().println("Answer: " + s.answer() + (s.verified() ? "" : "   (not verified)"));
            }
            return 0;
        } catch (ModelException e) {
            return GradeCommand.error(spec.commandLine().getOut(), "the model cannot be used: " + e.getMessage());
        }
    }

    static String latex(String math) {
        try {
            return Printer.latex(Parser.parse(math));
        } catch (MathSyntaxException e) {
            return math;
        }
    }
}
