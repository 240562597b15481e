package app.stepwise.cli;

import app.stepwise.app.AppPaths;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import app.stepwise.store.ProgressStore;
import app.stepwise.teacher.TeacherStore;
import app.stepwise.tutor.Tutor;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --teacher-file}: which teacher settings apply (default: this computer's, see docs/teacher-mode.md). */
final class TeacherOption {
    @Option(names = "--teacher-file", hidden = true, description = "the teacher settings file (default: this computer's)")
    Path file;

    Path file() {
        return file != null ? file : TeacherStore.defaultFile();
    }

    TeacherStore store() {
        return TeacherStore.open(file());
    }

    /** The teacher's rule for the worked solution, against the attempts in this user's progress database. */
    static Tutor.SolutionAccess solutionAccess(LessonPack pack, Problem problem, Path teacherFile) {
        try (Tutor t = new Tutor(ProgressStore.open(AppPaths.userDir().resolve("progress.db")), TeacherStore.open(teacherFile))) {
            return t.solutionAccess(pack, problem);
        }
    }
}
