package app.stepwise.author;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.app.Packs;
import app.stepwise.grade.AnswerChecker;
import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.PackProblem;
import app.stepwise.lesson.PackWriter;
import app.stepwise.lesson.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import from OATutor and Moodle XML (fixtures written for these tests from the published formats), export to Moodle XML. */
class ImportTest {
    static final Path OATUTOR = Path.of("src/test/resources/import/oatutor/content-pool");
    static final Path MOODLE = Path.of("src/test/resources/import/moodle/questions.xml");

    /** The imported pack written and read back through the real reader: what a teacher would open. */
    static LessonPack roundTrip(LessonPack pack) {
        PackProblem.Report r = Packs.reader().read(Path.of("imported.json"), PackWriter.write(pack));
        assertThat(r.problems()).isEmpty();
        return r.pack().orElseThrow();
    }

    @Test
    void anOatutorPoolBecomesOneProblemPerStepWithItsHintPathway() throws Exception {
        ImportReport r = OatutorImport.read(OATUTOR, "oat", "From OATutor");
        LessonPack pack = roundTrip(r.pack());
        assertThat(pack.problems()).extracting(Problem::id).containsExactly("linEq1a", "linEq1b");
        Problem a = pack.problem("linEq1a").orElseThrow();
        assertThat(a.statement()).contains("Balancing a scale").contains("$2x+3$").contains("What is $x$?");
        assertThat(a.answer()).isEqualTo(new AnswerSpec.Equation("x=4"));
        assertThat(AnswerChecker.check(a.answer(), "x = 4").correct()).isTrue();
        assertThat(a.hints()).containsExactly("Undo the addition\nTake $3$ away from both sides.",
                "What is left?\nWhat is $11-3$? (8)", "Share equally\n$2x=8$, so $x=4$.");
        assertThat(a.skills()).containsExactly("two-step-equations");
        Problem b = pack.problem("linEq1b").orElseThrow();
        assertThat(b.answer()).isEqualTo(new AnswerSpec.MultipleChoice(List.of("8", "11", "14"), 1));
        assertThat(pack.skills()).extracting(LessonPack.Skill::id).containsExactly("two-step-equations", "checking-solutions");
        assertThat(r.notCarried()).anyMatch(l -> l.contains("parity1") && l.contains("variabilization"))
                .anyMatch(l -> l.contains("parity1a") && l.contains("not math"))
                .anyMatch(l -> l.contains("linEq1a") && l.contains("only its first answer"))
                .anyMatch(l -> l.contains("scaffold"));
        assertThat(ContentCheck.check(pack)).filteredOn(ContentCheck.Finding::error).isEmpty();
    }

    @Test
    void aMoodleFileCarriesEachMathQuestionTypeAndReportsTheRest() throws Exception {
        ImportReport r = MoodleXml.read(MOODLE, "moodle", "");
        LessonPack pack = roundTrip(r.pack());
        assertThat(pack.title()).isEqualTo("Year 9 revision");
        assertThat(pack.problems()).extracting(Problem::id).containsExactly("car-speed", "half-of-9", "solve-linear", "prime",
                "expand-square");
        Problem speed = pack.problem("car-speed").orElseThrow();
        assertThat(speed.statement()).isEqualTo("A car covers 150 m in 10 s. What is its speed?");
        assertThat(speed.answer()).isInstanceOf(AnswerSpec.Quantity.class);
        assertThat(AnswerChecker.check(speed.answer(), "54 km/h").correct()).isTrue();
        assertThat(AnswerChecker.check(speed.answer(), "15.4 m/s").correct()).isTrue();
        assertThat(AnswerChecker.check(speed.answer(), "16 m/s").correct()).isFalse();
        assertThat(speed.hints()).containsExactly("Which formula links distance and time?", "Divide: $150 \\div 10$.");
        assertThat(speed.solution()).singleElement().satisfies(s -> assertThat(s.text()).contains("$v = 150/10$"));
        assertThat(pack.problem("half-of-9").orElseThrow().answer()).isInstanceOf(AnswerSpec.Numeric.class);
        assertThat(pack.problem("solve-linear").orElseThrow().answer()).isEqualTo(new AnswerSpec.Equation("x = 4"));
        assertThat(pack.problem("prime").orElseThrow().answer())
                .isEqualTo(new AnswerSpec.MultipleChoice(List.of("9", "7", "15"), 1));
        Problem stack = pack.problem("expand-square").orElseThrow();
        assertThat(stack.statement()).isEqualTo("Expand $(x+1)^2$.");
        assertThat(AnswerChecker.check(stack.answer(), "x^2 + 2x + 1").correct()).isTrue();
        assertThat(r.notCarried()).anyMatch(l -> l.contains("\"capital\"") && l.contains("words"))
                .anyMatch(l -> l.contains("\"evens\"") && l.contains("exactly one"))
                .anyMatch(l -> l.contains("\"random-sum\"") && l.contains("Maxima"))
                .anyMatch(l -> l.contains("\"explain\"") && l.contains("essay"))
                .anyMatch(l -> l.contains("\"half-of-9\"") && l.contains("partial credit"))
                .noneMatch(l -> l.contains("\"prime\""));
    }

    @Test
    void aMoodleFileWithADoctypeIsRefusedSoNoEntityIsEverResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        Path xml = dir.resolve("evil.xml");
        Files.writeString(xml, """
                <?xml version="1.0"?>
                <!DOCTYPE quiz [<!ENTITY x SYSTEM "%s">]>
                <quiz><question type="shortanswer"><name><text>q</text></name>
                <questiontext><text>&x;</text></questiontext><answer fraction="100"><text>1</text></answer></question></quiz>
                """.formatted(secret.toUri()));
        assertThatThrownBy(() -> MoodleXml.read(xml, "p", "")).isInstanceOf(ImportException.class)
                .hasMessageContaining("DTD").hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void notXmlOrNotAQuizIsAClearError(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, "<quiz><question>");
        assertThatThrownBy(() -> MoodleXml.read(bad, "p", "")).hasMessageContaining("not well-formed");
        Files.writeString(bad, "<html/>");
        assertThatThrownBy(() -> MoodleXml.read(bad, "p", "")).hasMessageContaining("not a Moodle XML");
    }

    @Test
    void exportingToMoodleAndImportingAgainKeepsEveryAnswer() throws Exception {
        LessonPack original = Packs.reader().read(Path.of("lessons/forces-and-motion.json")).pack().orElseThrow();
        List<String> report = new ArrayList<>();
        String xml = MoodleXml.write(original, report);
        assertThat(xml).contains("<question type=\"numerical\">").contains("<unit_name>m/s</unit_name>");
        assertThat(report).anyMatch(l -> l.contains("line-by-line"));
        Path file = Files.createTempFile("export", ".xml");
        try {
            Files.writeString(file, xml);
            LessonPack back = roundTrip(MoodleXml.read(file, "again", "").pack());
            assertThat(back.problems()).hasSameSizeAs(original.problems());
            for (int i = 0; i < original.problems().size(); i++) {
                Problem o = original.problems().get(i);
                Problem b = back.problems().get(i);
                assertThat(b.id()).isEqualTo(o.id());
                assertThat(b.statement()).isEqualTo(o.statement());
                assertThat(AnswerChecker.check(b.answer(), o.answer().expected()).correct()).as(o.id()).isTrue();
                assertThat(b.hints()).isEqualTo(o.hints());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void mergingNeverOverwritesAProblemWithTheSameId() {
        LessonPack pack = Packs.reader().read(Path.of("lessons/linear-equations.json")).pack().orElseThrow();
        Problem clash = pack.problems().get(0);
        List<String> report = new ArrayList<>();
        LessonPack merged = PackMerge.add(pack, List.of(clash, clash), List.of(), report);
        assertThat(merged.problems()).extracting(Problem::id).startsWith("le-01").endsWith("le-01-imported",
                "le-01-imported-2");
        assertThat(merged.problem("le-01")).contains(clash);
        assertThat(report).hasSize(2).allMatch(l -> l.contains("nothing was overwritten"));
    }
}
