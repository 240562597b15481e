package app.stepwise.cli;

import app.stepwise.author.ContentCheck;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.PackLocations;
import app.stepwise.lesson.PackProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The content checks of a pack file, located at file:line:column like the format checks. */
final class ContentFindings {
    private ContentFindings() {}

    static void locate(Path file, LessonPack pack, List<PackProblem> errors, List<PackProblem> warnings) {
        PackLocations at;
        try {
            at = PackLocations.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            at = PackLocations.of("");
        }
        for (ContentCheck.Finding f : ContentCheck.check(pack)) {
            (f.error() ? errors : warnings).add(at.problem(file, f.pointer(), f.message()));
        }
    }
}
