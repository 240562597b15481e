package app.stepwise.author;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.Packs;
import app.stepwise.lesson.PackProblem;
import app.stepwise.text.Message;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the pack editor's validation panel says, in Spanish: every finding of the pack reader and the content check,
 * the rarer ones too (a newer format version, a solver family that does not exist, two choices that say the same), is
 * a message of the feedback bundle rendered in Spanish, nested messages included (the math engine's reason, the
 * grader's words), never English text passed through. That both languages have every key with the same placeholders is
 * FeedbackBundleTest's part.
 */
class PackFindingsLanguageTest {
    private static final Locale ES = Locale.forLanguageTag("es");

    /** A clean one-problem pack; each case breaks one thing in it. */
    private static final String PACK = """
            {"schemaVersion": 1, "id": "t", "title": "T", "subject": "math",
             "skills": [{"id": "s1", "title": "S"}],
             "problems": [{"id": "p1", "statement": "Solve $x + 7 = 12$.", "skills": ["s1"],
               "answer": {"kind": "equation", "value": "x = 5"},
               "work": {"task": "solve", "start": "x + 7 = 12"},
               "hints": ["Undo the + 7.", "Subtract 7 from both sides.", "$x = 12 - 7$"],
               "solution": [{"text": "Subtract 7.", "math": "x = 12 - 7"}, {"text": "Work it out.", "math": "x = 5"}],
               "solver": {"family": "linear-one-step", "params": {"a": "1", "b": "7", "c": "12"}}}]}
            """;

    /** Every finding of the pack text: the reader's, then (when it reads) the content check's. */
    private static List<Message> findings(String text) {
        PackProblem.Report r = Packs.reader().read(Path.of("t.json"), text);
        List<Message> out = new ArrayList<>(r.problems().stream().map(PackProblem::said).toList());
        r.pack().ifPresent(p -> ContentCheck.check(p).forEach(f -> out.add(f.said())));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a newer format           | "schemaVersion": 1                 | "schemaVersion": 9                              | pack.newerVersion      | versión 9 del formato
            a key against the working| "value": "x = 5"                   | "value": "x = 6"                                | content.answerRefusesSolution | no acepta la última línea
            a solver it contradicts  | "value": "x = 5"                   | "value": "x = 6"                                | content.solverRefused  | El resolutor
            a wrong solution step    | "math": "x = 12 - 7"               | "math": "x = 12 + 7"                            | content.stepDoesNotFollowBecause | no se deduce del punto de partida
            no such solver family    | "family": "linear-one-step"        | "family": "no-such-family"                      | content.noSolverFamily | No existe la familia
            a key not simplified     | "kind": "equation", "value": "x = 5" | "kind": "expression", "value": "2/4", "form": "simplified" | pack.answer.notSimplified | no está simplificada
            letters in a number      | "kind": "equation", "value": "x = 5" | "kind": "numeric", "value": "2x"              | pack.answer.lettersInNumber | no puede contener letras
            an unknown field         | "id": "p1",                        | "id": "p1", "colour": "red",                    | pack.unknownField      | (problema 1)
            a problem without an id  | "id": "p1",                        | ""                                              | pack.missing           | problema 1: falta el campo "id"
            hints that are no list   | "hints": [                         | "hints": "Undo.", "x": [                        | pack.notTextList       | tiene que ser una lista de textos
            params that are a list   | "params": {"a": "1", "b": "7", "c": "12"} | "params": [1]                            | pack.paramsNotObject   | tiene que ser un objeto
            one choice, none right   | "kind": "equation", "value": "x = 5" | "kind": "choice", "choices": ["5"]            | pack.twoChoices        | al menos dos opciones
            two choices the same     | "kind": "equation", "value": "x = 5" | "kind": "choice", "choices": ["5", "5.0", "6"], "correct": 0 | content.choicesSame | dicen lo mismo
            a start that is no math  | "start": "x + 7 = 12"              | "start": "x + 7 = = 12"                         | pack.notMath           | no se puede leer como matemáticas
            a field twice            | "title": "T",                      | "title": "T", "title": "U",                     | pack.fieldTwice        | aparece dos veces
            a teacher setting        | "subject": "math",                 | "subject": "math", "teacher": {"showSolution": "sometimes"}, | pack.showSolution | usa always, after-attempts o never
            a given without its unit | "subject": "math",                 | "subject": "physics",                           | content.givenNoUnit    | no tiene unidad
            a picture not there      | "skills": ["s1"],                  | "skills": ["s1"], "image": {"file": "images/none.png", "alt": "A box"}, | image.missing | no está en la carpeta images
            a picture without alt    | "skills": ["s1"],                  | "skills": ["s1"], "image": {"file": "images/none.png"}, | pack.imageAlt | necesita un texto "alt"
            a formula never closed   | "Solve $x + 7 = 12$."              | "Solve $x + 7 = 12."                            | latex.unclosedDollar   | nunca se cierra
            a command not allowed    | "Solve $x + 7 = 12$."              | "Solve $\\\\input{a} x + 7 = 12$."               | latex.inText           | no está permitido: los paquetes no pueden cargar archivos
            a solution entry's field | "text": "Subtract 7.",             | "text": "Subtract 7.", "note": "",              | pack.unknownField      | (paso 1 de la solución)
            """)
    void everyFindingIsSaidInSpanish(String what, String from, String to, String key, String spanish) {
        String text = PACK.replace(from, to.equals("\"\"") ? "" : to);
        if (key.equals("content.givenNoUnit"))
            text = text.replace("\"skills\": [\"s1\"],",
                    "\"skills\": [\"s1\"], \"givens\": [{\"symbol\": \"m\", \"value\": \"2\"}],");
        assertThat(text).as("the case changes the pack").isNotEqualTo(PACK);
        List<Message> found = findings(text);
        assertThat(found).extracting(Message::key).as(what).contains(key);
        assertThat(found.stream().map(m -> m.in(ES)).toList()).as(what).anySatisfy(s -> assertThat(s).contains(spanish));
        for (Message m : found) {
            assertThat(m.key()).as("%s: a bundle message, not English passed through: %s", what, m.english())
                    .isNotEqualTo(Message.VERBATIM);
            assertThat(m.in(ES)).as("%s: in Spanish", what).isNotEqualTo(m.english());
        }
    }

    @ParameterizedTest
    @CsvSource({"en, Not quite", "es, Todavía no"})
    void theGradersWordsAreQuotedWithoutTheirLeadIn(String language, String leadIn) {
        List<Message> found = findings(PACK.replace("\"value\": \"x = 5\"", "\"value\": \"x = 6\""));
        assertThat(found).extracting(Message::key).contains("content.answerRefusesSolution");
        for (Message m : found) assertThat(m.in(Locale.forLanguageTag(language))).doesNotContain(leadIn).contains("\"");
    }

    @ParameterizedTest
    @CsvSource({"en, more than one choice", "es, más de una opción"})
    void severalRightChoicesAreNamedWithTheLanguagesAnd(String language, String words) {
        String text = PACK.replace("\"kind\": \"equation\", \"value\": \"x = 5\"",
                "\"kind\": \"choice\", \"choices\": [\"x = 5\", \"a\", \"1\"], \"correct\": 0"); // "a" and "1" pick the first
        Message several = findings(text).stream().filter(m -> m.key().equals("content.severalRight")).findFirst()
                .orElseThrow();
        assertThat(several.in(Locale.forLanguageTag(language))).containsIgnoringCase(words)
                .contains(language.equals("en") ? "1 and 2 and 3" : "1 y 2 y 3");
    }
}
