package app.stepwise.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A new pack's id made from its title: plain, readable, and never one already taken. */
class PackIdsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Fractions, week 3                    | fractions-week-3
            Ecuaciones: señales y paréntesis     | ecuaciones-senales-y-parentesis
            Forces & motion (Year 10)            | forces-motion-year-10
            '  --Straße über Äpfel--  '          | strasse-uber-apfel
            Алгебра 7                            | my-pack
            代数                                  | my-pack
            ''                                   | my-pack
            '   '                                | my-pack
            Física 2 — Ley de Ohm                | fisica-2-ley-de-ohm
            """)
    void aTitleMakesAPlainId(String title, String id) {
        assertThat(PackIds.fromTitle(title, taken -> false)).isEqualTo(id);
    }

    @Test
    void anIdTakenGetsTheFirstFreeNumber() {
        Set<String> taken = Set.of("fractions", "fractions-2", "my-pack");
        assertThat(PackIds.fromTitle("Fractions", taken::contains)).isEqualTo("fractions-3");
        assertThat(PackIds.fromTitle("", taken::contains)).isEqualTo("my-pack-2");
        assertThat(PackIds.fromTitle("Алгебра", taken::contains)).isEqualTo("my-pack-2");
    }

    @Test
    void aLongTitleMakesAnIdThePackReaderTakes() {
        String id = PackIds.fromTitle("Revision of everything from the autumn term, ".repeat(4), taken -> !taken.endsWith("-9"));
        assertThat(id).matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}").endsWith("-9").doesNotContain("--");
    }
}
