package app.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stepwise corpus --from-set}: records from hand-written problems, only where the verified reader reads them right. */
class HandCorpusTest {

    @TempDir
    Path dir;

    @Test
    void keepsOnlyTextsReadToTheSetsAnswerAndRefusedOutOfScopeOnes() throws IOException {
        Path set = dir.resolve("set.jsonl"), held = dir.resolve("held.jsonl");
        Files.writeString(set, String.join("\n",
                "{\"id\": \"a-1\", \"text\": \"Solve 3x + 4 = 19.\", \"family\": \"linear-two-step\", \"task\": \"solve\", "
                        + "\"start\": \"3x + 4 = 19\", \"unknown\": \"x\", \"answer\": {\"kind\": \"equation\", \"value\": \"x = 5\"}}",
                // the set's answer disagrees with the verified reading: left out rather than trained on
                "{\"id\": \"a-2\", \"text\": \"Solve 2x - 1 = 9.\", \"family\": \"linear-two-step\", \"task\": \"solve\", "
                        + "\"start\": \"2x - 1 = 9\", \"unknown\": \"x\", \"answer\": {\"kind\": \"equation\", \"value\": \"x = 4\"}}",
                "{\"id\": \"a-3\", \"text\": \"Who wrote the play Hamlet?\", \"family\": null, \"task\": null, \"start\": null, "
                        + "\"unknown\": null, \"answer\": null}",
                "{\"id\": \"a-4\", \"text\": \"Solve 5x = 20.\", \"family\": \"linear-one-step\", \"task\": \"solve\", "
                        + "\"start\": \"5x = 20\", \"unknown\": \"x\", \"answer\": {\"kind\": \"equation\", \"value\": \"x = 4\"}}"),
                StandardCharsets.UTF_8);
        Files.writeString(held, "{\"id\": \"dev-9\", \"text\": \"Solve 5x = 20.\"}\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        CliTest.Run run = CliTest.run("corpus", "--out", out.toString(), "--from-set", set.toString(), "--exclude",
                held.toString(), "--repeat", "2");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("wrote 1 read and 1 out-of-scope problems (x2)").contains("left out 1")
                .contains("1 held out");
        List<JsonNode> recs = records(out.resolve("hand-00000.jsonl.gz"));
        assertThat(recs).hasSize(4);
        JsonNode read = recs.get(0);
        assertThat(read.path("problem").asText()).isEqualTo("Solve 3x + 4 = 19.");
        assertThat(read.path("family").asText()).isEqualTo("linear-two-step");
        assertThat(read.path("split").asText()).isEqualTo("train");
        assertThat(read.path("answer").asText()).isEqualTo("x = 5");
        assertThat(read.path("steps").size()).isGreaterThan(1);
        assertThat(recs.get(1).path("id").asText()).isNotEqualTo(read.path("id").asText());
        assertThat(recs.get(2).path("family").asText()).isEqualTo("none");
        assertThat(recs.get(2).path("problem").asText()).isEqualTo("Who wrote the play Hamlet?");
    }

    private static List<JsonNode> records(Path shard) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(shard)), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) out.add(Json.MAPPER.readTree(line));
        }
        return out;
    }
}
