package app.stepwise.cli;

import app.stepwise.app.Packs;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.PackProblem;
import app.stepwise.lesson.Problem;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stepwise list PACK}: the pack's problems, one a line. */
@Command(name = "list", description = "List the problems of a lesson pack.")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "PACK")
    Path pack;

    @Override
    public Integer call() {
        PackProblem.Report report = Packs.reader().read(pack);
        if (!report.ok()) {
            report.problems().forEach(e -> spec.commandLine().getErr().println(e.describe()));
            return report.pack().isEmpty() && report.problems().stream().allMatch(e -> e.line() == 0) ? 2 : 1;
        }
        LessonPack p = report.pack().get();
        spec.commandLine().getOut().println(
                p.title() + " (" + p.id() + ", " + p.subject().name().toLowerCase() + ", " + problems(p.problems().size()) + ")");
        for (Problem pr : p.problems()) {
            spec.commandLine().getOut().println(
                    "  " + pr.id() + "  [" + pr.answer().getClass().getSimpleName().toLowerCase() + "]  " + pr.statement());
        }
        return 0;
    }

    /** A count of problems as the command line says it ("1 problem", "3 problems"), from the message bundle. */
    static String problems(int count) {
        return app.stepwise.text.Message.of("count.problems", count).english();
    }
}
