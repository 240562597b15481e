package app.stepwise.ui;

import app.stepwise.lesson.LatexPolicy;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.scilab.forge.jlatexmath.ParseException;

/**
 * Fuzz target for the LaTeX sanitiser: any authored text is judged without an exception, and every formula the policy
 * allows is laid out by JLaTeXMath (or refused with its ParseException) — no other exception, no stack overflow, no hang,
 * no drawing larger than the renderer's bounds.
 */
class LatexPolicyFuzzTest {

    @FuzzTest(maxDuration = "10s")
    @Timeout(value = 20, unit = TimeUnit.SECONDS) // a hang guard for fuzzing, not a speed test
    void allowedFormulasAreSafeToLayOut(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        LatexPolicy.check(text);
        for (LatexPolicy.Segment s : LatexPolicy.segments(text)) {
            if (!(s instanceof LatexPolicy.Segment.Formula(String latex, int offset))) continue;
            if (offset < 0 || offset >= text.length()) throw new AssertionError("bad offset " + offset);
            if (LatexPolicy.checkFormula(latex).isPresent()) continue;
            try {
                FormulaRenderer.layout(latex, 15);
            } catch (ParseException e) {
                // JLaTeXMath cannot read it: shown as its source
            }
        }
    }
}
