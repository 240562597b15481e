package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seen under Xvfb: beside the label "Expected answer" the editor said {@code p1 · answer: "value" is empty}, the pack
 * file's words. The editor names fields as its own labels do, in the teacher's language; the CLI keeps the file's.
 */
class PackEditorFieldNamesTest {
    private static final String EMPTY_TITLE_AND_ANSWER = "{\"schemaVersion\": 1, \"id\": \"x\", \"title\": \"\","
            + " \"subject\": \"math\", \"problems\": [{\"id\": \"p1\", \"statement\": \"Solve $x + 1 = 2$.\","
            + " \"answer\": {\"kind\": \"equation\", \"value\": \"\"}}]}";

    private static List<String> messages(String tag) {
        return PackEditorViewModel.check(Path.of("x.json"), EMPTY_TITLE_AND_ANSWER, Texts.of(tag).locale()).findings()
                .stream().map(PackEditorViewModel.Finding::message).toList();
    }

    @Test
    void findingsNameTheFieldsByTheEditorsLabels() {
        assertThat(messages("en")).contains("\"Expected answer\" is empty", "\"Title\" is empty")
                .noneMatch(m -> m.contains("\"value\"") || m.contains("\"title\""));
        assertThat(messages("es")).contains("\"Respuesta esperada\" está vacío", "\"Título\" está vacío")
                .noneMatch(m -> m.contains("\"value\"") || m.contains("\"title\""));
    }

    @Test
    void whereAFindingIsIsSaidByTheEditorsLabelsToo() {
        Texts es = Texts.of("es");
        var answer = PackEditorViewModel.finding("/problems/0/answer/value", "x", true);
        assertThat(answer.label(List.of(), es)).contains("· Respuesta:").doesNotContain("answer");
        var title = PackEditorViewModel.finding("/title", "x", true);
        assertThat(title.label(List.of(), es)).startsWith("✗ paquete · Título:");
        assertThat(title.field()).as("what the click goes to is unchanged").isEqualTo("title");
    }
}
