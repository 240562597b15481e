package app.stepwise.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a Stepwise-format generation says: its steps (sentence and math line), its answer, its feedback label. */
public record ModelOutput(List<Step> steps, Optional<String> answer, Optional<String> feedback) {

    public record Step(String text, String math) {}

    public ModelOutput {
        steps = List.copyOf(steps);
    }

    /** Reads {@code <|feedback|>label<|step|>text<|math|>math…<|answer|>answer}; pieces it cannot read are left out. */
    public static ModelOutput parse(String generated) {
        String t = generated.replace(ControlTokens.END, "").replace(ControlTokens.CALC, "").replace(ControlTokens.CALC_END, "");
        Optional<String> feedback = Optional.empty();
        Optional<String> answer = Optional.empty();
        int a = t.indexOf(ControlTokens.ANSWER);
        if (a >= 0) {
            answer = Optional.of(t.substring(a + ControlTokens.ANSWER.length()).strip()).filter(s -> !s.isEmpty());
            t = t.substring(0, a);
        }
        if (t.startsWith(ControlTokens.FEEDBACK)) {
            int from = ControlTokens.FEEDBACK.length();
            int s = t.indexOf(ControlTokens.STEP);
            feedback = Optional.of((s < 0 ? t.substring(from) : t.substring(from, s)).strip());
            t = s < 0 ? "" : t.substring(s);
        }
        List<Step> steps = new ArrayList<>();
        for (String part : t.split(Pattern.quote(ControlTokens.STEP))) {
            if (part.isBlank()) continue;
            int m = part.indexOf(ControlTokens.MATH);
            if (m < 0) continue;
            String math = part.substring(m + ControlTokens.MATH.length()).strip();
            if (math.isEmpty() || ControlTokens.holdsToken(math)) continue;
            steps.add(new Step(part.substring(0, m).strip(), math));
        }
        return new ModelOutput(steps, answer, feedback);
    }
}
