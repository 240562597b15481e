package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.LessonPack;
import app.stepwise.tutor.Checking;
import app.stepwise.tutor.Tutor;
import app.stepwise.tutor.TypedProblem;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * In Spanish, what the grading module and the tutor say reaches the student in Spanish: the verdict, each line's mark
 * and its misconception, a line that cannot be read, and a hint with its source. The text is rendered as the view
 * renders it (Texts of the app), and checked for English words that used to leak through.
 */
class ProblemFeedbackLanguageTest {
    /** Words of the English feedback that no Spanish sentence of ours contains. */
    private static final Pattern ENGLISH = Pattern.compile(
            "(?i)\\b(not quite|line|mistake|correct|good step|the|your|both sides|cannot|read|sign|moved|hint|answer|"
                    + "what|subtract|divide|undoes|aim)\\b");

    private final TestApp test = new TestApp().inLanguage("es");
    private final LessonPack linear = TestApp.bundled("linear-equations.json");
    private final Texts es = test.app().texts();

    @AfterEach
    void close() {
        test.close();
    }

    private ProblemViewModel open(int index) {
        return new ProblemViewModel(linear, index, test.app(), test.navigator);
    }

    private static void spanish(String text) {
        assertThat(text).isNotBlank();
        assertThat(ENGLISH.matcher(text).find()).as("English in: %s", text).isFalse();
    }

    /** A line's message and misconception as the problem view shows them. */
    private String shown(Checking.LineMark m) {
        return es.get(m.said()) + m.misconception().map(x -> "  (" + es.get(x) + ")").orElse("");
    }

    @Test
    void aWrongLineIsMarkedInSpanishWithItsMisconception() {
        ProblemViewModel vm = open(1); // 3x + 5 = 20
        vm.workProperty().set("3x = 20 + 5"); // the sign kept when moving + 5
        vm.check();
        assertThat(vm.verdictProperty().get().kind()).isEqualTo(ProblemViewModel.Kind.WRONG);
        String verdict = vm.verdictProperty().get().text();
        spanish(verdict);
        assertThat(verdict).contains("línea 1");
        Checking.LineMark mark = vm.lineMarksProperty().get(0);
        assertThat(mark.mark()).isEqualTo(Checking.Mark.WRONG);
        String line = shown(mark);
        spanish(line);
        assertThat(line).contains("cambia de signo", "has pasado + 5 a la derecha", "- 5", "(error de signo)");
    }

    @Test
    void aRightAnswerAndAWrongOneAreJudgedInSpanish() {
        ProblemViewModel vm = open(1);
        vm.answerProperty().set("x = 5");
        vm.check();
        assertThat(vm.verdictProperty().get().kind()).isEqualTo(ProblemViewModel.Kind.CORRECT);
        assertThat(vm.verdictProperty().get().text()).isEqualTo("¡Correcto!");
        vm.answerProperty().set("x = 7");
        vm.check();
        assertThat(vm.verdictProperty().get().kind()).isEqualTo(ProblemViewModel.Kind.WRONG);
        spanish(vm.verdictProperty().get().text());
        assertThat(vm.verdictProperty().get().text()).startsWith("Todavía no");
    }

    /** ADR 0016: the screen's language reaches the grader, so a Spanish student's decimal comma is a decimal. */
    @Test
    void aDecimalCommaIsADecimalOnASpanishScreen() {
        ProblemViewModel vm = open(1); // 3x + 5 = 20: x = 5, read as the list 5 and 0 on an English screen
        vm.answerProperty().set("x = 5,0");
        vm.check();
        assertThat(vm.verdictProperty().get().kind()).isEqualTo(ProblemViewModel.Kind.CORRECT);
    }

    @Test
    void anUnreadableLineAndAnUnreadableAnswerSayWhyInSpanish() {
        ProblemViewModel vm = open(1);
        vm.workProperty().set("3x = = 15\n(3x + 5");
        vm.answerProperty().set("x = 5)");
        vm.check();
        List<Checking.LineMark> marks = vm.lineMarksProperty();
        assertThat(marks).extracting(Checking.LineMark::mark).containsOnly(Checking.Mark.UNREADABLE);
        for (Checking.LineMark m : marks) {
            spanish(shown(m));
            assertThat(shown(m)).startsWith("Stepwise no puede leer esta línea: ");
        }
        assertThat(shown(marks.get(1))).contains("paréntesis");
        String verdict = vm.verdictProperty().get().text();
        spanish(verdict);
        assertThat(verdict).startsWith("Stepwise no ha podido leer tu respuesta: ").contains("«)»");
    }

    @Test
    void theStepwiseHintLadderAndItsSourceAreInSpanish() {
        test.tutor.setHintOrder(linear.id(), Tutor.HintOrder.MODEL_FIRST); // no model here: the solver's step
        ProblemViewModel vm = open(1);
        vm.hint();
        vm.hint();
        assertThat(vm.hintsProperty()).hasSize(2);
        for (ProblemViewModel.HintLine h : vm.hintsProperty()) {
            spanish(h.text());
            spanish(h.source());
        }
        assertThat(vm.hintsProperty().get(0).text()).contains("¿");
        assertThat(vm.hintsProperty().get(1).text()).contains("los dos lados");
        assertThat(vm.hintSourceProperty().get()).isEqualTo(es.get("hint.source.solver"));
    }

    @Test
    void aHintAfterAWrongLineSaysWhereItPicksUpInSpanish() {
        test.tutor.setHintOrder(linear.id(), Tutor.HintOrder.MODEL_FIRST);
        ProblemViewModel vm = open(1);
        vm.workProperty().set("3x = 25");
        vm.hint();
        String hint = vm.hintsProperty().get(0).text();
        spanish(hint);
        assertThat(hint).contains("la pista empieza desde el propio problema");
    }

    @Test
    void aTypedInProblemIsReadBackInSpanish() {
        TypedProblem.Result r = TypedProblem.read("Solve 5x + 3 = 18", es.locale());
        assertThat(r.pack()).isPresent();
        String reading = es.get(r.reading());
        spanish(reading);
        assertThat(reading).startsWith("Resolver 5x + 3 = 18").endsWith("x");
        assertThat(r.pack().get().problems().get(0).statement()).endsWith("(" + reading + ".)");
        spanish(es.get(TypedProblem.read("What is the meaning of life?", es.locale()).reading()));
    }

    @Test
    void theSameScreenInEnglishStillSpeaksEnglish() {
        try (TestApp en = new TestApp()) {
            ProblemViewModel vm = new ProblemViewModel(linear, 1, en.app(), en.navigator);
            vm.workProperty().set("3x = 20 + 5");
            vm.answerProperty().set("x = 7");
            vm.check();
            assertThat(vm.verdictProperty().get().text()).startsWith("Not quite").contains("line 1");
            assertThat(en.app().texts().get(vm.lineMarksProperty().get(0).said()))
                    .contains("moved + 5 to the right side");
        }
    }
}
