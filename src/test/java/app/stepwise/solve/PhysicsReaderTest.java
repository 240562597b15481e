package app.stepwise.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the physics reader takes the words around its numbers (phys13): symbols, lower-case units, durations, pairs. */
class PhysicsReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "Total resistance = ?|none", "Total R = ?|R", "R1 = 6 Ω, R2 = 3 Ω. R_total = ?|R",
            "m = 2 kg, a = 3 m/s². F = ?|F", "Using v² = u² + 2as, find v when u = 3 m/s.|v", "Find v.|v",
            // read18p: a worksheet's "Find:" and the unit asked in brackets
            "Given: KE = 400 J, m = 8 kg. Find: v.|v", "Find: I (in mA).|I", "Find: p (in kg m/s).|p", "Find: the speed.|none"})
    void asksForASymbolOnlyWhereItIsAWordOfItsOwn(String text, String symbol) {
        assertThat(PhysicsReader.symbolAsked(text)).isEqualTo(Optional.ofNullable(symbol));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"kinetic energy = 0.5 × mass|''", "speed = 12 m/s|''", "v = 12 m/s|v",
            "R_total = 4 Ω|R_total"})
    void takesNoSymbolFromTheEndOfAWord(String text, String symbol) {
        PhysicsReader.Found first = PhysicsReader.quantities(text).get(0);
        assertThat(first.symbol()).isEqualTo(symbol);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"hz|Hz", "n/kg|N/kg", "kj|kJ", "kw|kW", "m/s|m/s", "mhz|mhz", "ms|ms", "kg m/s|kg m/s"})
    void writesLowerCaseSymbolsInTheirOwnCaseWhereTheyCanBeNothingElse(String typed, String read) {
        assertThat(PhysicsReader.symbolCase(typed)).isEqualTo(read);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"in 2 hours 30 minutes.|in 150 minutes.", "in 1 h and 15 min|in 75 min",
            "in 4 min 10 s|in 250 s", "for 2 minutes and 30.5 seconds|for 150.5 seconds",
            "for 2 hours. 30 minutes later|for 2 hours. 30 minutes later",
            "at 3 m/s for 20 s|at 3 m/s for 20 s"})
    void readsADurationInTwoUnitsAsOne(String text, String read) {
        assertThat(PhysicsReader.durations(text)).isEqualTo(read);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Two 1 kΩ resistors in parallel.|a 1 kΩ resistor and a 1 kΩ resistor in parallel.",
            "two resistors of 15 ohms each in series|a 15 ohms resistor and a 15 ohms resistor in series",
            "Two identical resistors, each of 6 Ω, in parallel|a 6 Ω resistor and a 6 Ω resistor, in parallel",
            "Two resistors of 4 Ω and 12 Ω in parallel|Two resistors of 4 Ω and 12 Ω in parallel",
            "Three 9 Ω resistors in parallel|Three 9 Ω resistors in parallel"})
    void readsAPairOfEqualResistorsAsTwoResistors(String text, String read) {
        assertThat(PhysicsReader.twoAlike(text)).isEqualTo(read);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"at 6 ms-1 for|at 6 m s^-1 for", "at 2.5 ms^-2.|at 2.5 m s^-2.", "at 3 ms⁻¹|at 3 m s^-1",
            "at 4 metres per second per second|at 4 m/s^2", "in 20 ms.|in 20 ms.",
            "a 12 ms pulse|a 12 ms pulse", "1025 kilograms per cubic metre|1025 kilograms per m^3",
            "2 cubic metres of|2 m^3 of", "0.2 square metres|0.2 m^2", "15 sq cm|15 cm^2", "8 cubic centimetres|8 cm^3",
            "a square metre|a m^2", "a square room|a square room"})
    void readsUnitsAsSchoolBooksWriteThem(String text, String read) {
        assertThat(PhysicsReader.schoolUnits(text)).isEqualTo(read);
    }

    /** read14: a quantity's name one letter out is spelt right; another form of a word, or a word further off, is kept. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "whats the accelaration            | whats the acceleration",
            "the velocty and the frequncy      | the velocity and the frequency",
            "its wavelenght and its resistence | its wavelength and its resistance",
            "kinetics and pressured            | kinetics and pressured",
            "per second, the second resistor   | per second, the second resistor",
            "a distant star, a dense block     | a distant star, a dense block"})
    void aQuantityNameOneLetterOutIsSpeltRight(String typed, String read) {
        assertThat(PhysicsReader.spelling(typed)).isEqualTo(read);
    }

    /** read18p: a label's number ends its line; the next line's first word ("A stone") is no unit of it (5 A). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Question 5\\nA stone falls for 2 s.|2 s", "Exercise 20\\nA wave of 4 Hz|4 Hz",
            "m = 4 kg\\nv = 3 m/s|4 kg;3 m/s"})
    void aUnitIsOnItsNumbersLine(String text, String quantities) {
        assertThat(PhysicsReader.quantities(text.replace("\\n", "\n")).stream().filter(f -> f.unit().symbol().length() > 0)
                .map(PhysicsReader.Found::written).toList()).containsExactly(quantities.split(";"));
    }

    /** read18p: "Show your working." asks nothing: the question is the sentence that asks (the "how" in "show" was it). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a car speeds up. calculate its acceleration. show your working.|calculate its acceleration. show your working.",
            "it falls for 2 s. how far does it fall? show all working.|how far does it fall? show all working."})
    void aWordThatAsksStartsAWord(String lower, String asked) {
        assertThat(PhysicsReader.question(lower)).isEqualTo(asked);
    }
}
