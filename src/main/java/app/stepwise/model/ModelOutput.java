package app.stepwise.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        int a = t.indexOf("<|answer|>");
        if (a >= 0) {
            answer = Optional.of(t.substring(a + "<|answer|>".length()).strip()).filter(s -> !s.isEmpty());
            t = t.substring(0, a);
        }
        if (t.startsWith("<|feedback|>")) {
            int s = t.indexOf("<|step|>");
            feedback = Optional.of((s < 0 ? t.substring(12) : t.substring(12, s)).strip());
            t = s < 0 ? "" : t.substring(s);
        }
        List<Step> steps = new ArrayList<>();
        for (String part : t.split("<\\|step\\|>")) {
            if (part.isBlank()) continue;
            int m = part.indexOf("<|math|>");
            if (m < 0) continue;
            String math = part.substring(m + "<|math|>".length()).strip();
            if (math.isEmpty() || math.contains("<|")) continue;
            steps.add(new Step(part.substring(0, m).strip(), math));
        }
        return new ModelOutput(steps, answer, feedback);
    }
}
