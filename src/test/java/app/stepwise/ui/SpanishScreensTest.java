package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.classroom.ClassReport;
import app.stepwise.classroom.Classroom;
import app.stepwise.classroom.ResultsFile;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.TeacherSettings;
import app.stepwise.teacher.PinHash;
import app.stepwise.text.Refusal;
import app.stepwise.tutor.ModelCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a fresh pair of eyes found still in English on the Spanish screens: the typed-in problem's title, the packs'
 * age levels, the model picker, the class report's words, refusals of a results file, a name or a PIN, the teacher's
 * settings, and the pack editor's own messages. Each is rendered as its screen renders it and checked for English.
 */
class SpanishScreensTest {
    /** English words none of these Spanish texts contains. */
    private static final Pattern ENGLISH = Pattern.compile(
            "(?i)\\b(your|own|problem|ages?|parameters|bundled|yours|validation|this computer|computer|answer|hint|level|"
                    + "right|wrong|partly|solution|shown|not found|cannot|there is|already|student|type a name|choose|"
                    + "always|never|model hints|up to|pack|plain file|picture|copied)\\b");
    private static final Locale ES = Locale.forLanguageTag("es");

    private final TestApp test = new TestApp().inLanguage("es");
    private final Texts es = test.app().texts();

    @AfterEach
    void close() {
        test.close();
    }

    private static void spanish(String text) {
        assertThat(text).isNotBlank();
        assertThat(ENGLISH.matcher(text).find()).as("English in: %s", text).isFalse();
    }

    @Test
    void theTypedInProblemIsTitledInSpanish() {
        LibraryViewModel vm = new LibraryViewModel(test.app(), test.navigator);
        vm.readOwnProblem("Resuelve 5x + 3 = 18");
        Routes.Problem route = (Routes.Problem) test.navigator.went.get(0);
        assertThat(route.pack().title()).isEqualTo("Tu propio problema");
        spanish(route.pack().title());
    }

    /**
     * es14: a problem typed in Spanish on the Spanish library screen is read (a derivative and a physics problem were
     * refused), said back in Spanish, and opens with its worked solution in Spanish; one out of scope is refused in Spanish.
     */
    @Test
    void aProblemTypedInSpanishIsReadBackAndWorkedInSpanish() {
        LibraryViewModel vm = new LibraryViewModel(test.app(), test.navigator);
        vm.readOwnProblem("Calcula la derivada de x^3 - 4x");
        assertThat(vm.readingProperty().get()).isEqualTo("Derivar x^3 − 4x respecto de x");
        spanish(vm.readingProperty().get());
        vm.readOwnProblem("Un ciclista recorre 3 km en 10 minutos. ¿Cuál es su velocidad media?");
        spanish(vm.readingProperty().get());
        assertThat(test.navigator.went).hasSize(2);
        for (var went : test.navigator.went) {
            Routes.Problem route = (Routes.Problem) went;
            var problem = route.pack().problems().get(route.index());
            assertThat(problem.solution()).isNotEmpty();
            problem.solution().forEach(step -> spanish(step.text()));
        }
        vm.readOwnProblem("Calcula la integral de x^2 entre 0 y 3.");
        assertThat(vm.readingProperty().get()).startsWith("Stepwise todavía no");
        assertThat(test.navigator.went).hasSize(2);
    }

    @Test
    void anAgeLevelIsSaidInTheReadersLanguageAndAnyOtherLevelIsThePacksOwn() {
        assertThat(LibraryViewModel.levelLabel("Ages 14-16", es)).isEqualTo("De 14 a 16 años");
        assertThat(LibraryViewModel.levelLabel("ages 11 – 12", es)).isEqualTo("De 11 a 12 años");
        assertThat(LibraryViewModel.levelLabel("Age 12", es)).isEqualTo("12 años");
        assertThat(LibraryViewModel.levelLabel("Ages 14-16", Texts.of("en"))).isEqualTo("Ages 14–16");
        assertThat(LibraryViewModel.levelLabel("Year 9 (GCSE)", es)).isEqualTo("Year 9 (GCSE)");

        LibraryViewModel vm = new LibraryViewModel(test.app(), test.navigator);
        vm.load();
        assertThat(vm.packsProperty()).isNotEmpty();
        for (LibraryViewModel.PackItem p : vm.packsProperty())
            assertThat(p.details()).as(p.title()).doesNotContain("Ages").doesNotContain("problems");
    }

    @Test
    void theModelPickerDescribesEachModelInSpanish() {
        var models = ModelCatalog.list();
        assertThat(models).isNotEmpty();
        for (ModelCatalog.Entry e : models) {
            String shown = e.description(ES).replace(e.name(), "");
            spanish(shown);
            assertThat(e.description()).as("the command line keeps its English").contains(e.bundled() ? "bundled" : "yours");
        }
        SettingsViewModel vm = new SettingsViewModel(test.app());
        vm.load();
        assertThat(vm.modelsProperty()).allSatisfy(m -> spanish(m.description().replace(m.key(), "")));
    }

    @Test
    void theClassReportsWordsAreInSpanish() {
        ClassReportTexts words = new ClassReportTexts(es);
        assertThat(words.origin(new ClassReport.StudentRow("a", "Ana", "this computer"))).isEqualTo("este ordenador");
        assertThat(words.origin(new ClassReport.StudentRow("b", "Bo", "computer 1f2e3d4c"))).isEqualTo("ordenador 1f2e3d4c");
        var answer = new ClassReport.TimelineRow("a", "Ana", "2026-11-30T10:00:00Z", "p", "q", "answer", "partly right");
        var hint = new ClassReport.TimelineRow("a", "Ana", "2026-11-30T10:01:00Z", "p", "q", "hint", "level 2 (solver)");
        var solution = new ClassReport.TimelineRow("a", "Ana", "2026-11-30T10:02:00Z", "p", "q", "solution shown", "");
        assertThat(words.event(answer)).isEqualTo("respuesta");
        assertThat(words.result(answer)).isEqualTo("correcta en parte");
        assertThat(words.event(hint)).isEqualTo("pista");
        assertThat(words.result(hint)).isEqualTo("nivel 2 (resolutor)");
        assertThat(words.event(solution)).isEqualTo("solución mostrada");
        var row = new ClassReport.MisconceptionRow("p", "q", "sign error", 3, 2);
        assertThat(words.misconception(row)).isEqualTo("error de signo");
        assertThat(words.misconception(new ClassReport.MisconceptionRow("p", "q", "an older name", 1, 1)))
                .as("a name Stepwise does not know is shown as recorded").isEqualTo("an older name");
    }

    @Test
    void refusalsTheTeacherAndTheStudentsSeeAreInSpanish() throws Exception {
        Path missing = test.home.resolve("nowhere.json");
        assertThatThrownBy(() -> ResultsFile.read(missing)).isInstanceOfSatisfying(ResultsFile.RefusedException.class, e -> {
            assertThat(es.get(e.said())).isEqualTo("No se encuentra nowhere.json.");
            assertThat(e.getMessage()).as("the command line's English").isEqualTo("nowhere.json was not found.");
        });
        Path notJson = Files.writeString(test.home.resolve("notes.json"), "hello");
        assertThatThrownBy(() -> ResultsFile.read(notJson))
                .isInstanceOfSatisfying(ResultsFile.RefusedException.class, e -> spanish(es.get(e.said())));

        Classroom classroom = test.tutor.classroom();
        classroom.createStudent("Kofi", Optional.empty());
        for (String name : new String[]{"", "Kofi", "x".repeat(41)})
            assertThatThrownBy(() -> classroom.createStudent(name, Optional.empty()))
                    .isInstanceOfSatisfying(Refusal.class, e -> spanish(es.get(e.said())));

        assertThat(PinHash.weaknessSaid("12".toCharArray()).map(es::get)).hasValue("Un PIN necesita al menos 4 caracteres.");
        assertThat(PinHash.weakness("12".toCharArray())).hasValue("A PIN needs at least 4 characters.");
    }

    @Test
    void whatStudentsOfAPackSeeIsDescribedInSpanish() {
        for (TeacherSettings s : new TeacherSettings[]{TeacherSettings.OPEN, TeacherSettings.STRICT,
                new TeacherSettings(TeacherSettings.ShowSolution.AFTER_ATTEMPTS, 3, true, 2)})
            spanish(TeacherPacksViewModel.describe(s, es));
        assertThat(TeacherPacksViewModel.describe(new TeacherSettings(TeacherSettings.ShowSolution.AFTER_ATTEMPTS, 3, true, 2),
                es)).isEqualTo("solución tras 3 intentos · pistas del modelo activadas · pistas hasta el nivel 2");
    }

    @Test
    void thePackEditorsOwnMessagesAreInSpanish() throws Exception {
        LessonPack linear = TestApp.bundled("linear-equations.json");
        PackEditorViewModel vm = new PackEditorViewModel(test.app(), Optional.empty(), linear);
        vm.selected.set(1);
        vm.tryAnswer("x = 7");
        spanish(vm.tryVerdictProperty().get().substring(2));
        assertThat(vm.tryVerdictProperty().get()).startsWith("✗ Todavía no");
        vm.add(); // a newcomer saw the last problem's verdict stay beside the new one
        assertThat(vm.tryVerdictProperty().get()).isEmpty();

        // the pack reader's own findings too (a newcomer saw them in English): an empty title, an unknown field
        String broken = "{\"schemaVersion\": 1, \"id\": \"x\", \"title\": \"\", \"subject\": \"math\", \"colour\": 1,"
                + " \"problems\": [{\"id\": \"p 1\", \"statement\": \"Solve $x + 1 = 2$.\","
                + " \"answer\": {\"kind\": \"equation\", \"value\": \"x = 1\"}}]}";
        var read = PackEditorViewModel.check(Path.of("x.json"), broken, es.locale()).findings();
        assertThat(read).extracting(PackEditorViewModel.Finding::message).contains("\"Título\" está vacío")
                .anySatisfy(m -> assertThat(m).startsWith("campo desconocido \"colour\""))
                .anySatisfy(m -> assertThat(m).startsWith("el identificador \"p 1\" solo puede usar"));
        assertThat(read).extracting(PackEditorViewModel.Finding::message) // in Spanish throughout
                .noneMatch(m -> m.contains(" is empty") || m.startsWith("unknown field") || m.contains("may use only"));
        assertThat(PackEditorViewModel.check(Path.of("x.json"), broken).findings())
                .extracting(PackEditorViewModel.Finding::message).contains("\"Title\" is empty");

        var finding = PackEditorViewModel.finding("", "something is wrong", true);
        assertThat(finding.label(vm.problems, es)).startsWith("✗ paquete");

        Path text = Files.writeString(test.home.resolve("notes.png"), "not a picture");
        assertThatThrownBy(() -> PackEditorViewModel.copyImage(text, test.home.resolve("images")))
                .isInstanceOfSatisfying(PackEditorViewModel.ImageRefusedException.class, e -> {
                    assertThat(e.reason(es)).isEqualTo("notes.png no es una imagen PNG ni JPEG");
                    assertThat(e.getMessage()).isEqualTo("notes.png is not a PNG or JPEG picture");
                });
    }

    @Test
    void thePrintableSummaryIsInSpanish() {
        var report = new ClassReport("2026-11-30T10:00:00Z",
                java.util.List.of(new ClassReport.StudentRow("a", "Ana", "this computer")),
                java.util.List.of(new ClassReport.SkillRow("s", "Resolver ecuaciones")),
                java.util.List.of(new ClassReport.MasteryCell("a", "Ana", "s", 0.66, 1, false)),
                java.util.List.of(new ClassReport.MisconceptionRow("p", "q", "sign error", 2, 1)),
                java.util.List.of(new ClassReport.HintRow("a", "Ana", 1, 1, 0, 0, 1, 1, 0)),
                java.util.List.of(new ClassReport.TimeRow("a", "Ana", 1, 1, 3, 1, "", "")), java.util.List.of());
        ClassReportTexts words = new ClassReportTexts(es);
        String html = app.stepwise.classroom.ReportExport.html(report, es.get("report.summary.title"), es.locale(),
                words::misconceptionName);
        assertThat(html).contains("<html lang=\"es\">", "Resumen de la clase", "1 alumno · 1 destreza", "noviembre",
                "Dominio por destreza", "error de signo", "Ayuda y tiempo", "Bien a la primera");
        String text = html.replaceAll("(?s)<style>.*</style>", "").replaceAll("<[^>]+>", " ");
        assertThat(ENGLISH.matcher(text.replace("Ana", "")).find()).as("English in: %s", text).isFalse();
        String english = app.stepwise.classroom.ReportExport.html(report, "Class summary");
        assertThat(english).as("the command line's summary stays English").contains("Mastery by skill", "sign error",
                "1 student · 1 skill · made 30 November 2026");
    }
}
