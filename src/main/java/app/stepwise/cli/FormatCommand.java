package app.stepwise.cli;

import app.stepwise.app.Packs;
import app.stepwise.lesson.PackProblem;
import app.stepwise.lesson.PackWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stepwise format PACK...}: rewrites packs in the editor's stable layout, or with --check says which differ. */
@Command(name = "format", description = "Rewrite pack files in Stepwise's stable JSON layout (the editor saves the same way).")
final class FormatCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(arity = "1..*", paramLabel = "PACK")
    List<Path> packs;

    @Option(names = "--check", description = "change nothing; exit 1 when a file is not in the stable layout")
    boolean check;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        int code = 0;
        for (Path p : packs) {
            PackProblem.Report r = Packs.reader().read(p);
            if (r.pack().isEmpty()) {
                out.println(p + ": not formatted, the pack has problems (run stepwise validate)");
                code = 2;
                continue;
            }
            String formatted = PackWriter.write(r.pack().get());
            boolean same = formatted.equals(Files.readString(p, StandardCharsets.UTF_8));
            if (check) {
                out.println(p + (same ? ": formatted" : ": not in the stable layout; run stepwise format " + p));
                if (!same) code = Math.max(code, 1);
            } else if (!same) {
                PackWriter.save(r.pack().get(), p);
                out.println(p + ": rewritten");
            } else {
                out.println(p + ": already formatted");
            }
        }
        return code;
    }
}
