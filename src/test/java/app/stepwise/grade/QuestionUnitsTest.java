package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.grade.Dimensions.Dim;
import app.stepwise.math.Quantity;
import app.stepwise.math.Units;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** units11: the units that go with the asked one, and how a line's missing unit is named (ADR 0012, amendment). */
class QuestionUnitsTest {

    private static QuestionUnits of(String answer, String... givens) throws Exception {
        List<Quantity> g = new java.util.ArrayList<>();
        for (String x : givens) g.add(Quantity.parse(x));
        return QuestionUnits.of(Optional.of(Quantity.parse(answer)), g).orElseThrow();
    }

    private static Dim dim(String unit) throws Exception {
        return Dim.of(Units.parse(unit));
    }

    @Test
    void lengthAndTimeMixWithSiSecondsOrMetres() throws Exception {
        QuestionUnits cm = of("12 cm", "0.6 m/s", "5 Hz");
        assertThat(cm.value(0.6, dim("m/s"))).hasValue(60);
        assertThat(cm.unitOf(dim("m/s"))).hasValue("cm/s");
        assertThat(cm.value(10, dim("N"))).isEmpty(); // no kg·cm/s²
        assertThat(cm.value(5, dim("Hz"))).isEmpty(); // nothing of the question's in a frequency
        QuestionUnits minutes = of("10 minutes", "3 km", "5 m/s");
        assertThat(minutes.value(5, dim("m/s"))).hasValue(300);
        assertThat(minutes.unitOf(dim("m/s"))).hasValue("m/min");
        // review11: only a quantity of length and time alone keeps one of them in SI; grams asked make no g·m/s² of a force
        QuestionUnits grams = of("3000 g", "6 N", "2 m/s^2");
        assertThat(grams.value(6, dim("N"))).isEmpty();
        assertThat(grams.value(12, dim("kg m/s"))).isEmpty();
        assertThat(grams.value(3, dim("kg"))).hasValue(3000);
        assertThat(grams.value(2, dim("m/s^2"))).isEmpty(); // nothing of the question's in it
    }

    @Test
    void thePrefixAskedCarriesOverToTheOtherUnitsOfMechanics() throws Exception {
        QuestionUnits kw = of("1.2 kW", "6000 J", "5 s");
        assertThat(kw.value(6000, dim("J"))).hasValue(6);
        assertThat(kw.unitOf(dim("J"))).hasValue("kJ");
        assertThat(kw.value(5, dim("s"))).isEmpty();
        assertThat(kw.value(2, dim("kg"))).isEmpty(); // no tonnes
    }

    @Test
    void milliamperesGoWithVoltsAndKilohms() throws Exception {
        QuestionUnits ma = of("3 mA", "6 V", "2000 Ω");
        assertThat(ma.value(6, dim("V"))).hasValue(6);
        assertThat(ma.value(2000, dim("Ω"))).hasValue(2);
        assertThat(ma.unitOf(dim("Ω"))).hasValue("kΩ");
        assertThat(ma.unitFor(Units.parse("Ω"))).isEmpty(); // a solution keeps 2000 Ω and converts the answer last
        QuestionUnits volts = of("6 V", "3 mA", "2 kΩ");
        assertThat(volts.value(0.003, dim("A"))).hasValue(3);
        assertThat(volts.value(2000, dim("Ω"))).hasValue(2);
        assertThat(QuestionUnits.of(Optional.of(Quantity.parse("6 V")), List.of(Quantity.parse("0.003 A")))).isEmpty();
    }
}
