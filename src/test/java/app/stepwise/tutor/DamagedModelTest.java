package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.tutor.HintService;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model with one flipped byte is not loaded; the tutor says which file is damaged and hints come from the solver. */
class DamagedModelTest {
    @Test
    void aFlippedByteRefusesTheModelAndHintsComeFromTheSolver(@TempDir Path tmp) throws Exception {
        Path copy = tmp.resolve("stepwise-tutor");
        Files.createDirectories(copy);
        try (Stream<Path> s = Files.list(Path.of("models/stepwise-tutor"))) {
            for (Path p : s.toList()) Files.copy(p, copy.resolve(p.getFileName()));
        }
        try (RandomAccessFile f = new RandomAccessFile(copy.resolve("model.onnx").toFile(), "rw")) {
            f.seek(f.length() / 3);
            int b = f.read();
            f.seek(f.length() / 3);
            f.write(b ^ 0x10);
        }
        try (Tutor tutor = Tutor.withProgressFile(tmp.resolve("progress.db"))) {
            assertThat(tutor.loadModel(copy, 1)).isFalse();
            assertThat(tutor.model()).isEmpty();
            assertThat(tutor.modelStatus())
                    .contains(
                            "the model stepwise-tutor is damaged or incomplete (its file model.onnx is not the one it was made with)",
                            "Reinstall the model, or choose another one")
                    .doesNotContain("SHA", "checksum")
                    .contains("Hints come from the solvers")
                    .doesNotContain(".)."); // the reason is one sentence of the status, not a bracket ending in ".)."
            // inside the Spanish screens the reason is Spanish too, not the model runtime's English
            assertThat(tutor.modelStatusSaid().in(java.util.Locale.forLanguageTag("es")))
                    .contains("el modelo stepwise-tutor está dañado o incompleto (su archivo model.onnx no es el original)",
                            "Reinstala el modelo o elige otro", "Las pistas vienen")
                    .doesNotContain("damaged", "Reinstall", "SHA", ".).");
            HintService.Hint h = tutor.hints().next(ProblemContext.fromText("Solve 3x + 5 = 20."), List.of(), 3, s -> {},
                    () -> false);
            assertThat(h.source()).isEqualTo(HintService.Source.SOLVER);
            assertThat(h.verified()).isTrue();
            assertThat(h.step()).isEqualTo("3x = 20 - 5 = 15");
        }
    }

    /** A model without checksums (someone else's export) whose model.json does not fit: refused by name, solver hints. */
    @Test
    void aModelJsonThatDoesNotFitIsRefusedAndHintsComeFromTheSolver(@TempDir Path tmp) throws Exception {
        Path copy = tmp.resolve("foreign");
        Files.createDirectories(copy);
        Path fixture = Path.of("src/test/resources/models/tiny-random-qwen2");
        for (String f : List.of("model.onnx", "tokenizer.json")) Files.copy(fixture.resolve(f), copy.resolve(f));
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(fixture.resolve("model.json").toFile());
        json.remove("files"); // no checksums: the integrity check cannot vouch for it
        json.put("maxLength", "long");
        Files.writeString(copy.resolve("model.json"), json.toString());
        try (Tutor tutor = Tutor.withProgressFile(tmp.resolve("progress.db"))) {
            assertThat(tutor.loadModel(copy, 1)).isFalse();
            assertThat(tutor.model()).isEmpty();
            assertThat(tutor.modelStatus()).contains("model.json of foreign gives no usable maxLength")
                    .contains("Hints come from the solvers");
            HintService.Hint h = tutor.hints().next(ProblemContext.fromText("Solve 3x + 5 = 20."), List.of(), 3, s -> {},
                    () -> false);
            assertThat(h.source()).isEqualTo(HintService.Source.SOLVER);
            assertThat(h.verified()).isTrue();
        }
    }
}
