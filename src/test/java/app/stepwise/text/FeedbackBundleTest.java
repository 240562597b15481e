package app.stepwise.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.stepwise.grade.Misconception;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Units;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The feedback bundle (what the grading module and the tutor say to a student): English and Spanish have the same
 * keys with the same placeholders, every key the code names is there, and every pattern formats.
 */
class FeedbackBundleTest {
    private static final Locale ES = Locale.forLanguageTag("es");

    private static ResourceBundle bundle(Locale l) {
        return Message.bundle(l);
    }

    /** A language's own keys (not those it would inherit from the English base). */
    private static Set<String> keys(String file) throws IOException {
        var p = new java.util.Properties();
        try (var in = FeedbackBundleTest.class.getResourceAsStream("/app/stepwise/text/" + file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    /** The argument numbers a pattern uses, {0} and {1,choice,…} alike; quoted text ('{') is no argument. */
    static Set<Integer> placeholders(String pattern) {
        String unquoted = pattern.replace("''", "").replaceAll("'[^']*'", "");
        Set<Integer> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(unquoted);
        while (m.find()) out.add(Integer.parseInt(m.group(1)));
        return out;
    }

    @Test
    void spanishHasExactlyTheEnglishKeys() throws IOException {
        assertThat(keys("feedback_es.properties")).isEqualTo(keys("feedback.properties"));
    }

    @Test
    void everyKeyHasTheSamePlaceholdersInBothLanguages() throws IOException {
        Map<String, String> differ = new TreeMap<>();
        for (String k : keys("feedback.properties")) {
            Set<Integer> en = placeholders(bundle(Locale.ENGLISH).getString(k));
            Set<Integer> es = placeholders(bundle(ES).getString(k));
            if (!en.equals(es)) differ.put(k, en + " vs " + es);
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void thePlaceholderCheckSeesArgumentsInsideChoicesAndIgnoresQuotedBraces() {
        assertThat(placeholders("Look for the missing {2,choice,0#one|2#ones} of {0}")).containsExactly(0, 2);
        assertThat(placeholders("the set opened with '''{''' is not closed")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyPatternFormatsWithArguments(String tag) throws IOException {
        Locale l = Locale.forLanguageTag(tag);
        for (String k : keys("feedback.properties")) {
            Message m = Message.of(k, 1, 2, 3, 4);
            assertThatCode(() -> m.in(l)).as(k).doesNotThrowAnyException();
            assertThat(m.in(l)).as(k).doesNotContain("''");
        }
    }

    @Test
    void spanishIsTranslatedNotCopied() throws IOException {
        Set<String> same = new TreeSet<>();
        for (String k : keys("feedback.properties")) {
            if (Message.of(k, 1, 2, 3).english().equals(Message.of(k, 1, 2, 3).in(ES))) same.add(k);
        }
        // only patterns that are nothing but arguments and symbols read the same in both languages
        assertThat(same).allMatch(
                k -> k.equals("verbatim") || k.equals("join") || k.equals("math.note.and") || k.equals("step.shown")
                        || k.equals("list.comma") || k.equals("model.named") || k.equals("tutor.kinds.lines")
                        || k.equals("tutor.kinds.line")
                        // currency names that Spanish writes as English does (grade22)
                        || k.equals("money.euro") || k.equals("money.peso") || k.equals("money.peso.hundredth"),
                "%s");
    }

    /** The keys a piece of code names: the first argument of Message.of(...), a key or a choice between keys. */
    static Set<String> namedKeys(String source) {
        Pattern call = Pattern.compile("Message\\.of\\(");
        Pattern literal = Pattern.compile("\"([a-zA-Z][\\w-]*(?:\\.[\\w-]+)+)\"");
        Set<String> named = new TreeSet<>();
        Matcher c = call.matcher(source);
        while (c.find()) {
            Matcher k = literal.matcher(KeyScan.firstArgument(source, c.end()));
            while (k.find()) named.add(k.group(1));
        }
        return named;
    }

    @Test
    void theKeyScanSeesEveryKeyNamedSoAMissingOneFails() throws IOException {
        String code = """
                throw new Refusal(Message.of("name.empty")); Message.of(first() ? "pin.tooShort" : "pin.tooLong", 4);
                Message.of("answer.prompt.nowhere", x); Message.of(key);
                """;
        assertThat(namedKeys(code)).containsExactly("answer.prompt.nowhere", "name.empty", "pin.tooLong", "pin.tooShort");
        assertThat(keys("feedback.properties")).contains("name.empty", "pin.tooShort", "pin.tooLong")
                .doesNotContain("answer.prompt.nowhere"); // the test below would name it missing
    }

    @Test
    void everyKeyTheCodeNamesExistsInBothLanguages() throws IOException {
        Set<String> known = keys("feedback.properties");
        Set<String> knownEs = keys("feedback_es.properties");
        Set<String> named = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/app/stepwise"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String k : namedKeys(Files.readString(f))) {
                    named.add(k);
                    if (!known.contains(k) || !knownEs.contains(k)) missing.add(f.getFileName() + ": " + k);
                }
            }
        }
        assertThat(named).as("the scan finds the keys the code names").hasSizeGreaterThan(100)
                .contains("grade.correct", "line.cannotRead", "hint.note.fromLine", "answer.prompt.quantity", "results.newer",
                        "name.taken", "pin.repeated", "model.entry.bundled");
        assertThat(missing).isEmpty();
    }

    @Test
    void noSpanishTextIsEmptyOrStillTheKey() throws IOException {
        for (String k : keys("feedback.properties")) {
            String es = Message.of(k, 1, 2, 3).in(ES);
            if (!k.equals("verbatim") && !k.equals("math.note.and") && !k.equals("join"))
                assertThat(es).as(k).isNotBlank().isNotEqualTo(k);
        }
    }

    @Test
    void keysMadeFromNamesExistToo() {
        // keys built from a label (misconceptions), a unit's dimension and an unsupported function name
        for (Misconception m : Misconception.values()) {
            for (Message said : new Message[]{m.said(), m.shortName(), m.said(Message.verbatim("x"))}) {
                assertThat(bundle(Locale.ENGLISH).containsKey(said.key())).as(said.key()).isTrue();
                assertThat(said.in(ES)).as(said.key()).isNotEqualTo(said.key()).isNotEqualTo(said.english());
            }
        }
        for (String unit : new String[]{"1", "m", "kg", "s", "A", "K", "m^2", "m^3", "m/s", "m/s^2", "N", "J", "W", "Pa",
                "kg m/s", "Hz", "C", "V", "Ω", "kg/m^3"}) {
            Message dim = unit.equals("1") ? Message.of("math.dimension.plainnumber") : units(unit);
            assertThat(bundle(Locale.ENGLISH).containsKey(dim.key())).as(unit + ": " + dim.key()).isTrue();
        }
        for (String f : new String[]{"sgn", "floor", "lg", "lb", "arg", "gcd", "mod", "lim", "int", "sum", "erf", "arcsech",
                "arccoth", "frobnicate"}) {
            String es = readError(f + "(x)").in(ES);
            assertThat(es).as(f).startsWith("Stepwise no sabe leer").doesNotContain("math.");
        }
    }

    @Test
    void englishRenderingIsTheSentenceTheCommandLineAlwaysPrinted() {
        assertThat(Message.of("math.setNotClosed").english()).isEqualTo("the set opened with '{' is not closed with '}'");
        assertThat(Message.of("grade.someSolutions", 1, 2, 1).english())
                .isEqualTo("Partly right: you found 1 of the 2 solutions. Look for the missing one"
                        + " (a square has a positive and a negative root).");
        assertThat(Message.of("grade.roundDecimals", 2, "0.33").english())
                .isEqualTo("The value is right, but round it to 2 decimal places (0.33).");
        assertThat(Message.of("solution.afterAttempts", 3, 1).english())
                .isEqualTo("The worked solution opens after 3 tries at the answer; 1 more try to go.");
        assertThat(Message.of("line.cannotRead", Message.of("math.unexpected", ")")).in(ES))
                .isEqualTo("Stepwise no puede leer esta línea: aquí no se esperaba «)».");
    }

    private static Message units(String text) {
        try {
            return Units.parse(text).dimension();
        } catch (MathSyntaxException e) {
            throw new AssertionError(text, e);
        }
    }

    private static Message readError(String text) {
        try {
            Parser.parse(text);
            throw new AssertionError("read: " + text);
        } catch (MathSyntaxException e) {
            return e.said();
        }
    }
}
