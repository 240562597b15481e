package app.stepwise.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.Packs;
import app.stepwise.text.Message;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A pack file a teacher broke by hand is refused with what to fix, in the teacher's language: the JSON parser's own
 * words ("Unexpected end-of-input within/between Object entries", "was expecting double-quote to start field name")
 * reached teachers in English inside Spanish messages (a newcomer's find).
 */
class JsonSyntaxTest {
    /** The broken text, the line the message names, and words of the English and Spanish explanations. */
    static Stream<Arguments> brokenPacks() {
        return Stream.of(
                Arguments.of("{\"id\": \"a\",\n \"title\": \"b\"", 2, "ends before", "termina antes"),
                Arguments.of("{\"id\": \"a\",\n \"title\": \"b\",\n}", 3, "comma just before", "coma justo antes"),
                Arguments.of("{\"skills\": [\"a\",\n]}", 2, "comma just before", "coma justo antes"),
                Arguments.of("{\"id\": \"a\"\n \"title\": \"b\"}", 2, "comma is missing", "falta una coma"),
                Arguments.of("{'id': 'a'}", 1, "double quotes", "comillas dobles"),
                Arguments.of("{\"id\": hello}", 1, "double quotes", "comillas dobles"),
                Arguments.of("{\"id\": \"two\nlines\"}", 1, "line break", "salto de línea"));
    }

    @ParameterizedTest
    @MethodSource("brokenPacks")
    void aBrokenFileIsExplainedWithWhatToFix(String text, int line, String english, String spanish) {
        PackProblem.Report r = Packs.reader().read(Path.of("pack.json"), text);
        assertThat(r.pack()).isEmpty();
        PackProblem p = r.problems().get(0);
        assertThat(p.line()).isEqualTo(line);
        Message said = p.said();
        assertThat(said.english()).startsWith("this is not valid JSON").contains(english).doesNotContain("code ")
                .doesNotContain("expecting").doesNotContain("end-of-input");
        assertThat(said.in(Locale.forLanguageTag("es"))).startsWith("esto no es JSON válido").contains(spanish)
                .doesNotContain("expecting").doesNotContain("end-of-input");
    }
}
