package app.stepwise.author;

import app.stepwise.lesson.LessonPack;
import java.util.List;

/**
 * The pack an import made, and what could not be carried over, one line per item in a teacher's words
 * ({@code question "Q3": essay questions are not carried over: Stepwise judges math answers}).
 */
public record ImportReport(LessonPack pack, List<String> notCarried) {
    public ImportReport {
        notCarried = List.copyOf(notCarried);
    }
}
