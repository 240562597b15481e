package app.stepwise.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.stepwise.app.Packs;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import app.stepwise.store.Records.WorkLine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsAndReportTest {
    private static final LessonPack PACK = Packs.reader().read(Path.of("lessons/linear-equations.json")).pack().orElseThrow();

    private static Problem problem(String id) {
        return PACK.problem(id).orElseThrow();
    }

    /** A laptop where each named student answers le-01 right and le-02 with a sign error in line 2. */
    private static Path laptop(Path dir, String file, String... names) throws Exception {
        try (Classroom c = Classroom.open(dir.resolve(file + ".db"))) {
            for (String n : names) {
                c.signIn(c.createStudent(n, Optional.empty()), "");
                c.opened(PACK, problem("le-01"));
                c.recordAttempt(PACK.id(), problem("le-01"), "x = 5", true, false, "equation", List.of(), "", false);
                c.recordAttempt(PACK.id(), problem("le-02"), "x = 25/3", false, false, "equation",
                        List.of(new WorkLine(1, "3x = 20 + 5", "invalid", "Moving +5 across makes it -5.", "sign error"),
                                new WorkLine(2, "3x = 25", "valid", "", "")),
                        "sign error", false);
                c.recordHint(PACK.id(), problem("le-03"), 3, "solver", true, 4);
            }
            Path out = dir.resolve(file + ".json");
            c.exportResults(out);
            return out;
        }
    }

    @Test
    void aTeacherSeesTwoLaptopsAsOneClassAndImportingTwiceChangesNothing(@TempDir Path tmp) throws Exception {
        Path a = laptop(tmp, "laptop-a", "Ana", "Bo");
        Path b = laptop(tmp, "laptop-b", "Zoë", "Nguyễn Văn An");
        try (Classroom teacher = Classroom.open(tmp.resolve("teacher.db"))) {
            Classroom.Imported first = teacher.importResults(a);
            assertThat(first.students()).isEqualTo(2);
            assertThat(first.newRows()).isPositive();
            teacher.importResults(b);
            ClassReport before = teacher.report(Map.of());
            Classroom.Imported again = teacher.importResults(a);
            assertThat(again.alreadyImported()).isTrue();
            assertThat(again.newRows()).isZero();
            Path copy = tmp.resolve("copy-of-a.json"); // the same results under another name: still nothing new
            Files.copy(a, copy);
            assertThat(teacher.importResults(copy).newRows()).isZero();
            ClassReport after = teacher.report(Map.of("solve-one-step", "One-step equations"));
            assertThat(after.students()).extracting(ClassReport.StudentRow::name).containsExactly("Ana", "Bo", "Nguyễn Văn An",
                    "Zoë");
            assertThat(after.mastery()).isEqualTo(before.mastery());
            assertThat(after.timeline()).isEqualTo(before.timeline());
            assertThat(after.skills()).contains(new ClassReport.SkillRow("solve-one-step", "One-step equations"));
            // every student: one-step right first time (0.66); both-sides had the bottom-out hint before any answer (0.184)
            for (ClassReport.StudentRow s : after.students()) {
                assertThat(after.cell(s.id(), "solve-one-step").orElseThrow().pKnown()).isCloseTo(0.66, within(1e-9));
                assertThat(after.cell(s.id(), "solve-both-sides").orElseThrow().pKnown()).as("bottom-out hint first: not known")
                        .isCloseTo(0.184, within(1e-9));
            }
            assertThat(after.misconceptions()).first().satisfies(m -> {
                assertThat(m.problem()).isEqualTo("le-02");
                assertThat(m.misconception()).isEqualTo("sign error");
                assertThat(m.times()).as("once per answer, though two places name it").isEqualTo(4);
                assertThat(m.students()).isEqualTo(4);
            });
            assertThat(after.hintDependence()).allSatisfy(h -> {
                assertThat(h.problemsTried()).isEqualTo(3);
                assertThat(h.bottomOutHints()).isEqualTo(1);
                assertThat(h.rightFirstTimeShare()).isCloseTo(0.5, within(1e-9));
            });
            assertThat(after.timeline()).hasSize(4 * 3);
        }
    }

    @Test
    void aFileFromANewerStepwiseOrNotAResultsFileIsRefusedWithAReason(@TempDir Path tmp) throws Exception {
        Path a = laptop(tmp, "laptop-a", "Ana");
        Path newer = tmp.resolve("newer.json");
        Files.writeString(newer, Files.readString(a).replaceFirst("\"version\" : 1", "\"version\" : 7"));
        assertThatThrownBy(() -> ResultsFile.read(newer)).isInstanceOf(ResultsFile.RefusedException.class)
                .hasMessageContaining("newer Stepwise").hasMessageContaining("version 7");
        Path pack = Path.of("lessons/linear-equations.json");
        assertThatThrownBy(() -> ResultsFile.read(pack)).hasMessageContaining("is not a Stepwise results file");
        Path junk = tmp.resolve("junk.json");
        Files.writeString(junk, "{{{ not json");
        assertThatThrownBy(() -> ResultsFile.read(junk)).hasMessageContaining("not JSON");
        Path cut = tmp.resolve("cut.json");
        Files.writeString(cut, Files.readString(a).replace("\"answer\"", "\"answr\""));
        assertThatThrownBy(() -> ResultsFile.read(cut)).hasMessageContaining("damaged or incomplete")
                .hasMessageContaining("answer");
        assertThatThrownBy(() -> ResultsFile.read(tmp.resolve("missing.json"))).hasMessageContaining("was not found");
        try (Classroom teacher = Classroom.open(tmp.resolve("teacher.db"))) {
            assertThatThrownBy(() -> teacher.importResults(newer)).isInstanceOf(ResultsFile.RefusedException.class);
            assertThat(teacher.report(Map.of()).students()).isEmpty();
        }
    }

    @Test
    void picturePasswordsNeverLeaveTheLaptop(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("r.json");
        try (Classroom c = Classroom.open(tmp.resolve("p.db"))) {
            c.createStudent("Ana", Optional.of("cat sun tree"));
            c.exportResults(out);
        }
        assertThat(Files.readString(out)).contains("Ana").doesNotContain("pbkdf2").doesNotContain("picture");
    }

    @Test
    void csvFilesOpenCleanlyInSpreadsheets(@TempDir Path tmp) throws Exception {
        try (Classroom c = Classroom.open(tmp.resolve("p.db"))) {
            c.signIn(c.createStudent("O'Brien, \"Sam\"", Optional.empty()), "");
            c.recordAttempt(PACK.id(), problem("le-01"), "=HYPERLINK(\"x\")", false, false, "equation", List.of(), "", false);
            c.signIn(c.createStudent("Zoë", Optional.empty()), "");
            c.recordAttempt(PACK.id(), problem("le-01"), "x = 5", true, false, "equation", List.of(), "", false);
            ClassReport r = c.report(Map.of("solve-one-step", "Solve one-step, quickly"));
            List<Path> files = ReportExport.writeCsv(r, tmp.resolve("out"));
            assertThat(files).extracting(f -> f.getFileName().toString()).contains("mastery.csv", "misconceptions.csv",
                    "hints.csv",
                    "time.csv", "timeline.csv", "students.csv");
            byte[] bytes = Files.readAllBytes(tmp.resolve("out/mastery.csv"));
            assertThat(bytes[0] & 0xff).isEqualTo(0xEF); // UTF-8 byte-order mark
            String mastery = new String(bytes, StandardCharsets.UTF_8).substring(1);
            assertThat(mastery).isEqualTo("student,\"Solve one-step, quickly\"\r\n\"O'Brien, \"\"Sam\"\"\",0.18\r\nZoë,0.66\r\n");
            String students = Files.readString(tmp.resolve("out/students.csv"), StandardCharsets.UTF_8);
            assertThat(students).contains("Zoë,this computer\r\n");
        }
        assertThat(ReportExport.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(ReportExport.cell("-2x")).isEqualTo("'-2x");
        assertThat(ReportExport.cell(-0.5)).isEqualTo("-0.5");
        assertThat(ReportExport.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(ReportExport.cell(" padded")).isEqualTo("\" padded\"");
        assertThat(ReportExport.cell(3.0)).isEqualTo("3");
    }

    @Test
    void thePrintableSummaryEscapesNamesAndShowsTheHeatMap(@TempDir Path tmp) throws Exception {
        try (Classroom c = Classroom.open(tmp.resolve("p.db"))) {
            c.signIn(c.createStudent("<b>Kai</b>", Optional.empty()), "");
            c.recordAttempt(PACK.id(), problem("le-01"), "x = 5", true, false, "equation", List.of(), "", false);
            String html = ReportExport.html(c.report(Map.of()), "Class 9B");
            assertThat(html).contains("<title>Class 9B</title>", "&lt;b&gt;Kai&lt;/b&gt;", "66%", "@page")
                    .doesNotContain("<b>Kai");
        }
    }
}
