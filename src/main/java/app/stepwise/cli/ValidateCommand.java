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
                files.add(f);
            } else if (report.ok()) {
                spec.commandLine().getOut().println(p + ": ok (" + report.pack().get().problems().size() + " problems)");
            } else {
                report.problems().forEach(e -> spec.commandLine().getOut().println(e.describe()));
            }
        }
        if (json) spec.commandLine().getOut().println(Json.write(Map.of("files", files)));
        return unusable ? 2 : problems ? 1 : 0;
    }
}
