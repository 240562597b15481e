package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.LatexPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Everything the LaTeX policy allows is something JLaTeXMath can draw, and drawings are bounded. */
class FormulaRendererTest {
    /** How each allowed command is used in a sample; commands not listed are used as {@code a \name b}. */
    private static final Map<String, String> SAMPLES = Map.ofEntries(Map.entry("frac", "\\frac{a}{b}"),
            Map.entry("dfrac", "\\dfrac{a}{b}"), Map.entry("tfrac", "\\tfrac{a}{b}"), Map.entry("binom", "\\binom{n}{k}"),
            Map.entry("sqrt", "\\sqrt[3]{x}"), Map.entry("left", "\\left( x \\right)"), Map.entry("right", "\\left[ x \\right]"),
            Map.entry("middle", "\\left( a \\middle| b \\right)"), Map.entry("begin", "\\begin{matrix} a \\end{matrix}"),
            Map.entry("end", "\\begin{pmatrix} a \\end{pmatrix}"), Map.entry("hspace", "a\\hspace{1em}b"),
            Map.entry("limits", "\\sum\\limits_{i=1}^{n} i"), Map.entry("nolimits", "\\int\\nolimits_0^1 x"),
            Map.entry("pmod", "a \\equiv b \\pmod{3}"), Map.entry("operatorname", "\\operatorname{f}(x)"));

    private static String sample(String command) {
        if (SAMPLES.containsKey(command)) return SAMPLES.get(command);
        if (command.matches("big|Big|bigg|Bigg|bigl|bigr|Bigl|Bigr|biggl|biggr|Biggl|Biggr")) return "\\" + command + "( x";
        return "a \\" + command + "{b} c";
    }

    @Test
    void everyAllowedCommandIsDrawnByJLaTeXMath() {
        List<String> notDrawn = new ArrayList<>();
        for (String command : LatexPolicy.allowedCommands()) {
            String latex = sample(command);
            assertThat(LatexPolicy.checkFormula(latex)).as(latex).isEmpty();
            try {
                if (!(FormulaRenderer.layout(latex, 15) instanceof FormulaRenderer.Outcome.Drawn)) notDrawn.add(latex);
            } catch (RuntimeException e) {
                notDrawn.add(latex + " (" + e.getMessage() + ")");
            }
        }
        for (String env : LatexPolicy.allowedEnvironments()) {
            String latex = "\\begin{" + env + "} a & b \\\\ c & d \\end{" + env + "}";
            assertThat(LatexPolicy.checkFormula(latex)).as(latex).isEmpty();
            try {
                if (!(FormulaRenderer.layout(latex, 15) instanceof FormulaRenderer.Outcome.Drawn)) notDrawn.add(latex);
            } catch (RuntimeException e) {
                notDrawn.add(latex + " (" + e.getMessage() + ")");
            }
        }
        assertThat(notDrawn).isEmpty();
    }

    @Test
    void aFormulaLargerThanTheWindowIsNotDrawn() {
        // within the policy's limits, but wider than any window: shown as its source
        String wide = "x" + "\\hspace{10em}x".repeat(30);
        assertThat(LatexPolicy.checkFormula(wide)).isEmpty();
        assertThat(FormulaRenderer.layout(wide, 15)).isInstanceOf(FormulaRenderer.Outcome.Refused.class);
        assertThat(FormulaRenderer.layout("\\frac{a}{b}", 15)).isInstanceOf(FormulaRenderer.Outcome.Drawn.class);
    }
}
