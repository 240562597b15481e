package app.stepwise.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.Packs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PackReaderTest {
    private static final Path FILE = Path.of("pack.json");

    private static final String VALID = """
            {
              "schemaVersion": 1,
              "id": "demo",
              "title": "Demo",
              "subject": "physics",
              "skills": [{"id": "newton2", "title": "Newton's second law"}],
              "problems": [
                {
                  "id": "p1",
                  "statement": "A $2\\\\,\\\\text{kg}$ cart is pushed with $6$ N. Find its acceleration.",
                  "skills": ["newton2"],
                  "difficulty": 2,
                  "answer": {"kind": "quantity", "value": "3 m/s^2", "tolerance": "2%", "sigfigs": ">=1"},
                  "givens": [{"symbol": "m", "value": "2 kg"}, {"symbol": "F", "value": "6 N"}],
                  "hints": ["Which law links force and acceleration?"],
                  "solution": [{"text": "Use $F = ma$.", "math": "a = F/m"}],
                  "solver": {"family": "newton-second-law", "params": {"unknown": "a"}}
                }
              ]
            }
            """;

    private static PackProblem.Report read(String text) {
        return Packs.reader().read(FILE, text);
    }

    @Test
    void readsAValidPackIntoRecords() {
        PackProblem.Report r = read(VALID);
        assertThat(r.problems()).isEmpty();
        LessonPack pack = r.pack().orElseThrow();
        assertThat(pack.subject()).isEqualTo(LessonPack.Subject.PHYSICS);
        Problem p = pack.problems().get(0);
        assertThat(p.answer()).isInstanceOf(AnswerSpec.Quantity.class);
        AnswerSpec.Quantity q = (AnswerSpec.Quantity) p.answer();
        assertThat(q.tolerance()).contains(new AnswerSpec.Tolerance(true, new java.math.BigDecimal("0.02")));
        assertThat(q.sigFigs()).contains(new AnswerSpec.SigFigs(1, false));
        assertThat(p.givens()).extracting(Problem.Given::symbol).containsExactly("m", "F");
        assertThat(p.solver().orElseThrow().params()).containsEntry("unknown", "a");
    }

    /** round23: a quantity with no tolerance has none (not 1 %), so the grader tells it from a teacher's own "1%". */
    @Test
    void aQuantityWithNoToleranceHasNoneAndATeachersOwnOnePercentIsKept() {
        String none = VALID.replace(", \"tolerance\": \"2%\"", "");
        String onePercent = VALID.replace("\"tolerance\": \"2%\"", "\"tolerance\": \"1%\"");
        assertThat(none).isNotEqualTo(VALID);
        AnswerSpec.Quantity unset = (AnswerSpec.Quantity) read(none).pack().orElseThrow().problems().get(0).answer();
        AnswerSpec.Quantity own = (AnswerSpec.Quantity) read(onePercent).pack().orElseThrow().problems().get(0).answer();
        assertThat(unset.tolerance()).isEmpty();
        assertThat(unset.toleranceOrDefault()).isEqualTo(AnswerSpec.Tolerance.DEFAULT_RELATIVE);
        assertThat(own.tolerance()).contains(AnswerSpec.Tolerance.DEFAULT_RELATIVE);
        String written = PackWriter.write(read(onePercent).pack().orElseThrow());
        assertThat(written).contains("\"1%\"");
    }

    @Test
    void readsThePacksOwnTeacherDefaults() {
        LessonPack pack = read(VALID.replace("\"subject\": \"physics\",",
                "\"subject\": \"physics\", \"teacher\": {\"showSolution\": \"after-attempts\", \"afterAttempts\": 2, \"modelHints\": false},"))
                .pack().orElseThrow();
        assertThat(pack.teacher()).contains(new TeacherSettings(TeacherSettings.ShowSolution.AFTER_ATTEMPTS, 2, false, 3));
        assertThat(read(VALID).pack().orElseThrow().teacher()).isEmpty();
    }

    @Test
    void everyBundledPackIsValid() throws Exception {
        try (var files = Files.list(Path.of("lessons"))) {
            List<Path> packs = files.filter(f -> f.toString().endsWith(".json")).toList();
            assertThat(packs).isNotEmpty();
            for (Path f : packs) assertThat(Packs.reader().read(f).problems()).as(f.toString()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown field | \"title\": \"Demo\", | \"title\": \"Demo\", \"colour\": \"red\", | unknown field \"colour\" | /colour",
            "missing title | \"title\": \"Demo\", | | has no \"title\" | ''",
            "bad subject | \"subject\": \"physics\" | \"subject\": \"chemistry\" | use one of math, physics | /subject",
            "unclosed formula | Find its acceleration. | Find $a. | never closed | /problems/0/statement",
            "unbalanced braces | \"Use $F = ma$.\" | \"Use $\\\\frac{F}{m$.\" | unbalanced { } | /problems/0/solution/0/text",
            "missing answer value | \"value\": \"3 m/s^2\", | | has no \"value\" | /problems/0/answer",
            "unreadable math | \"math\": \"a = F/m\" | \"math\": \"a = F/(m\" | cannot be read as math | /problems/0/solution/0/math",
            "bad tolerance | \"tolerance\": \"2%\" | \"tolerance\": \"lots\" | a tolerance is | /problems/0/answer/tolerance",
            "bad difficulty | \"difficulty\": 2 | \"difficulty\": 9 | from 1 to 5 | /problems/0/difficulty",
            "unknown skill | \"skills\": [\"newton2\"], | \"skills\": [\"gravity\"], | not listed in the pack | /problems/0/skills/0",
            "bad id | \"id\": \"p1\" | \"id\": \"p 1\" | may use only letters | /problems/0/id",
            "pack id climbing out of the packs folder (the editor saves as ID.json) | \"id\": \"demo\" | \"id\": \"../../.bashrc\" | may use only letters | /id",
            "pack id that is a path | \"id\": \"demo\" | \"id\": \"/etc/passwd\" | may use only letters | /id",
            "pack id with a Windows separator | \"id\": \"demo\" | \"id\": \"a\\\\..\\\\b\" | may use only letters | /id",
            "newer schema | \"schemaVersion\": 1 | \"schemaVersion\": 7 | newer Stepwise | /schemaVersion",
            "bad answer kind | \"kind\": \"quantity\" | \"kind\": \"essay\" | use one of | /problems/0/answer/kind",
            "bad teacher solution rule | \"subject\": \"physics\", | \"subject\": \"physics\", \"teacher\": {\"showSolution\": \"sometimes\"}, | use always, after-attempts or never | /teacher/showSolution",
            "teacher hint level out of range | \"subject\": \"physics\", | \"subject\": \"physics\", \"teacher\": {\"maxHintLevel\": 4}, | from 1 to 3 | /teacher/maxHintLevel",
            "after-attempts without a count | \"subject\": \"physics\", | \"subject\": \"physics\", \"teacher\": {\"showSolution\": \"after-attempts\"}, | after how many attempts | /teacher/afterAttempts",
    })
    void reportsEachErrorKindWithItsLocation(String name, String find, String replace, String message, String pointer) {
        String broken = VALID.replace(find, replace == null ? "" : replace);
        assertThat(broken).as("test setup for " + name).isNotEqualTo(VALID);
        PackProblem.Report r = read(broken);
        assertThat(r.ok()).isFalse();
        // a formula the policy rejects is shown as plain text, so it alone does not keep the pack from opening
        assertThat(r.pack().isPresent()).isEqualTo(name.equals("unclosed formula") || name.equals("unbalanced braces"));
        assertThat(r.problems()).as(name).anySatisfy(p -> {
            assertThat(p.message()).contains(message);
            assertThat(p.pointer()).isEqualTo(pointer);
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
        });
    }

    @Test
    void aSystemOfTwoEquationsIsAWorkTaskAndItsStartMustHoldTwoEquations() {
        String system = VALID.replace("\"givens\":",
                "\"work\": {\"task\": \"system\", \"start\": \"2x + y = 9; 3x - y = 11\"}, \"givens\":");
        PackProblem.Report ok = read(system);
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.pack().orElseThrow().problems().get(0).work().orElseThrow())
                .isEqualTo(new Problem.Work(Task.SYSTEM, "2x + y = 9; 3x - y = 11"));
        for (String bad : List.of("2x + y = 9", "2x + y = 9; 3x - y", "x = 1; y = 2; x + y = 3")) {
            PackProblem.Report r = read(system.replace("2x + y = 9; 3x - y = 11", bad));
            assertThat(r.problems()).as(bad).anySatisfy(p -> {
                assertThat(p.message()).contains("two equations separated by");
                assertThat(p.pointer()).isEqualTo("/problems/0/work/start");
            });
        }
        PackProblem.Report unreadable = read(system.replace("3x - y = 11", "3x - (y = 11"));
        assertThat(unreadable.problems()).anySatisfy(p -> assertThat(p.message()).contains("cannot be read as math"));
    }

    @Test
    void reportsAllProblemsNotJustTheFirst() {
        String broken = VALID.replace("\"subject\": \"physics\"", "\"subject\": \"art\"")
                .replace("\"difficulty\": 2", "\"difficulty\": 0")
                .replace("Find its acceleration.", "Find $a.");
        assertThat(read(broken).problems()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void duplicateIdsAndKeysAreErrorsWithTheSecondLocation() {
        String twoProblems = VALID.replace("\"problems\": [",
                "\"problems\": [{\"id\": \"p1\", \"statement\": \"Again\", \"answer\": {\"kind\": \"numeric\", \"value\": \"1\"}},");
        assertThat(read(twoProblems).problems()).anySatisfy(p -> assertThat(p.message()).contains("\"p1\" is used twice"));
        String dupKey = VALID.replace("\"title\": \"Demo\",", "\"title\": \"Demo\", \"title\": \"Again\",");
        PackProblem.Report r = read(dupKey);
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.message()).contains("appears twice");
            assertThat(p.line()).isEqualTo(4);
        });
    }

    @ParameterizedTest(name = "malformed: {0}")
    @CsvSource(delimiter = '|', value = {
            "empty file | ''",
            "not json | hello",
            "truncated | {\"schemaVersion\": 1, \"id\": \"x\"",
            "array | []",
            "number | 42",
            "trailing comma | {\"schemaVersion\": 1,}",
            "no version | {\"id\": \"x\"}",
            "bad version | {\"schemaVersion\": \"one\"}",
            "problems not a list | {\"schemaVersion\": 1, \"id\": \"x\", \"title\": \"t\", \"problems\": 3}",
            "problem not object | {\"schemaVersion\": 1, \"id\": \"x\", \"title\": \"t\", \"problems\": [3]}",
            "no problems | {\"schemaVersion\": 1, \"id\": \"x\", \"title\": \"t\", \"problems\": []}",
            "null problem fields | {\"schemaVersion\": 1, \"id\": \"x\", \"title\": \"t\", \"problems\": [{}]}",
            "answer not object | {\"schemaVersion\": 1, \"id\": \"x\", \"title\": \"t\", \"problems\": [{\"id\": \"a\", \"statement\": \"s\", \"answer\": 5}]}",
    })
    void malformedFilesGiveMessagesNotExceptions(String name, String text) {
        PackProblem.Report r = read(text == null ? "" : text);
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).isNotBlank());
    }

    @Test
    void unreadableFilesAreReportedPlainly(@TempDir Path dir) throws Exception {
        assertThat(Packs.reader().read(dir.resolve("missing.json")).problems().get(0).message()).isEqualTo("no such file");
        Path binary = dir.resolve("bin.json");
        Files.write(binary, new byte[]{(byte) 0xff, (byte) 0xfe, 0, 1});
        assertThat(Packs.reader().read(binary).problems().get(0).message()).contains("not UTF-8");
        assertThat(Packs.reader().read(dir).problems().get(0).message()).contains("folder");
    }

    @Test
    void migratesDraftPacksToTheCurrentVersion() {
        String draft = """
                {"schemaVersion": 0, "id": "old", "title": "Old pack", "items": [{"id": "q1", "statement": "Simplify $2x+x$.", "expected": "3x"}]}
                """;
        PackProblem.Report r = read(draft);
        assertThat(r.problems()).isEmpty();
        assertThat(r.pack().orElseThrow().problems().get(0).answer().expected()).isEqualTo("3x");
    }
}
