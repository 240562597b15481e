package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.classroom.Classroom;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import app.stepwise.store.HeldWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Practice without a name is recorded under one shared guest profile, which is no student's row. A newcomer found it
 * missing from the class report without a word: the report now says how much there was, and that it is not in the
 * tables.
 */
class ClassReportViewModelTest {
    private final TestApp test = new TestApp();

    @AfterEach
    void close() {
        test.close();
    }

    private void answer(Classroom c, LessonPack pack, Problem p, boolean right) {
        c.opened(pack, p);
        c.recordAttempt(pack.id(), p, "x = 5", right, false, "equation", List.of(), "", false);
    }

    @Test
    void practiceWithoutANameIsCountedAndSaidToBeOutsideTheTables() {
        LessonPack linear = TestApp.bundled("linear-equations.json");
        Classroom c = test.tutor.classroom();
        ClassReportViewModel vm = new ClassReportViewModel(test.app());
        vm.refresh();
        assertThat(vm.unnamedProperty().get()).as("nothing practised yet").isEmpty();

        answer(c, linear, linear.problems().get(0), true); // no one signed in
        answer(c, linear, linear.problems().get(1), false);
        answer(c, linear, linear.problems().get(1), true);
        c.signIn(c.createStudent("Ana", Optional.empty()), "");
        answer(c, linear, linear.problems().get(0), true);

        vm.refresh();
        assertThat(vm.unnamedProperty().get()).startsWith("Practice without a name on this computer: 3 answers on 2 problems")
                .contains("not in the tables");
        assertThat(vm.reportProperty().get().students()).extracting(s -> s.name()).containsExactly("Ana");
    }

    @Test
    void theCountIsSaidInSpanish() {
        test.inLanguage("es");
        LessonPack linear = TestApp.bundled("linear-equations.json");
        answer(test.tutor.classroom(), linear, linear.problems().get(0), true);
        ClassReportViewModel vm = new ClassReportViewModel(test.app());
        vm.refresh();
        assertThat(vm.unnamedProperty().get()).startsWith("Práctica sin nombre en este ordenador: 1 respuesta en 1 problema");
    }

    /**
     * A problem is named by its pack's title and its number, as the students saw it ("Linear equations · problem 2"),
     * not by the ids in the results file ("linear-equations / lin-02"), which a newcomer could not place; a pack not on
     * this computer (results from another laptop) keeps its ids.
     */
    @Test
    void aProblemIsNamedByItsPacksTitleAndNumber() {
        LessonPack linear = TestApp.bundled("linear-equations.json");
        Classroom c = test.tutor.classroom();
        c.signIn(c.createStudent("Ana", Optional.empty()), "");
        c.opened(linear, linear.problems().get(1));
        c.recordAttempt(linear.id(), linear.problems().get(1), "x = 5", false, false, "equation", List.of(), "sign error",
                false);
        ClassReportViewModel vm = new ClassReportViewModel(test.app());
        vm.refresh();
        String id = linear.problems().get(1).id();
        assertThat(vm.problemName(linear.id(), id)).isEqualTo("Linear equations · problem 2");
        assertThat(vm.problemName("not-here", "q7")).isEqualTo("not-here / q7");
        assertThat(vm.problemName("typed-in", "typed-6194774f3eac")).isEqualTo("A typed-in problem");
        Path summary = test.home.resolve("summary.html");
        vm.exportSummary(summary); // the printable summary names it the same way
        assertThat(summary).content().contains("Linear equations · problem 2").doesNotContain(linear.id() + " / " + id);
        test.inLanguage("es");
        ClassReportViewModel es = new ClassReportViewModel(test.app());
        es.refresh();
        assertThat(es.problemName(linear.id(), id)).isEqualTo("Linear equations · problema 2");
        assertThat(es.problemName("typed-in", "typed-6194774f3eac")).isEqualTo("Un problema escrito por el alumno");
    }

    /**
     * The progress file busy (its one writer thread held, as a very slow disk, a long import or another program's lock
     * does): the report used to wait its 20 s and come back as a class of no students, and an import said "imported
     * before; nothing changed" though nothing was imported. Now the report on screen stays as it was, the status line
     * says the file is busy and to try again, and the file is imported once the store answers again.
     */
    @Test
    void aBusyProgressFileIsSaidNeverShownAsAnEmptyClass() throws Exception {
        LessonPack linear = TestApp.bundled("linear-equations.json");
        Classroom c = test.tutor.classroom();
        c.signIn(c.createStudent("Ana", Optional.empty()), "");
        answer(c, linear, linear.problems().get(0), true);
        Path zoe = zoesResults();
        ClassReportViewModel vm = new ClassReportViewModel(test.app(), Duration.ofSeconds(1));
        vm.refresh();
        assertThat(vm.reportProperty().get().students()).extracting(s -> s.name()).containsExactly("Ana");

        try (HeldWriter held = new HeldWriter(test.tutor.store())) {
            vm.refresh();
            assertThat(vm.reportProperty().get().students()).as("the report shown stays").extracting(s -> s.name())
                    .containsExactly("Ana");
            assertThat(vm.statusProperty().get()).startsWith("The class report could not be read within 1 second:")
                    .contains("progress file is busy").contains("Try again");

            vm.importFiles(List.of(zoe));
            assertThat(vm.statusProperty().get()).startsWith("zoe.json was not imported").contains("busy")
                    .doesNotContain("imported before");
            assertThat(vm.reportProperty().get().students()).extracting(s -> s.name()).containsExactly("Ana");
        }
        vm.importFiles(List.of(zoe));
        assertThat(vm.statusProperty().get()).as("once the store answers again").isEqualTo("Imported zoe.json: 1 student.");
        assertThat(vm.reportProperty().get().students()).extracting(s -> s.name()).containsExactly("Ana", "Zoë");
    }

    @Test
    void aBusyProgressFileIsSaidInSpanish() throws Exception {
        test.inLanguage("es");
        ClassReportViewModel vm = new ClassReportViewModel(test.app(), Duration.ofSeconds(2));
        try (HeldWriter held = new HeldWriter(test.tutor.store())) {
            vm.refresh();
            assertThat(vm.reportProperty().get()).as("no class at all rather than an empty one").isNull();
            assertThat(vm.statusProperty().get()).startsWith("No se pudo leer el informe de la clase en 2 segundos")
                    .contains("ocupado");
        }
    }

    /** Zoë's laptop: one answer, exported as a results file. */
    private Path zoesResults() throws Exception {
        LessonPack linear = TestApp.bundled("linear-equations.json");
        Path file = test.home.resolve("zoe.json");
        try (Classroom laptop = Classroom.open(test.home.resolve("laptop/progress.db"))) {
            laptop.signIn(laptop.createStudent("Zoë", Optional.empty()), "");
            answer(laptop, linear, linear.problems().get(0), false);
            laptop.exportResults(file);
        }
        return file;
    }

    /**
     * Skill names had no bundle: a Spanish class report said "Solve one-step linear equations", and a typed-in problem's
     * skill "Rearranging formulas". Both are said in Spanish now, in the report and the student's session summary.
     */
    @Test
    void skillNamesAreSaidInSpanish() {
        test.inLanguage("es");
        LessonPack linear = TestApp.bundled("linear-equations.json");
        Classroom c = test.tutor.classroom();
        c.signIn(c.createStudent("Ana", Optional.empty()), "");
        answer(c, linear, linear.problems().get(0), true);
        Problem typed = new Problem("typed-1", "Make s the subject of v = s/t.", List.of("rearranging-formulas"), 2,
                linear.problems().get(0).answer(), Optional.empty(), List.of(), List.of(), List.of(), Optional.empty());
        c.recordAttempt("typed-in", typed, "s = vt", true, false, "equation", List.of(), "", false);
        ClassReportViewModel vm = new ClassReportViewModel(test.app());
        vm.refresh();
        assertThat(vm.reportProperty().get().skills()).extracting(s -> s.title())
                .contains("Resolver ecuaciones lineales de un paso", "Despejar en fórmulas")
                .doesNotContain("Solve one-step linear equations", "Rearranging formulas");
    }
}
