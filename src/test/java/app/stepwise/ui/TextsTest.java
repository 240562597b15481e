package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The UI texts: both languages complete, every pattern well formed, every key the code uses present. */
class TextsTest {
    private static Set<String> keys(String tag) {
        return new TreeSet<>(Collections.list(Texts.of(tag).bundle().getKeys()));
    }

    @Test
    void spanishHasExactlyTheEnglishKeys() {
        assertThat(keys("es")).isEqualTo(keys("en"));
    }

    @Test
    void spanishIsTranslatedNotCopied() {
        Texts en = Texts.of("en"), es = Texts.of("es");
        // key names (Ctrl+H, Esc) and Greek letter names (pi, mu) are the same in both languages
        var words = keys("en").stream().filter(k -> !k.endsWith(".keys") && !k.startsWith("palette.say.")).toList();
        long same = words.stream().filter(k -> en.get(k).equals(es.get(k))).count();
        assertThat(same).as("texts identical in English and Spanish").isLessThan(words.size() / 20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyPatternFormatsWithArguments(String tag) {
        Texts t = Texts.of(tag);
        for (String k : keys(tag))
            assertThatCode(() -> t.get(k, 1, 2, 3, 4)).as(k).doesNotThrowAnyException();
        assertThat(t.get("summary.hints", 2)).contains("2");
        assertThat(t.get("problem.whatsWrong")).doesNotContain("''");
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> known = keys("en");
        Pattern literal = Pattern.compile("\\.get\\(\"([a-zA-Z]+(?:\\.[a-zA-Z]+)+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/app/stepwise/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) if (!known.contains(m.group(1))) missing.add(f.getFileName() + ": " + m.group(1));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void anUnknownLanguageFallsBackToEnglish() {
        assertThat(Texts.of("xx").get("problem.check")).isEqualTo("Check");
        assertThat(Texts.of("es").get("problem.check")).isEqualTo("Comprobar");
    }
}
