package app.stepwise.ui;

import app.stepwise.lesson.LessonPack;
import app.stepwise.text.Message;
import java.util.Optional;

/** The student's routes: the library, a pack, a problem of a pack, the end-of-pack summary. */
final class Routes {
    private Routes() {}

    record Library() implements Route {}

    record Pack(LessonPack pack) implements Route {}

    /**
     * The problem at {@code index} (0-based) of the pack; {@code reading}: how a typed-in problem was read, said after
     * its text in the language of the screen.
     */
    record Problem(LessonPack pack, int index, Optional<Message> reading) implements Route {
        Problem(LessonPack pack, int index) {
            this(pack, index, Optional.empty());
        }
    }

    record Summary(LessonPack pack) implements Route {}
}
