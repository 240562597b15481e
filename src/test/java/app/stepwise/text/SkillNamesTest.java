package app.stepwise.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.Packs;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.PackProblem;
import app.stepwise.solve.Family;
import app.stepwise.solve.Solvers;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Skill names are said in the reader's language: every skill of the bundled packs and of the solvers (a typed-in
 * problem's) has a name in every bundle; a pack's own, differently worded title is shown as written.
 */
class SkillNamesTest {
    private static final Locale ES = Locale.forLanguageTag("es");

    /** Skill id to its title in the bundled packs ("" for a solver's skill no pack titles). */
    private static Map<String, String> everySkill() {
        Map<String, String> all = new TreeMap<>();
        for (Family f : Solvers.families()) f.skills().forEach(id -> all.putIfAbsent(id, ""));
        for (PackProblem.Report r : Packs.library().load()) {
            LessonPack p = r.pack().orElseThrow(() -> new AssertionError("a bundled pack does not read: " + r));
            p.skills().forEach(s -> all.put(s.id(), s.title()));
            p.problems().forEach(q -> q.skills().forEach(id -> all.putIfAbsent(id, "")));
        }
        return all;
    }

    @Test
    void everySkillHasANameInEveryBundle() {
        Map<String, String> all = everySkill();
        assertThat(all).hasSizeGreaterThan(60);
        assertThat(SkillNames.ids()).containsAll(all.keySet());
        all.forEach((id, title) -> {
            for (String language : Message.LANGUAGES) {
                String name = SkillNames.of(id, title).in(Locale.forLanguageTag(language));
                assertThat(name).as(id + " in " + language).isNotBlank().doesNotStartWith("skill.");
            }
            String es = SkillNames.of(id, title).in(ES);
            assertThat(es).as(id + ": said in Spanish, not left in English").isNotEqualTo(SkillNames.of(id, title).english());
        });
    }

    @Test
    void theBundledPacksTitlesAreTheEnglishNamesSoTheyAreTranslated() {
        everySkill().forEach((id, title) -> {
            if (!title.isEmpty()) assertThat(Message.of("skill." + id).english()).as(id).isEqualTo(title);
        });
    }

    @Test
    void aSkillNoPackTitlesIsNamedInTheLanguageAndAnAuthorsOwnTitleIsKept() {
        assertThat(SkillNames.of("rearranging-formulas", "").english()).isEqualTo("Rearranging formulas");
        assertThat(SkillNames.of("rearranging-formulas", "").in(ES)).isEqualTo("Despejar en fórmulas");
        assertThat(SkillNames.of("rearranging-formulas", "rearranging-formulas").in(ES)).isEqualTo("Despejar en fórmulas");
        assertThat(SkillNames.of("density", "Density").in(ES)).isEqualTo("Densidad");
        assertThat(SkillNames.of("newtons-second-law", "Newton's second law").in(ES)).isEqualTo("Segunda ley de Newton");
        assertThat(SkillNames.of("density", "Density of rocks").in(ES)).as("the author's own words")
                .isEqualTo("Density of rocks");
        assertThat(SkillNames.of("tiling-patterns", "").in(ES)).as("a skill nobody named, from its id")
                .isEqualTo("Tiling patterns");
    }
}
