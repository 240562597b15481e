package app.stepwise.ui;

import app.stepwise.lesson.LatexPolicy;
import app.stepwise.lesson.LatexPolicy.Segment;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * Authored text with inline {@code $...$} LaTeX, laid out as a wrapping flow of words and rendered formulas. Formulas are
 * laid out off the FX thread by {@link FormulaRenderer} (allow-listed LaTeX only, with a time budget); until one is ready,
 * or when it is too slow or too large, it is read as plain text ("12.5 kg"); LaTeX the policy refuses is shown as its
 * source.
 */
final class MathText {
    /** Longest text laid out (characters); longer text (a pasted essay, a runaway model answer) is cut with an ellipsis. */
    static final int MAX_TEXT_CHARS = 10_000;

    private static final List<String> FONTS = List.of("base/jlm_cmex10", "base/jlm_cmmi10", "base/jlm_cmmib10",
            "maths/jlm_cmsy10",
            "maths/jlm_cmbsy10", "maths/jlm_msam10", "maths/jlm_msbm10", "maths/jlm_special", "maths/jlm_stmary10",
            "maths/jlm_rsfs10",
            "latin/jlm_cmr10", "latin/jlm_jlmr10", "latin/jlm_jlmi10", "latin/jlm_jlmbx10", "latin/jlm_jlmbi10");
    private static boolean fontsRegistered;

    private MathText() {}

    /** JLaTeXMath draws with its own fonts; JavaFX must know them, or glyphs come out wrong. Also warms up the renderer. */
    static synchronized void registerFonts() {
        if (fontsRegistered) return;
        fontsRegistered = true;
        for (String f : FONTS) {
            try (InputStream in = TeXFormula.class.getResourceAsStream("/org/scilab/forge/jlatexmath/fonts/" + f + ".ttf")) {
                if (in != null) Font.loadFont(in, 10);
            } catch (IOException e) {
                // a missing optional font only affects rare symbols
            }
        }
        FormulaRenderer.shared().warmUp();
    }

    static TextFlow flow(String text, double size) {
        registerFonts();
        String shown = text.length() <= MAX_TEXT_CHARS ? text : text.substring(0, MAX_TEXT_CHARS) + "…";
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("math-text");
        for (Segment segment : LatexPolicy.segments(shown)) {
            switch (segment) {
                case Segment.Plain(String words) -> flow.getChildren().add(words(words, size));
                case Segment.Formula(String latex, int offset) -> flow.getChildren().add(formula(flow, latex, size));
            }
        }
        flow.setAccessibleText(shown.replace("$", ""));
        return flow;
    }

    private static Text words(String words, double size) {
        Text t = new Text(words);
        t.setFont(Font.font(size));
        t.getStyleClass().add("flow-text");
        return t;
    }

    /** The drawn formula when it is ready; otherwise its source, replaced in the flow once the renderer has drawn it. */
    private static Node formula(TextFlow flow, String latex, double size) {
        if (LatexPolicy.checkFormula(latex).isPresent()) return source(latex, size); // never handed to the renderer
        FormulaRenderer renderer = FormulaRenderer.shared();
        Optional<FormulaRenderer.Outcome> known = renderer.cached(latex, size);
        if (known.isPresent()) return node(known.get(), latex, size);
        Text placeholder = plain(latex, size);
        renderer.render(latex, size, outcome -> {
            int at = flow.getChildren().indexOf(placeholder);
            if (at >= 0 && outcome instanceof FormulaRenderer.Outcome.Drawn)
                flow.getChildren().set(at, node(outcome, latex, size));
        });
        return placeholder;
    }

    private static Node node(FormulaRenderer.Outcome outcome, String latex, double size) {
        return switch (outcome) {
            case FormulaRenderer.Outcome.Drawn(var icon) -> FormulaRenderer.paint(icon, latex);
            case FormulaRenderer.Outcome.Refused r -> plain(latex, size);
        };
    }

    /**
     * A formula not drawn yet (a busy computer can take seconds), or too slow or too large to draw, read as plain text
     * ({@code 12.5\,\mathrm{kg}} reads "12.5 kg"): a student never sees LaTeX source for allowed math.
     */
    static Text plain(String latex, double size) {
        Text plain = words(MathSpeech.latex(latex), size);
        plain.getStyleClass().add("formula-plain");
        return plain;
    }

    /** A formula shown as its LaTeX source: for what the LaTeX policy refuses, which is never handed to a reader. */
    static Text source(String latex, double size) {
        Text raw = new Text(latex);
        raw.setFont(Font.font("monospace", size));
        raw.getStyleClass().add("formula-source");
        return raw;
    }
}
