package app.stepwise.ui;

import app.stepwise.lesson.LessonPack;
import app.stepwise.teacher.TeacherSession;
import java.nio.file.Path;
import java.util.Optional;

/** The teacher's routes: the pack list of teacher mode, the pack editor, and a problem previewed as a student. */
final class AuthorRoutes {
    private AuthorRoutes() {}

    record Packs(TeacherSession session) implements Route {}

    /** A pack in the editor; no file for a new pack. */
    record Editor(Optional<Path> file, LessonPack pack) implements Route {}

    /** The student's problem screen for a pack being edited; nothing is recorded. */
    record Preview(LessonPack pack, int index) implements Route {}
}
