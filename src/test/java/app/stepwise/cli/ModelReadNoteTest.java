package app.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.tutor.ProblemContext;
import app.stepwise.tutor.ProblemReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelReadNoteTest {

    @Test
    void aReadingByTheModelIsSaidToBeUncheckedAndTheReadersIsNot() {
        ProblemReader.Reading read = ProblemContext.fromText("Solve 3x + 4 = 19.").reading().orElseThrow();
        ProblemReader.Reading byModel = new ProblemReader.Reading(read.worked(), read.request(), "model", read.said());

        assertThat(ModelReadNote.of(Optional.of(read))).isEmpty();
        assertThat(ModelReadNote.of(Optional.of(byModel))).contains("model's reading").contains("no person has checked");
        assertThat(ModelReadNote.of(Optional.empty())).isEmpty();
    }
}
