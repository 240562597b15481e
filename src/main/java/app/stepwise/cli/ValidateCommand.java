package app.stepwise.cli;

import app.stepwise.app.Packs;
import app.stepwise.lesson.PackProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stepwise validate PACK...}: exit 0 clean, 1 problems found, 2 unusable input. */
@Command(name = "validate", description = "Check lesson pack files and report every problem with its line:column.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(arity = "1..*", paramLabel = "PACK", description = "pack files (.json)")
    List<Path> packs;

    @Option(names = "--json", description = "print one JSON object instead of text")
    boolean json;

    @Override
    public Integer call() {
        boolean unusable = false;
        boolean problems = false;
        List<Map<String, Object>> files = new ArrayList<>();
        for (Path p : packs) {
            if (!Files.isRegularFile(p)) unusable = true;
            PackProblem.Report report = Packs.reader().read(p);
            // content checks (answer key against the worked solution, solver, hints, choices, duplicates) run on packs
            // that read cleanly; their errors count like format errors, warnings are printed and do not fail
            List<PackProblem> content = new ArrayList<>();
            List<PackProblem> warnings = new ArrayList<>();
            if (report.ok()) ContentFindings.locate(p, report.pack().get(), content, warnings);
            if (!content.isEmpty()) report = new PackProblem.Report(p, report.pack(), content);
            problems |= !report.problems().isEmpty();
            if (json) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("file", p.toString());
                f.put("ok", report.ok());
                report.pack().ifPresent(pack -> f.put("problems", pack.problems().size()));
                List<Map<String, Object>> errors = new ArrayList<>();
                for (PackProblem e : report.problems()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("line", e.line());
                    m.put("column", e.column());
                    m.put("pointer", e.pointer());
                    m.put("message", e.message());
                    errors.add(m);
                }
                f.put("errors", errors);
                f.put("warnings", warnings.stream().map(ValidateCommand::located).toList());
                files.add(f);
            } else if (report.ok()) {
                warnings.forEach(w -> spec.commandLine().getOut().println(w.describe().replaceFirst(": ", ": warning: ")));
                spec.commandLine().getOut()
                        .println(p + ": ok (" + ListCommand.problems(report.pack().get().problems().size()) + ")");
            } else {
                report.problems().forEach(e -> spec.commandLine().getOut().println(e.describe()));
                warnings.forEach(w -> spec.commandLine().getOut().println(w.describe().replaceFirst(": ", ": warning: ")));
            }
        }
        if (json) spec.commandLine().getOut().println(Json.write(Map.of("files", files)));
        // (the content warnings never change the exit code)
        return unusable ? 2 : problems ? 1 : 0;
    }

    private static Map<String, Object> located(PackProblem e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", e.line());
        m.put("column", e.column());
        m.put("pointer", e.pointer());
        m.put("message", e.message());
        return m;
    }
}
