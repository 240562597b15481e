package app.stepwise.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The manifest's SHA-256 sums are checked before a model is loaded; a damaged file is named. */
class ModelIntegrityTest {
    static final Path SHIPPED = Path.of("models/stepwise-tutor");
    static final Path FIXTURE = Path.of("src/test/resources/models/tiny-random-qwen2");

    @Test
    void theShippedModelAndTheFixtureMatchTheirManifests() throws Exception {
        // fails when a retrained model is copied in without export.py's checksums (or checksums.py)
        assertThat(ModelIntegrity.verify(SHIPPED)).isEqualTo(ModelIntegrity.Status.VERIFIED);
        assertThat(ModelIntegrity.verify(FIXTURE)).isEqualTo(ModelIntegrity.Status.VERIFIED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"model.onnx", "tokenizer.json"})
    void oneFlippedByteIsRefusedNamingTheFile(String damaged, @TempDir Path tmp) throws Exception {
        Path copy = copyOf(FIXTURE, tmp.resolve("copy"));
        flipByte(copy.resolve(damaged), Files.size(copy.resolve(damaged)) / 2);
        // plain words for the teacher or IT person; the checksum only in the details (log, command line)
        assertThatThrownBy(() -> ModelIntegrity.verify(copy)).isInstanceOf(ModelException.class)
                .hasMessageStartingWith("the model copy is damaged or incomplete (its file " + damaged + " is not")
                .hasMessageContaining("Reinstall the model, or choose another one").hasMessageNotContaining("SHA")
                .hasMessageNotContaining("checksum").satisfies(e -> assertThat(((ModelException) e).detail()).hasValueSatisfying(
                        d -> assertThat(d).startsWith(damaged + " is ").contains("with SHA-256 ", "model.json lists")));
    }

    @Test
    void aTruncatedOrMissingFileIsRefused(@TempDir Path tmp) throws Exception {
        Path copy = copyOf(FIXTURE, tmp.resolve("m"));
        try (RandomAccessFile f = new RandomAccessFile(copy.resolve("model.onnx").toFile(), "rw")) {
            f.setLength(f.length() - 1);
        }
        assertThatThrownBy(() -> ModelIntegrity.verify(copy))
                .hasMessageContaining("the model m is damaged or incomplete (its file model.onnx");
        Files.delete(copy.resolve("tokenizer.json"));
        Files.copy(FIXTURE.resolve("model.onnx"), copy.resolve("model.onnx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> ModelIntegrity.verify(copy)).hasMessageContaining("tokenizer.json is missing");
    }

    @Test
    void aManifestWithoutChecksumsIsReportedAsUnchecked(@TempDir Path tmp) throws Exception {
        Path copy = copyOf(FIXTURE, tmp.resolve("foreign"));
        String json = Files.readString(copy.resolve("model.json"));
        Files.writeString(copy.resolve("model.json"), json.replaceFirst("\"files\"", "\"filesRemoved\""));
        assertThat(ModelIntegrity.verify(copy)).isEqualTo(ModelIntegrity.Status.NO_CHECKSUMS);
    }

    @Test
    void aListedFileOutsideTheFolderIsRefused(@TempDir Path tmp) throws Exception {
        Path copy = copyOf(FIXTURE, tmp.resolve("evil"));
        String json = Files.readString(copy.resolve("model.json"));
        Files.writeString(copy.resolve("model.json"), json.replaceFirst("\"tokenizer.json\"", "\"../x.json\""));
        assertThatThrownBy(() -> ModelIntegrity.verify(copy)).hasMessageContaining("outside its folder");
    }

    static Path copyOf(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) Files.copy(p, to.resolve(p.getFileName()));
        }
        return to;
    }

    static void flipByte(Path file, long at) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0x01);
        }
    }
}
