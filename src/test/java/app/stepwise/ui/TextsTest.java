package app.stepwise.ui;

import app.stepwise.text.KeyScan;

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

    /**
     * The keys a piece of UI code names: every key-like string literal in the first argument of a {@code get(...)}
     * call, so a key chosen by a condition ({@code t.get(next ? "a.b" : "a.c", n)}) is seen as well as a plain one.
     */
    static Set<String> namedKeys(String source) {
        Pattern call = Pattern.compile("\\.get\\(");
        Pattern literal = Pattern.compile("\"([a-zA-Z]+(?:\\.[a-zA-Z]+)+)\"");
        Set<String> out = new TreeSet<>();
        Matcher c = call.matcher(source);
        while (c.find()) {
            String argument = KeyScan.firstArgument(source, c.end());
            if (argument.matches("(?s).*\"\\s*\\+.*")) continue; // "prefix." + name: checked by family below
            Matcher k = literal.matcher(argument);
            while (k.find()) out.add(k.group(1));
        }
        return out;
    }

    @Test
    void theKeyScanSeesPlainAndConditionalKeysAndSoAMissingOneFails() {
        String code = """
                t.get("problem.check"); t.get(next() ? "problem.hintNextStep" : "problem.hintNumber", n);
                t.get("no.such.key", 1); map.get("draft"); t.get("subject." + name);
                """;
        assertThat(namedKeys(code)).containsExactlyInAnyOrder("problem.check", "problem.hintNextStep", "problem.hintNumber",
                "no.such.key");
        assertThat(keys("en")).doesNotContain("no.such.key"); // so everyKeyTheCodeNamesExists would fail on this code
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> en = keys("en"), es = keys("es");
        Set<String> missing = new TreeSet<>();
        int named = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/app/stepwise/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String k : namedKeys(Files.readString(f))) {
                    named++;
                    if (!en.contains(k) || !es.contains(k)) missing.add(f.getFileName() + ": " + k);
                }
            }
        }
        assertThat(named).as("the scan finds the keys the code names").isGreaterThan(300);
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyKeyBuiltFromANameExists(String tag) {
        Set<String> known = keys(tag);
        java.util.List<String> built = new java.util.ArrayList<>();
        for (var s : app.stepwise.tutor.HintService.Source.values()) built.add("report.source." + s.id());
        for (var s : app.stepwise.lesson.LessonPack.Subject.values())
            built.add("subject." + s.name().toLowerCase(java.util.Locale.ROOT));
        for (var s : PackViewModel.Status.values()) built.add("pack.status." + s.name().toLowerCase(java.util.Locale.ROOT));
        for (var r : app.stepwise.classroom.NextProblem.Reason.values())
            built.add("practice.reason." + r.name().toLowerCase(java.util.Locale.ROOT));
        for (var k : ProblemViewModel.Kind.values())
            if (k != ProblemViewModel.Kind.NONE) built.add("verdict." + k.name().toLowerCase(java.util.Locale.ROOT));
        for (var m : app.stepwise.tutor.Checking.Mark.values()) built.add("mark." + m.label());
        for (var th : Settings.Theme.values()) built.add("theme." + th.name().toLowerCase(java.util.Locale.ROOT));
        for (var v : app.stepwise.lesson.TeacherSettings.ShowSolution.values()) built.add("teacher.show." + v.label());
        // the pack editor's choice boxes show the pack format's words through the bundle
        for (String kind : java.util.List.of("expression", "equation", "set", "numeric", "quantity", "choice"))
            built.add("editor.kind." + kind);
        for (var f : app.stepwise.lesson.AnswerSpec.Form.values()) built.add("editor.form." + f.label());
        built.add("editor.form.none");
        for (String task : app.stepwise.lesson.Task.ids()) built.add("editor.task." + task);
        built.add("editor.task.none");
        assertThat(built).hasSizeGreaterThan(40);
        assertThat(built).allSatisfy(k -> assertThat(known).as(tag).contains(k));
    }

    @Test
    void anUnknownLanguageFallsBackToEnglish() {
        assertThat(Texts.of("xx").get("problem.check")).isEqualTo("Check");
        assertThat(Texts.of("es").get("problem.check")).isEqualTo("Comprobar");
    }

    /**
     * One word for one thing, in words a student knows: the Spanish screens called the solver both "resolutor" and
     * "resolvedor", and "What's wrong?" credited "the grading module", a name no screen explains (the math engine
     * elsewhere) — a newcomer's find.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"es, resolvedor", "en, grading module"})
    void aThingHasOneNameOnEveryScreen(String tag, String avoided) {
        Texts t = Texts.of(tag);
        for (String k : keys(tag))
            assertThat(t.bundle().getString(k).toLowerCase(java.util.Locale.ROOT)).as(tag + " " + k).doesNotContain(avoided);
    }
}
