package app.stepwise.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.Packs;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Saving: stable key order, pretty, and a loaded pack saves to the very same bytes. */
class PackWriterTest {

    static Stream<Path> bundledPacks() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("lessons"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundledPacks")
    void everyBundledPackLoadsAndSavesToAnIdenticalFile(Path file, @TempDir Path dir) throws Exception {
        PackProblem.Report r = Packs.reader().read(file);
        assertThat(r.problems()).isEmpty();
        Path saved = dir.resolve(file.getFileName());
        PackWriter.save(r.pack().orElseThrow(), saved);
        assertThat(Files.readString(saved, StandardCharsets.UTF_8)).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void everyFieldOfThePackSurvivesASaveAndALoad(@TempDir Path dir) throws Exception {
        String text = """
                {
                  "schemaVersion": 1, "id": "all", "title": "Everything", "subject": "physics", "level": "Year 9",
                  "authors": ["A", "B"], "version": "2.1", "language": "de", "description": "Alles",
                  "skills": [{"id": "s1", "title": "One", "description": "first"}],
                  "teacher": {"showSolution": "after-attempts", "afterAttempts": 2, "modelHints": false, "maxHintLevel": 2},
                  "problems": [
                    {"id": "p1", "statement": "Find $a$ with \\"quotes\\" and\\nnew line.", "skills": ["s1"], "difficulty": 4,
                     "answer": {"kind": "quantity", "value": "3 m/s^2", "tolerance": "2%", "sigfigs": ">=2"},
                     "work": {"task": "physics", "start": "a"},
                     "givens": [{"symbol": "m", "value": "2 kg", "description": "mass"}],
                     "hints": ["h1", "h2"], "solution": [{"text": "Use F = ma.", "math": "a = 6/2"}],
                     "solver": {"family": "newtons-second-law", "params": {"m": "2 kg", "F": "6 N"}}},
                    {"id": "p2", "statement": "Pick", "difficulty": 1, "answer": {"kind": "choice", "choices": ["a", "b"], "correct": 1}},
                    {"id": "p3", "statement": "n", "difficulty": 1, "answer": {"kind": "numeric", "value": "0.5", "tolerance": "0.010", "sigfigs": "2"}},
                    {"id": "p4", "statement": "e", "difficulty": 1, "answer": {"kind": "expression", "value": "x^2 + 2x", "form": "factored"}},
                    {"id": "p5", "statement": "s", "difficulty": 1, "answer": {"kind": "set", "value": "{2, 3}"}}
                  ]
                }
                """;
        LessonPack pack = new PackReader().read(Path.of("all.json"), text).pack().orElseThrow();
        String written = PackWriter.write(pack);
        LessonPack again = new PackReader().read(Path.of("all.json"), written).pack().orElseThrow();
        assertThat(again).isEqualTo(pack);
        assertThat(PackWriter.write(again)).isEqualTo(written);
        ObjectMapper m = new ObjectMapper();
        assertThat(m.readTree(written)).isEqualTo(m.readTree(text));
    }

    @Test
    void keysComeInOneFixedOrderWhateverTheInputOrder() {
        String a = """
                {"problems": [{"answer": {"value": "x = 1", "kind": "equation"}, "statement": "s", "id": "p"}],
                 "title": "T", "id": "k", "subject": "math", "schemaVersion": 1}
                """;
        String written = PackWriter.write(new PackReader().read(Path.of("a.json"), a).pack().orElseThrow());
        List<String> keys = written.lines().map(String::strip).filter(l -> l.startsWith("\""))
                .map(l -> l.substring(1, l.indexOf('"', 1)))
                .toList();
        assertThat(keys).containsExactly("schemaVersion", "id", "title", "subject", "language", "problems", "id", "statement",
                "difficulty", "answer");
        assertThat(written).contains("\"answer\": {\"kind\": \"equation\", \"value\": \"x = 1\"}").endsWith("}\n");
    }

    @Test
    void longValuesAreBrokenOverLinesAndShortOnesKeptOnOne() {
        String hint = "h".repeat(70);
        String text = """
                {"schemaVersion": 1, "id": "k", "title": "T", "subject": "math", "problems": [
                  {"id": "p", "statement": "s", "answer": {"kind": "equation", "value": "x = 1"}, "hints": ["%s", "%s"]}]}
                """.formatted(hint, hint);
        String written = PackWriter.write(new PackReader().read(Path.of("a.json"), text).pack().orElseThrow());
        assertThat(written).contains("\"hints\": [\n        \"" + hint + "\",\n");
        assertThat(written.lines()).allMatch(l -> l.length() <= PackWriter.WIDTH || l.strip().startsWith("\""));
    }
}
