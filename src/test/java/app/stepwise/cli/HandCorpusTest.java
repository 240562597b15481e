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
        assertThat(run.out()).contains("wrote 1 read, 0 from labels (0 pass the model's reading checks), 1 out-of-scope (x2)")
                .contains("1 solve to another").contains("1 held out");
        // its labels solve to x = 5, not the set's x = 4: a labelling mistake, named
        assertThat(run.err()).contains("label error: a-2 (solves to x = 5)");
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

    private static final String PLUMBER = "{\"id\": \"b-1\", \"text\": \"A plumber charges £30 to come out plus £20 for each "
            + "hour. The bill was £90. How many hours did she work?\", \"family\": \"linear-two-step\", \"task\": \"solve\", "
            + "\"start\": \"30 + 20h = 90\", \"unknown\": \"h\", \"answer\": {\"kind\": \"equation\", \"value\": \"h = %s\"}}";

    @Test
    void readsATextTheReaderRefusesFromItsLabelsWhenTheyReachTheSetsAnswer() throws IOException {
        Path set = dir.resolve("set.jsonl"), out = dir.resolve("out");
        Files.writeString(set, PLUMBER.formatted("3"), StandardCharsets.UTF_8);

        CliTest.Run run = CliTest.run("corpus", "--out", out.toString(), "--from-set", set.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("wrote 0 read, 1 from labels");
        List<JsonNode> recs = records(out.resolve("hand-00000.jsonl.gz"));
        assertThat(recs).hasSize(1);
        JsonNode r = recs.get(0);
        assertThat(r.path("problem").asText()).startsWith("A plumber charges £30");
        assertThat(r.path("family").asText()).isEqualTo("linear-two-step");
        assertThat(r.path("task").asText()).isEqualTo("solve");
        assertThat(r.path("start").asText()).isEqualTo("30 + 20h = 90");
        assertThat(r.path("unknown").asText()).isEqualTo("h");
        assertThat(r.path("answer").asText()).isEqualTo("h = 3");
        assertThat(r.path("steps").size()).isGreaterThan(1);
    }

    @Test
    void leavesOutAndNamesLabelsThatSolveToAnotherAnswer() throws IOException {
        Path set = dir.resolve("set.jsonl"), out = dir.resolve("out");
        Files.writeString(set, PLUMBER.formatted("4"), StandardCharsets.UTF_8);

        CliTest.Run run = CliTest.run("corpus", "--out", out.toString(), "--from-set", set.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("wrote 0 read, 0 from labels").contains("1 solve to another");
        assertThat(run.err()).contains("label error: b-1 (solves to h = 3)");
        assertThat(records(out.resolve("hand-00000.jsonl.gz"))).isEmpty();
    }

    @Test
    void writesNoLabelledReadingWithLabelsNone() throws IOException {
        Path set = dir.resolve("set.jsonl"), out = dir.resolve("out");
        Files.writeString(set, PLUMBER.formatted("3"), StandardCharsets.UTF_8);

        CliTest.Run run = CliTest.run("corpus", "--out", out.toString(), "--from-set", set.toString(), "--labels", "none");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("wrote 0 read, 0 from labels").contains("1 not read or read wrongly");
        assertThat(records(out.resolve("hand-00000.jsonl.gz"))).isEmpty();
    }

    @Test
    void leavesOutLabelsThatAreNotAReadingOfTheText() throws IOException {
        Path set = dir.resolve("set.jsonl"), out = dir.resolve("out");
        // the set's answer, but worked beside the text: 3 × 4 is not what the text says, and not linear-two-step
        Files.writeString(set, "{\"id\": \"c-1\", \"text\": \"Solve 4x - 6 = 10, then write down 3x.\", \"family\": "
                + "\"linear-two-step\", \"task\": \"evaluate\", \"start\": \"3*4\", \"unknown\": null, \"answer\": "
                + "{\"kind\": \"numeric\", \"value\": \"12\"}}", StandardCharsets.UTF_8);

        CliTest.Run run = CliTest.run("corpus", "--out", out.toString(), "--from-set", set.toString());

        assertThat(run.out()).contains("1 labels not of the text as written");
        assertThat(records(out.resolve("hand-00000.jsonl.gz"))).isEmpty();
    }

    @Test
    void readsPhysicsLabelsInSiAsTheTextWritesThem() throws IOException {
        Path set = dir.resolve("set.jsonl"), out = dir.resolve("out");
        // SI labels (2000 ohm) for a text in kΩ, a connection the fields cannot say, a distractor the reader refuses
        Files.writeString(set, "{\"id\": \"p-1\", \"text\": \"Resistors of 2 kΩ and 3 kΩ are joined in parallel in a "
                + "circuit run from a 9 V battery. Find the total resistance.\", \"family\": \"resistors\", \"task\": "
                + "\"physics\", \"start\": null, \"unknown\": \"R\", \"answer\": {\"kind\": \"quantity\", \"value\": "
                + "\"1200 ohm\", \"tolerance\": \"1%\"}, \"givens\": [{\"symbol\": \"R1\", \"value\": \"2000 ohm\"}, "
                + "{\"symbol\": \"R2\", \"value\": \"3000 ohm\"}]}\n"
                // an implicit g is the family's own and no given of the reading
                + "{\"id\": \"p-2\", \"text\": \"A 250 g apple hangs from a branch 3 m above the grass, and a bird lands "
                + "beside it. Find the apple's weight.\", \"family\": \"weight\", \"task\": \"physics\", \"start\": null, "
                + "\"unknown\": \"W\", \"answer\": {\"kind\": \"quantity\", \"value\": \"2.45 N\"}, \"givens\": "
                + "[{\"symbol\": \"m\", \"value\": \"0.25 kg\"}, {\"symbol\": \"g\", \"value\": \"9.8 m/s^2\"}]}",
                StandardCharsets.UTF_8);

        CliTest.Run run = CliTest.run("corpus", "--out", out.toString(), "--from-set", set.toString());

        assertThat(run.out()).contains("wrote 0 read, 2 from labels");
        List<JsonNode> recs = records(out.resolve("hand-00000.jsonl.gz"));
        JsonNode pair = recs.get(0), apple = recs.get(1);
        assertThat(pair.path("family").asText()).isEqualTo("resistors");
        assertThat(pair.path("unknown").asText()).isEqualTo("R");
        assertThat(pair.path("givens").findValuesAsText("symbol")).containsExactly("R_1", "R_2");
        assertThat(pair.path("givens").findValuesAsText("value")).containsExactly("2 kΩ", "3 kΩ");
        assertThat(pair.path("steps").get(0).path("math").asText()).startsWith("1/R"); // the parallel formula
        assertThat(apple.path("givens").findValuesAsText("symbol")).containsExactly("m");
        assertThat(apple.path("givens").findValuesAsText("value")).containsExactly("250 g");
    }

    @Test
    void checkedLabelsAreOnlyThoseTheModelsReadingChecksAccept() throws IOException {
        Path set = dir.resolve("set.jsonl"), out = dir.resolve("out");
        Files.writeString(set, PLUMBER.formatted("3") + "\n{\"id\": \"d-1\", \"text\": \"how much bigger is 5/6 than 3/4\", "
                + "\"family\": \"fraction-arithmetic\", \"task\": \"evaluate\", \"start\": \"5/6 - 3/4\", \"unknown\": null, "
                + "\"answer\": {\"kind\": \"numeric\", \"value\": \"1/12\"}}", StandardCharsets.UTF_8);

        CliTest.Run run = CliTest.run("corpus", "--out", out.toString(), "--from-set", set.toString(), "--labels", "checked");

        assertThat(run.out()).contains("1 from labels (1 pass the model's reading checks)")
                .contains("1 refused by the reading checks");
        List<JsonNode> recs = records(out.resolve("hand-00000.jsonl.gz"));
        assertThat(recs).hasSize(1);
        assertThat(recs.get(0).path("start").asText()).isEqualTo("5/6 - 3/4");
    }

    @Test
    void findsAGivenAsTheTextWritesIt() {
        assertThat(HandLabels.asWritten("A car does 36 km/h for 48 minutes.", "10 m/s")).contains("36 km/h");
        assertThat(HandLabels.asWritten("A car does 36 km/h for 48 minutes.", "2880 s")).contains("48 minutes");
        assertThat(HandLabels.asWritten("A car does 36 km/h for 48 minutes.", "36 s")).isEmpty(); // 36 is a speed there
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
