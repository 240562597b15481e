package app.stepwise.cli;

import app.stepwise.grade.LineCheck;
import app.stepwise.grade.StepChecker;
import app.stepwise.lesson.PackProblem;
import app.stepwise.lesson.Problem;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.tutor.Packs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stepwise check-steps}: judges a student's working line by line and prints the JSON contract. */
@Command(name = "check-steps", description = "Check each line of a student's working (from a file or - for standard input).")
final class CheckStepsCommand implements Callable<Integer> {
    @Option(names = "--task", description = "solve, simplify, expand, factor, evaluate")
    String task;

    @Option(names = "--start", description = "the starting equation or expression")
    String start;

    @Parameters(arity = "1..3", paramLabel = "[PACK PROBLEM_ID] WORKFILE|-")
    List<String> args;

    @Override
    public Integer call() {
        String t = task;
        String s = start;
        List<String> reference = List.of();
        String workArg;
        if (args.size() == 3) {
            PackProblem.Report report = Packs.reader().read(Path.of(args.get(0)));
            if (report.pack().isEmpty()) return GradeCommand.error("the pack cannot be used: " + report.problems().get(0).describe());
            Optional<Problem> p = report.pack().get().problem(args.get(1));
            if (p.isEmpty()) return GradeCommand.error("no problem \"" + args.get(1) + "\" in " + args.get(0));
            if (p.get().work().isEmpty() || p.get().work().get().start().isEmpty()) return GradeCommand.error("problem " + args.get(1) + " has no \"work\" start to check against");
            t = p.get().work().get().task();
            s = p.get().work().get().start();
            reference = p.get().solution().stream().map(Problem.SolutionStep::math).filter(m -> !m.isEmpty()).toList();
            workArg = args.get(2);
        } else if (args.size() == 1) {
            if (t == null || s == null) return GradeCommand.error("give --task and --start, or PACK PROBLEM_ID");
            workArg = args.get(0);
        } else {
            return GradeCommand.error("give PACK PROBLEM_ID WORKFILE, or --task --start WORKFILE");
        }
        List<String> lines;
        try {
            lines = readLines(workArg);
        } catch (IOException e) {
            return GradeCommand.error("cannot read the work file: " + e.getMessage());
        }
        LineCheck.Report r;
        try {
            r = StepChecker.check(t, s, lines, reference);
        } catch (MathSyntaxException e) {
            return GradeCommand.error("the start \"" + s + "\" cannot be read: " + e.getMessage());
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (LineCheck l : r.lines()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", l.line());
            m.put("text", l.text());
            m.put("status", l.status().label());
            m.put("misconception", l.misconception().map(x -> x.label()).orElse(null));
            m.put("message", l.message());
            out.add(m);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("lines", out);
        result.put("firstError", r.firstError().orElse(null));
        result.put("finalAnswerCorrect", r.finalAnswerCorrect().orElse(null));
        System.out.println(Json.write(result));
        return 0;
    }

    private static List<String> readLines(String arg) throws IOException {
        if (arg.equals("-")) {
            InputStream in = System.in;
            return new String(in.readNBytes(1_000_000), StandardCharsets.UTF_8).lines().toList();
        }
        Path p = Path.of(arg);
        if (Files.size(p) > 1_000_000) throw new IOException("the file is larger than 1 MB");
        return Files.readAllLines(p, StandardCharsets.UTF_8);
    }
}
