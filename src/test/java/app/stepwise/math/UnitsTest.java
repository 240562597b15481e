package app.stepwise.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

    @ParameterizedTest(name = "{0} = {1} in SI")
    @CsvSource(delimiter = '|', value = {
            "9.8 m/s^2 | 9.8",
            "9.8 m/s² | 9.8",
            "36 km/h | 10",
            "20 kg*m/s^2 | 20",
            "20 kg m s^-2 | 20",
            "1.5 N*s | 1.5",
            "0.5 kJ | 500",
            "2500 mA | 2.5",
            "6 Ω | 6",
            "6 ohm | 6",
            // read16: resistances as students and worksheets spell them
            "5 Ohm | 5",
            "5 kohm | 5000",
            "2.2 kohms | 2200",
            "4.7 kOhm | 4700",
            "1 kiloohm | 1000",
            "3 megaohms | 3000000",
            "26.85 °C | 300",
            "1.2 kW | 1200",
            "4.2×10⁻³ kg | 0.0042",
            "3 min | 180",
            "2 h | 7200",
            "500 g | 0.5",
            "1 L | 0.001",
            "250 mL | 0.00025",
            "5 Nm | 5",
            "72 km/h | 20",
            "2.5 tonnes | 2500",
            "30 kilos | 30",
    })
    void readsAndConvertsQuantities(String text, double si) throws Exception {
        assertThat(Quantity.parse(text).si()).isCloseTo(si, within(1e-9 * Math.max(1, si)));
    }

    @Test
    void namesTheDimensionsThatDiffer() throws Exception {
        Quantity energy = Quantity.parse("10 J");
        Quantity power = Quantity.parse("10 W");
        assertThat(Quantity.compare(energy, power, 0.01, 0)).isEqualTo(Quantity.Match.WRONG_DIMENSION);
        assertThat(energy.unit().dimensionName()).isEqualTo("an energy (J)");
        assertThat(power.unit().dimensionName()).isEqualTo("a power (W)");
    }

    @Test
    void detectsAMissingUnitAndAConversionSlip() throws Exception {
        assertThat(Quantity.compare(Quantity.parse("12 m/s"), Quantity.parse("12"), 0.01, 0))
                .isEqualTo(Quantity.Match.MISSING_UNIT);
        assertThat(Quantity.compare(Quantity.parse("10 m/s"), Quantity.parse("36 km/h"), 0.01, 0))
                .isEqualTo(Quantity.Match.EQUAL);
        assertThat(Quantity.compare(Quantity.parse("10 m/s"), Quantity.parse("10 km/h"), 0.01, 0))
                .isEqualTo(Quantity.Match.CONVERSION_SLIP);
        assertThat(Quantity.compare(Quantity.parse("500 J"), Quantity.parse("500 kJ"), 0.01, 0))
                .isEqualTo(Quantity.Match.CONVERSION_SLIP);
        assertThat(Quantity.compare(Quantity.parse("600 kg/m^3"), Quantity.parse("60 kg/m^3"), 0.01, 0))
                .isEqualTo(Quantity.Match.FACTOR_SLIP);
        assertThat(Quantity.compare(Quantity.parse("500 J"), Quantity.parse("0.5 kJ"), 0.01, 0)).isEqualTo(Quantity.Match.EQUAL);
        assertThat(Quantity.compare(Quantity.parse("500 J"), Quantity.parse("450 J"), 0.01, 0))
                .isEqualTo(Quantity.Match.WRONG_VALUE);
    }

    @Test
    void unknownUnitsGetAClearMessage() {
        assertThatThrownBy(() -> Quantity.parse("5 blargs")).isInstanceOf(MathSyntaxException.class)
                .hasMessageContaining("'blargs' is not a unit");
        assertThatThrownBy(() -> Quantity.parse("1,500 m")).hasMessageContaining("thousands comma");
        assertThatThrownBy(() -> Quantity.parse("m/s")).hasMessageContaining("starts with a number");
    }

    @Test
    void countsSignificantFigures() {
        assertThat(Numbers.significantFigures("0.00420")).containsExactly(3, 3);
        assertThat(Numbers.significantFigures("4200")).containsExactly(2, 4);
        assertThat(Numbers.significantFigures("4.20e3")).containsExactly(3, 3);
        assertThat(Numbers.significantFigures("-12.5")).containsExactly(3, 3);
        assertThat(Numbers.hasSignificantFigures("12.50", 4, true)).isTrue();
        assertThat(Numbers.hasSignificantFigures("12.5", 4, true)).isFalse();
        assertThat(Numbers.hasSignificantFigures("12.512", 3, false)).isTrue();
    }

    @Test
    void exactArithmeticHasNoFloatingPointSurprises() {
        assertThat(Rational.parse("0.1").add(Rational.parse("0.2"))).isEqualTo(Rational.parse("0.3"));
    }
}
