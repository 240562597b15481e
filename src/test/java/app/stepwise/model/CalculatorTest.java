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
