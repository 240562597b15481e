package app.stepwise.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalculatorTest {

    @Test
    void worksOutTheArithmeticJustWritten() {
        assertThat(Calculator.valueFor("<|step|>Subtract 5.<|math|>3x = 20 - 5 = <|calc|>")).contains("15");
        assertThat(Calculator.valueFor("<|math|>x = 5/(-5) = <|calc|>")).contains("-1");
        assertThat(Calculator.valueFor("<|math|>a = (31 - 5)/108 = <|calc|>")).contains("0.2407");
        assertThat(Calculator.valueFor("<|math|>v = √(2 × 9.8 × 34) = <|calc|>")).contains("25.81");
        assertThat(Calculator.valueFor("<|math|>v = 1424 × 19.74 = <|calc|>")).contains("28110");
        assertThat(Calculator.valueFor("<|math|>V = 1/9250 = <|calc|>")).contains("0.0001081");
    }

    /** Small calculations in a step's sentence (session 10): the arithmetic after its last colon, comma or '='. */
    @Test
    void worksOutASmallCalculationInAStepsSentence() {
        assertThat(Calculator.valueFor("<|step|>Multiply and divide, from left to right: 12 × 9 = <|calc|>")).contains("108");
        assertThat(Calculator.valueFor("<|math|>-18 + 12 × 9<|step|>Multiply and divide, from left to right: 12 × 9 = "
                + "<|calc|>108<|/calc|>, 50 ÷ 5 = <|calc|>")).contains("10");
        assertThat(Calculator.valueFor("<|step|>Multiply first: (-7) × (-6) = <|calc|>")).contains("42");
        assertThat(Calculator.valueFor("<|step|>Work out the power: (-2)^3 = <|calc|>")).contains("-8");
        // words are not arithmetic: nothing to insert
        assertThat(Calculator.valueFor("<|step|>Divide both sides by 4 = <|calc|>")).isEmpty();
        assertThat(Calculator.valueFor("<|step|>Subtract: x = <|calc|>")).isEmpty();
        assertThat(Calculator.valueFor("<|step|>Multiply first: 12 × <|calc|>")).isEmpty();
    }

    /** Every small calculation the corpus's sentences show is the value the runtime inserts (data.py trains on it). */
    @Test
    void everySmallCalculationInTheCorpusSentencesIsTheCalculatorsOwn() {
        java.util.regex.Pattern working = java.util.regex.Pattern
                .compile("(?:: |, )([-(\\d][^,:=]*?) = (-?\\d+(?:\\.\\d+)?)(?=[,.]|$)");
        int checked = 0;
        var arithmetic = app.stepwise.solve.Solvers.families().stream()
                .filter(f -> f.name().equals("integer-arithmetic") || f.name().equals("fraction-arithmetic")).toList();
        for (int i = 0; i < 600; i++) {
            java.util.Map<String, Object> rec = app.stepwise.solve.Corpus.record(41, i, arithmetic);
            for (Object o : (java.util.List<?>) rec.get("steps")) {
                String text = (String) ((java.util.Map<?, ?>) o).get("text");
                java.util.regex.Matcher m = working.matcher(text);
                while (m.find()) {
                    if (m.group(2).contains(".") || !m.group(1).matches("[-−(\\d][\\d\\s.()+\\-−×÷*/^]*")) continue;
                    String upTo = text.substring(0, m.end(1)) + " = ";
                    assertThat(Calculator.valueFor("<|step|>" + upTo + "<|calc|>")).as(text).contains(m.group(2));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void convertsANumberWithAUnitToSiUnits() {
        assertThat(Calculator.valueFor("<|math|>t = 20 min = <|calc|>")).contains("1200");
        assertThat(Calculator.valueFor("<|math|>v = 122 km/h = <|calc|>")).contains("33.89");
        assertThat(Calculator.valueFor("<|math|>A = 6000 cm^2 = <|calc|>")).contains("0.6");
        assertThat(Calculator.valueFor("<|step|>Convert mass to SI units (kg).<|math|>m = 47500 g = <|calc|>")).contains("47.5");
        assertThat(Calculator.valueFor("<|math|>R = 2.2 kΩ = <|calc|>")).contains("2200");
        assertThat(Calculator.valueFor("<|math|>t = 20 = <|calc|>")).contains("20");
    }

    /**
     * A step converting to the unit the question asks for names it at its end, and the calculator gives the value in it,
     * as data.py trains: the runtime gave the SI value, so 2.5.0's "I = 2 A = <|calc|>" became "2 mA" (session 10).
     */
    @Test
    void convertsToTheUnitAConvertingStepNames() {
        assertThat(Calculator
                .valueFor("<|step|>Convert the answer to the unit the question asks for (mA).<|math|>I = 2 A = <|calc|>"))
                .contains("2000");
        assertThat(Calculator.valueFor("<|step|>Convert time to the units of the question (h).<|math|>t = 45 min = <|calc|>"))
                .contains("0.75");
        assertThat(Calculator
                .valueFor("<|step|>Convert the answer to the unit the question asks for (km/h).<|math|>v = 6.667 m/s = <|calc|>"))
                .contains("24");
        assertThat(Calculator.valueFor("<|step|>Convert mass to SI units (kg).<|math|>m = 450 g = <|calc|>")).contains("0.45");
        // a unit of another kind in the sentence is no target: the SI value
        assertThat(Calculator
                .valueFor("<|step|>Convert the answer to the unit the question asks for (kJ).<|math|>t = 2 min = <|calc|>"))
                .contains("120");
    }

    /**
     * The values the model is trained to expect (models/training/data.py) are the ones the runtime inserts: the step's
     * own value, or (an answer converted to an asked unit, shown to 3 figures) that value to the figures it shows.
     */
    @Test
    void everyUnitConversionOfTheCorpusIsTheCalculatorsOwn() {
        java.util.regex.Pattern conversion = java.util.regex.Pattern.compile("^(.*=\\s*)(-?\\d+(?:\\.\\d+)?)(\\s+\\S.*)$");
        int checked = 0;
        for (int i = 0; i < 1200; i++) {
            java.util.Map<String, Object> rec = app.stepwise.solve.Corpus.record(31, i, app.stepwise.solve.Solvers.families());
            for (Object o : (java.util.List<?>) rec.get("steps")) {
                java.util.Map<?, ?> step = (java.util.Map<?, ?>) o;
                if (!"convert-units".equals(step.get("op"))) continue;
                java.util.regex.Matcher m = conversion.matcher((String) step.get("math"));
                assertThat(m.matches()).as((String) step.get("math")).isTrue();
                String value = Calculator.valueFor("<|step|>" + step.get("text") + "<|math|>" + m.group(1) + "<|calc|>")
                        .orElseThrow();
                String shown = m.group(2);
                int figures = new java.math.BigDecimal(shown).stripTrailingZeros().precision();
                String rounded = new java.math.BigDecimal(value).round(new java.math.MathContext(Math.max(figures, 3),
                        java.math.RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
                assertThat(
                        value.equals(shown) || new java.math.BigDecimal(rounded).compareTo(new java.math.BigDecimal(shown)) == 0)
                        .as(step.get("math") + " (calculator " + value + ")").isTrue();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void aLetterThatIsAlsoAVariableIsAUnitOnlyWhereTheStepConvertsUnits() {
        // t is the time here, not tonnes: 3 t has no value to insert
        assertThat(Calculator.valueFor("<|step|>Substitute.<|math|>s = 3 t = <|calc|>")).isEmpty();
        assertThat(Calculator.valueFor("<|math|>x = 3 t = <|calc|>")).isEmpty();
        assertThat(Calculator.valueFor("<|step|>Find the height.<|math|>d = 2 h = <|calc|>")).isEmpty();
        assertThat(Calculator.valueFor("<|step|>Convert mass to SI units (kg).<|math|>m = 3t = <|calc|>")).isEmpty();
        // where the step converts units, the letter is the unit
        assertThat(Calculator.valueFor("<|step|>Convert mass to SI units (kg).<|math|>m = 3 t = <|calc|>")).contains("3000");
        assertThat(Calculator.valueFor("<|step|>Convert mass to SI units (kg).<|math|>m = 47000 g = <|calc|>")).contains("47");
        assertThat(Calculator.valueFor("<|step|>Convert time to SI units (s).<|math|>t = 2 h = <|calc|>")).contains("7200");
        // units that do not change the value, and units of more than one letter, are read as before
        assertThat(Calculator.valueFor("<|step|>Find d.<|math|>d = 20 m = <|calc|>")).contains("20");
        assertThat(Calculator.valueFor("<|step|>Find v.<|math|>v = 122 km/h = <|calc|>")).contains("33.89");
    }

    @Test
    void saysNothingWhenThereIsNoArithmeticToDo() {
        assertThat(Calculator.valueFor("<|math|>x = <|calc|>")).isEmpty();
        assertThat(Calculator.valueFor("<|math|>a = F/m = <|calc|>")).isEmpty(); // letters have no value here
        assertThat(Calculator.valueFor("<|math|>x = 1/0 = <|calc|>")).isEmpty();
        assertThat(Calculator.valueFor("no math")).isEmpty();
    }

    @Test
    void parsesTheModelsOutputWithoutTheCalculatorMarks() {
        ModelOutput o = ModelOutput
                .parse("<|step|>Divide both sides by 3.<|math|>x = 15/3 = <|calc|>5<|/calc|><|answer|>x = 5<|end|>");
        assertThat(o.steps()).containsExactly(new ModelOutput.Step("Divide both sides by 3.", "x = 15/3 = 5"));
        assertThat(o.answer()).contains("x = 5");
        ModelOutput f = ModelOutput.parse("<|feedback|>sign-error<|step|>Subtract 5.<|math|>3x = 15<|end|>");
        assertThat(f.feedback()).contains("sign-error");
        assertThat(f.steps()).hasSize(1);
        assertThat(ModelOutput.parse("<|step|>garbage without math").steps()).isEmpty();
    }
}
