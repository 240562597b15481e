package app.stepwise.ui;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text form of authored text with {@code $…$} LaTeX, for screen readers and tooltips: {@code \frac{x}{4}}
 * becomes {@code x/4}, {@code \sqrt{x}} becomes {@code √(x)}, {@code \cdot} becomes {@code ×} — what a student would
 * type, not the LaTeX source.
 */
final class MathSpeech {
    private static final Pattern FRAC = Pattern.compile("\\\\[dt]?frac\\{([^{}]*)\\}\\{([^{}]*)\\}");
    private static final Pattern SQRT = Pattern.compile("\\\\sqrt\\{([^{}]*)\\}");
    private static final Pattern POWER = Pattern.compile("\\^\\{([^{}]*)\\}");
    private static final Pattern SUB = Pattern.compile("_\\{([^{}]*)\\}");
    private static final Pattern TEXT = Pattern.compile("\\\\(?:text|mathrm|mathit|mathbf|operatorname)\\{([^{}]*)\\}");
    private static final Pattern COMMAND = Pattern.compile("\\\\([a-zA-Z]+)");

    private MathSpeech() {}

    static String plain(String text) {
        StringBuilder out = new StringBuilder();
        String[] parts = text.split("(?<!\\\\)\\$", -1);
        for (int i = 0; i < parts.length; i++) out.append(i % 2 == 0 ? parts[i].replace("\\$", "$") : latex(parts[i]));
        return out.toString();
    }

    /** One formula's plain form; innermost structures first, so nested fractions come out bracketed. */
    static String latex(String latex) {
        String s = latex;
        for (int round = 0; round < 20; round++) {
            String before = s;
            s = TEXT.matcher(s).replaceAll("$1");
            s = replace(FRAC, s, m -> group(m.group(1)) + "/" + group(m.group(2)));
            s = replace(SQRT, s, m -> "√(" + m.group(1) + ")");
            s = replace(POWER, s, m -> m.group(1).length() == 1 ? "^" + m.group(1) : "^(" + m.group(1) + ")");
            s = replace(SUB, s, m -> "_" + m.group(1));
            if (s.equals(before)) break;
        }
        s = s.replace("\\left", "").replace("\\right", "").replace("\\,", " ").replace("\\;", " ").replace("\\!", "")
                .replace("\\cdot", " × ").replace("\\times", " × ").replace("\\div", " ÷ ").replace("\\pm", " ± ")
                .replace("\\le", " ≤ ").replace("\\ge", " ≥ ").replace("\\neq", " ≠ ").replace("\\approx", " ≈ ")
                .replace("\\degree", "°").replace("^\\circ", "°").replace("\\%", "%");
        s = replace(COMMAND, s, m -> greek(m.group(1)));
        return s.replace("{", "").replace("}", "").replaceAll(" {2,}", " ").strip();
    }

    private static String group(String g) {
        return g.matches("\\d+(\\.\\d+)?|\\p{L}") ? g : "(" + g + ")"; // 2x over y is (2x)/y, never 2x/y
    }

    private static String replace(Pattern p, String s, Function<MatchResult, String> f) {
        return p.matcher(s).replaceAll(m -> Matcher.quoteReplacement(f.apply(m)));
    }

    private static String greek(String name) {
        String letters = "alpha α beta β gamma γ delta δ Delta Δ theta θ lambda λ mu μ pi π rho ρ sigma σ omega ω Omega Ω phi φ";
        String[] w = letters.split(" ");
        for (int i = 0; i < w.length; i += 2)
            if (w[i].equals(name)) return w[i + 1];
        return name;
    }
}
