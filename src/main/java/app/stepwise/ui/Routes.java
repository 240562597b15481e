package app.stepwise.ui;

import app.stepwise.lesson.LessonPack;

/** The student's routes: the library, a pack, a problem of a pack, the end-of-pack summary. */
final class Routes {
    private Routes() {}

    record Library() implements Route {}

    record Pack(LessonPack pack) implements Route {}

    /** The problem at {@code index} (0-based) of the pack. */
    record Problem(LessonPack pack, int index) implements Route {}

    record Summary(LessonPack pack) implements Route {}
}
