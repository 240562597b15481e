package app.stepwise.cli;

import app.stepwise.lesson.PackProblem;
import app.stepwise.lesson.Problem;
import app.stepwise.solve.Family;
import app.stepwise.solve.Solvers;
import app.stepwise.solve.Step;
import app.stepwise.solve.Worked;
import app.stepwise.tutor.Packs;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stepwise solve PACK ID} or {@code stepwise solve --family NAME --seed N}: a verified worked solution. */
@Command(name = "solve", description = "Print a worked solution: of a pack problem with a solver, or of a generated problem.")
final class SolveCommand implements Callable<Integer> {
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

    @Override
    public Integer call() {
        if (list) {
            for (Family f : Solvers.families()) System.out.printf("%-26s %-8s %s%n", f.name(), f.subject(), String.join(", ", f.skills()));
            return 0;
        }
        Worked w;
        if (family != null) {
            Optional<Family> f = Solvers.family(family);
            if (f.isEmpty()) return GradeCommand.error("no family \"" + family + "\"; see stepwise solve --list");
            SplittableRandom r = new SplittableRandom(seed);
            w = Solvers.generate(f.get(), r, wording >= 0 ? wording : r.nextInt(f.get().wordings()));
        } else if (args.size() == 2) {
            PackProblem.Report report = Packs.reader().read(Path.of(args.get(0)));
            if (report.pack().isEmpty()) return GradeCommand.error("the pack cannot be used: " + report.problems().get(0).describe());
            Optional<Problem> p = report.pack().get().problem(args.get(1));
            if (p.isEmpty()) return GradeCommand.error("no problem \"" + args.get(1) + "\" in " + args.get(0));
            Optional<Worked> solved;
            try {
                solved = Solvers.forProblem(p.get());
            } catch (IllegalArgumentException | Solvers.UnverifiedException e) {
                return GradeCommand.error("the solver cannot solve " + args.get(1) + ": " + e.getMessage());
            }
            if (solved.isEmpty()) return GradeCommand.error("problem " + args.get(1) + " names no solver family Stepwise knows");
            w = solved.get();
        } else {
            return GradeCommand.error("give PACK PROBLEM_ID, or --family NAME [--seed N]");
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("family", w.family());
            out.put("problem", w.statement());
            out.put("givens", w.givens().stream().map(g -> Map.of("symbol", g.symbol(), "value", g.value(), "description", g.description())).toList());
            out.put("steps", w.steps().stream().map(s -> Map.of("text", s.text(), "math", s.math(), "latex", latex(s.math()), "operation", s.operation(), "verified", true)).toList());
            out.put("answer", w.answer());
            out.put("verified", true);
            System.out.println(Json.write(out));
        } else {
            System.out.println(w.statement());
            int n = 1;
            for (Step s : w.steps()) System.out.printf("%2d. %s%n      %s%n", n++, s.text(), s.math());
            System.out.println("Answer: " + w.answer());
        }
        return 0;
    }

    static String latex(String math) {
        try {
            return app.stepwise.math.Printer.latex(app.stepwise.math.Parser.parse(math));
        } catch (app.stepwise.math.MathSyntaxException e) {
            return math;
        }
    }
}
