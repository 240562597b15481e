package app.stepwise.ui;

import app.stepwise.lesson.LessonPack;
import app.stepwise.teacher.TeacherSession;
import java.nio.file.Path;
import java.util.Optional;

/** The teacher's routes: the pack list of teacher mode, the pack editor, and a problem previewed as a student. */
final class AuthorRoutes {
    private AuthorRoutes() {}

    record Packs(TeacherSession session) implements Route {}

    /**
     * A pack in the editor; no file for a new pack. {@code takenIds}: the ids the library's packs have, which a new
     * pack's id (made from its title) keeps clear of. {@code draft}: an unsaved pack's autosaved draft to go on with.
     */
    record Editor(Optional<Path> file, LessonPack pack, java.util.Set<String> takenIds, Optional<Path> draft)
            implements
                Route {
        Editor(Optional<Path> file, LessonPack pack) {
            this(file, pack, java.util.Set.of());
        }

        Editor(Optional<Path> file, LessonPack pack, java.util.Set<String> takenIds) {
            this(file, pack, takenIds, Optional.empty());
        }
    }

    /** The student's problem screen for a pack being edited; nothing is recorded. */
    record Preview(LessonPack pack, int index) implements Route {}
}
