package app.stepwise.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The streamer shows whole characters only, even when the tokenizer splits one character over several tokens. */
class Utf8StreamerTest {
    /** Token 1 and 2 together are "−" (U+2212); either alone decodes to the replacement character, as byte tokens do. */
    static String decode(List<Long> ids) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            if (id == 1 && i + 1 < ids.size() && ids.get(i + 1) == 2) {
                sb.append('\u2212');
                i++;
            } else
                sb.append(Map.of(1L, "\uFFFD", 2L, "\uFFFD", 3L, "x", 4L, " = ", 5L, "4").get(id));
        }
        return sb.toString();
    }

    @Test
    void aCharacterSplitOverTwoTokensIsShownOnceWhole() {
        List<String> shown = new ArrayList<>();
        Utf8Streamer s = new Utf8Streamer(Utf8StreamerTest::decode, shown::add);
        List<Long> tokens = List.of(3L, 4L, 1L, 2L, 5L);
        for (long t : tokens) s.accept(t);
        s.finish(decode(tokens));
        assertThat(shown).containsExactly("x", " = ", "\u2212", "4");
        assertThat(String.join("", shown)).isEqualTo("x = \u22124");
    }

    @Test
    void whatIsHeldBackAtTheEndIsShownByFinish() {
        List<String> shown = new ArrayList<>();
        Utf8Streamer s = new Utf8Streamer(Utf8StreamerTest::decode, shown::add);
        s.accept(3L);
        s.accept(1L); // the generation stops in the middle of a character
        s.finish(decode(List.of(3L, 1L)));
        assertThat(String.join("", shown)).isEqualTo("x\uFFFD");
        assertThat(shown).noneMatch(String::isEmpty);
    }
}
