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

    /**
     * new19's teacher run: Export suggested the pack's id ("my-pack.stepwise-pack") as the file's name, so every file
     * looked alike. It suggests the title, made safe for every system the file may be copied to: no characters Windows
     * or macOS refuse, no device names, no leading or trailing dots or spaces, not over-long; the id where nothing is
     * left.
     */
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Fractions, week 3                  | my-pack-2  | Fractions, week 3
            Ecuaciones de 2.º B                | ecuaciones | Ecuaciones de 2.º B
            'Ratios: 1/2 and 3/4?'             | ratios     | Ratios 1-2 and 3-4
            '  ..Hidden "quotes" <b>|*  . '    | hidden     | Hidden quotes b
            Алгебра 7                          | my-pack    | Алгебра 7
            CON                                | con        | con
            ''                                 | my-pack-3  | my-pack-3
            '...'                              | my-pack    | my-pack
            """)
    void aTitleMakesASafeFileName(String title, String id, String name) {
        assertThat(PackIds.fileName(title, id)).isEqualTo(name);
    }

    @Test
    void aLongTitleMakesAFileNameOfAtMost80CharactersCutAtAWord() {
        String name = PackIds.fileName("Revision of everything from the autumn term, ".repeat(4), "revision");
        assertThat(name.length()).isLessThanOrEqualTo(80);
        assertThat(name).startsWith("Revision of everything").doesNotEndWith(" ").doesNotEndWith(",")
                .endsWith("everything from the");
    }
}
