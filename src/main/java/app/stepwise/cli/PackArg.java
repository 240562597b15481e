package app.stepwise.cli;

import app.stepwise.lesson.PackProblem;
import app.stepwise.lesson.Problem;
import app.stepwise.app.Packs;
import java.nio.file.Path;
import java.util.Optional;

/** A problem named on the command line as PACK PROBLEM_ID, or the message saying why it cannot be had. */
record PackArg(Optional<Problem> problem, String error) {

    static PackArg read(String pack, String id) {
        PackProblem.Report report = Packs.reader().read(Path.of(pack));
        if (report.pack().isEmpty())
            return new PackArg(Optional.empty(), "the pack cannot be used: " + report.problems().get(0).describe());
        Optional<Problem> p = report.pack().get().problem(id);
        return p.isPresent() ? new PackArg(p, "") : new PackArg(Optional.empty(), "no problem \"" + id + "\" in " + pack);
    }
}
