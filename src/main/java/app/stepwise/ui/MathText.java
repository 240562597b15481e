package app.stepwise.ui;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.jfree.fx.FXGraphics2D;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/** Authored text with inline {@code $...$} LaTeX, laid out as a wrapping flow of words and rendered formulas. */
final class MathText {
    private static final List<String> FONTS = List.of("base/jlm_cmex10", "base/jlm_cmmi10", "base/jlm_cmmib10",
            "maths/jlm_cmsy10",
            "maths/jlm_cmbsy10", "maths/jlm_msam10", "maths/jlm_msbm10", "maths/jlm_special", "maths/jlm_stmary10",
            "maths/jlm_rsfs10",
            "latin/jlm_cmr10", "latin/jlm_jlmr10", "latin/jlm_jlmi10", "latin/jlm_jlmbx10", "latin/jlm_jlmbi10");
    private static boolean fontsRegistered;

    private MathText() {}

    /** JLaTeXMath draws with its own fonts; JavaFX must know them, or glyphs come out wrong. */
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
    }

    static TextFlow flow(String text, double size) {
        registerFonts();
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("math-text");
        String[] parts = text.split("(?<!\\\\)\\$", -1);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) continue;
            if (i % 2 == 0) {
                Text t = new Text(parts[i].replace("\\$", "$"));
                t.setFont(Font.font(size));
                t.getStyleClass().add("flow-text");
                flow.getChildren().add(t);
            } else {
                flow.getChildren().add(formula(parts[i], size));
            }
        }
        flow.setAccessibleText(text.replace("$", ""));
        return flow;
    }

    /** One formula drawn on a canvas; unreadable LaTeX is shown as its source rather than failing. */
    static Node formula(String latex, double size) {
        TeXIcon icon;
        try {
            icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_TEXT, (float) (size * 1.15));
        } catch (ParseException | IllegalArgumentException e) {
            Text raw = new Text(latex);
            raw.setFont(Font.font("monospace", size));
            return raw;
        }
        icon.setForeground(Color.BLACK);
        Canvas canvas = new Canvas(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()));
        FXGraphics2D g2 = new FXGraphics2D(canvas.getGraphicsContext2D());
        icon.paintIcon(null, g2, 0, 0);
        canvas.setTranslateY(icon.getIconDepth() * 0.5);
        canvas.setAccessibleText(latex);
        return canvas;
    }
}
