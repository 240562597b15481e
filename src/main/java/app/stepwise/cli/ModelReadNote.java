package app.stepwise.cli;

import app.stepwise.tutor.ProblemReader;
import java.util.Optional;

/**
 * What "verified" means when the model, not the verified reader, read a typed-in problem: every step is checked against
 * that reading, but no one checked the reading against the text (mread24: on hard wordings most of the model's readings
 * that pass its checks are still wrong). The command line says so beside the word, so a person compares the reading line
 * printed above the answer with the problem they meant.
 */
final class ModelReadNote {
    private ModelReadNote() {}

    /** Empty for the reader's readings; else the caution that follows "verified". */
    static String of(Optional<ProblemReader.Reading> reading) {
        return reading.filter(r -> r.source().equals("model")).isPresent()
                ? " against the model's reading, which no person has checked: compare the reading above with your problem"
                : "";
    }
}
