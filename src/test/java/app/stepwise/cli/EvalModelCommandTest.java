package app.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.cli.CliTest.Run;
import app.stepwise.solve.Solvers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `stepwise eval-model --write-manifest` on a copy of the tiny test model (never the shipped one). */
class EvalModelCommandTest {
    private static final Path FIXTURE = Path.of("src/test/resources/models/tiny-random-qwen2");

    @TempDir
    Path dir;

    /**
     * A disk that fills up while the figures are recorded (the shell's file size limit fails a write the same way) leaves
     * the model's model.json whole: written in place, it was cut short and the model no longer loaded.
     */
    @Test
    void aDiskThatFillsUpWhileWritingTheManifestLeavesTheModelWhole() throws Exception {
        Path model = dir.resolve("model");
        Files.createDirectories(model);
        try (Stream<Path> files = Files.list(FIXTURE)) {
            for (Path f : files.toList()) Files.copy(f, model.resolve(f.getFileName()));
        }
        // figures recorded before (kept by a new run), large enough that the rewrite cannot fit under the limit below
        Path manifest = model.resolve("model.json");
        ObjectNode m = (ObjectNode) Json.MAPPER.readTree(manifest.toFile());
        m.putObject("evaluation").putObject("handwritten").put("note", "x".repeat(2_000_000));
        Files.writeString(manifest, Json.MAPPER.writeValueAsString(m));
        byte[] before = Files.readAllBytes(manifest);
        Path home = dir.resolve("home");
        String family = Solvers.families().get(0).name();
        List<String> args = List.of("eval-model", "--model-dir", model.toString(), "--families", family, "--per-family",
                "1", "--threads", "1");
        // once with room and without recording: the native libraries are unpacked into home's cache
        Run first = CliTest.underFileSizeLimit(home, 1_000_000, args.toArray(String[]::new));
        assertThat(first.code()).as(first.out() + first.err()).isZero();
        assertThat(Files.readAllBytes(manifest)).isEqualTo(before);

        // (ONNX Runtime itself crashes under a limit of 100 KB, so the limit is 1 MB and the manifest 2 MB)
        List<String> write = new ArrayList<>(args);
        write.add("--write-manifest");
        Run full = CliTest.underFileSizeLimit(home, 1000, write.toArray(String[]::new));
        assertThat(full.out()).contains("\"perFamilyFullAnswer\""); // the figures were made; only the write failed
        assertThat(full.code()).isNotZero();
        assertThat(full.err()).contains("stepwise: File too large"); // (the log file, full too, may add its own trace)
        assertThat(Files.readAllBytes(manifest)).isEqualTo(before);
        try (Stream<Path> s = Files.list(model)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("model.json", "model.onnx",
                    "tokenizer.json");
        }
    }
}
