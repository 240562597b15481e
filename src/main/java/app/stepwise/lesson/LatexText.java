package app.stepwise.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The formulas between {@code $…$} in a statement or hint, turned into the plain syntax the math engine reads
 * ({@code \frac{26}{4}} → {@code ((26)/(4))}, {@code \times} → {@code *}, {@code \rho} → {@code ρ}), so content checks can
 * compare a hint's math with the worked solution, and the tutor can take up a teacher's hint line as a step.
 */
public final class LatexText {
    private LatexText() {}

    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("\\times", "*"), Map.entry("\\cdot", "*"),
            Map.entry("\\div", "/"), Map.entry("\\rho", "ρ"), Map.entry("\\theta", "θ"), Map.entry("\\omega", "ω"),
            Map.entry("\\lambda", "λ"), Map.entry("\\mu", "μ"), Map.entry("\\Delta", "Δ"), Map.entry("\\alpha", "α"),
            Map.entry("\\beta", "β"), Map.entry("\\pi", "pi"), Map.entry("\\Omega", "Ω"), Map.entry("\\left", ""),
            Map.entry("\\right", ""), Map.entry("\\,", " "), Map.entry("\\;", " "), Map.entry("\\!", ""),
            Map.entry("\\quad", " "), Map.entry("\\le", "<="), Map.entry("\\ge", ">="), Map.entry("\\pm", "±"));

    /** The inline formulas of a text, in order (an unclosed {@code $} ends the list). */
    public static List<String> formulas(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (true) {
            int open = next(text, i);
            if (open < 0) return out;
            int close = next(text, open + 1);
            if (close < 0) return out;
            out.add(text.substring(open + 1, close));
            i = close + 1;
        }
    }

    /**
     * The formulas of a text as lines of math: formulas joined only by the word "or" are one line ("$x = 5$ or
     * $x = -2$" is the line {@code x = 5 or x = -2}).
     */
    public static List<String> formulaLines(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int lastClose = -1;
        while (true) {
            int open = next(text, i);
            if (open < 0) return out;
            int close = next(text, open + 1);
            if (close < 0) return out;
            String formula = text.substring(open + 1, close);
            boolean joined = lastClose >= 0 && text.substring(lastClose + 1, open).strip().replaceAll("^,\\s*", "")
                    .equalsIgnoreCase("or");
            if (joined) out.set(out.size() - 1, out.get(out.size() - 1) + " \\text{ or } " + formula);
            else
                out.add(formula);
            lastClose = close;
            i = close + 1;
        }
    }

    private static int next(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\\') i++;
            else if (text.charAt(i) == '$') return i;
        }
        return -1;
    }

    /** A formula in the engine's plain syntax; best effort, the math engine decides whether it reads. */
    public static String plain(String latex) {
        String s = latex;
        for (int guard = 0; guard < 20; guard++) {
            String before = s;
            // a \frac is one typeset block: \frac{9}{5}C is (9/5)·C, as a numeric fraction before a factor reads
            // everywhere (ADR 0008), and \frac{x}{2}y is (x/2)·y
            s = replaceCommand(s, "\\frac", 2, LatexText::fraction);
            s = replaceCommand(s, "\\dfrac", 2, LatexText::fraction);
            s = replaceCommand(s, "\\tfrac", 2, LatexText::fraction);
            s = replaceCommand(s, "\\sqrt", 1, a -> "sqrt(" + a.get(0) + ")");
            s = replaceCommand(s, "\\text", 1, a -> " " + a.get(0) + " ");
            s = replaceCommand(s, "\\mathrm", 1, a -> " " + a.get(0) + " ");
            if (s.equals(before)) break;
        }
        for (var e : SYMBOLS.entrySet()) s = s.replace(e.getKey(), e.getValue());
        s = s.replace("{", "(").replace("}", ")");
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String fraction(List<String> parts) {
        return "((" + parts.get(0) + ")/(" + parts.get(1) + "))";
    }

    private static String replaceCommand(String s, String command, int args,
            java.util.function.Function<List<String>, String> with) {
        int at = s.indexOf(command + "{");
        if (at < 0) return s;
        List<String> parts = new ArrayList<>();
        int i = at + command.length();
        for (int k = 0; k < args; k++) {
            if (i >= s.length() || s.charAt(i) != '{') return s;
            int depth = 0;
            int start = i + 1;
            for (; i < s.length(); i++) {
                if (s.charAt(i) == '{') depth++;
                else if (s.charAt(i) == '}' && --depth == 0) break;
            }
            if (i >= s.length()) return s;
            parts.add(s.substring(start, i));
            i++;
        }
        return s.substring(0, at) + with.apply(parts) + s.substring(i);
    }
}
