package app.stepwise.app;

import app.stepwise.grade.AnswerChecker;
import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.Library;
import app.stepwise.lesson.PackReader;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Quantity;
import app.stepwise.text.Message;
import java.util.Optional;

/** Pack reading with the math engine plugged in, so teachers learn of unreadable answers when they validate. */
public final class Packs {
    private Packs() {}

    public static PackReader reader() {
        return new PackReader(new PackReader.MathCheck() {
            @Override
            public Optional<Message> problemWith(String text) {
                return mathProblem(text);
            }

            @Override
            public Optional<Message> answerProblem(AnswerSpec spec) {
                return AnswerChecker.unusable(spec);
            }
        });
    }

    public static Library library() {
        return new Library(reader(), AppPaths.packFolders());
    }

    /** The reason the text is not readable math, or null when it is. */
    public static String mathProblemOf(String text) {
        return mathProblem(text).map(Message::english).orElse(null);
    }

    static Optional<Message> mathProblem(String text) {
        try {
            Parser.parse(text);
            return Optional.empty();
        } catch (MathSyntaxException e) {
            try {
                Quantity.parse(text);
                return Optional.empty();
            } catch (MathSyntaxException q) {
                return Optional.of(e.said());
            }
        }
    }
}
