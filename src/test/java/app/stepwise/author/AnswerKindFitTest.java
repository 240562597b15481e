package app.stepwise.author;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.Packs;
import app.stepwise.lesson.LessonPack;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The answer key must fit its kind: a newcomer's review saved 11/12 as the answer of an "equation" problem, and the
 * editor took it (with no "=" the grader names no letter, so y = 11/12 was marked right for a problem in x). The rows
 * are in {@code author/answer-kinds-21.tsv}; the reader still opens such packs, the editor will not save them.
 */
class AnswerKindFitTest {
    @ParameterizedTest(name = "{0} \"{1}\": {2}")
    @CsvFileSource(resources = "/author/answer-kinds-21.tsv", delimiter = '\t')
    void theAnswerKeyFitsItsKind(String kind, String key, String said) {
        String json = """
                {"schemaVersion": 1, "id": "k", "title": "k", "subject": "math", "language": "en",
                 "problems": [{"id": "p1", "statement": "A problem.", "answer": {"kind": "%s", "value": "%s"}}]}
                """.formatted(kind, key);
        var read = Packs.reader().read(Path.of("k.json"), json);
        assertThat(read.ok()).as("the reader still opens it: %s", read.problems()).isTrue();
        LessonPack pack = read.pack().orElseThrow();
        List<ContentCheck.Finding> onValue = ContentCheck.check(pack).stream()
                .filter(f -> f.pointer().equals("/problems/0/answer/value") && f.said().key().startsWith("content.kind."))
                .toList();
        switch (said) {
            case "none" -> assertThat(onValue).isEmpty();
            case "error" -> assertThat(onValue).singleElement().satisfies(f -> assertThat(f.error()).isTrue());
            case "warning" -> assertThat(onValue).singleElement().satisfies(f -> assertThat(f.error()).isFalse());
            default -> throw new IllegalArgumentException(said);
        }
    }
}
