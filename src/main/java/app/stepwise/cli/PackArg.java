package app.stepwise.cli;

import app.stepwise.app.Packs;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.PackProblem;
import app.stepwise.lesson.Problem;
import java.nio.file.Path;
import java.util.Optional;

/** A problem named on the command line as PACK PROBLEM_ID (with its pack), or the message saying why it cannot be had. */
record PackArg(Optional<Problem> problem, String error, Optional<LessonPack> pack) {

    static PackArg read(String pack, String id) {
        PackProblem.Report report = Packs.reader().read(Path.of(pack));
        if (report.pack().isEmpty())
            return new PackArg(Optional.empty(), "the pack cannot be used: " + report.problems().get(0).describe(),
                    Optional.empty());
        Optional<Problem> p = report.pack().get().problem(id);
        return p.isPresent()
                ? new PackArg(p, "", report.pack())
                : new PackArg(Optional.empty(), "no problem \"" + id + "\" in " + pack, report.pack());
    }
}
