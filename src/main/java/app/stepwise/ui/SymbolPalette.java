package app.stepwise.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/**
 * Buttons that type what is hard to type: roots, powers, fractions, Greek letters, signs and common units, each as text
 * the math engine reads (√(…), ², π, μ, Ω, °, m/s²), plus undo and redo. They insert into the box that last had focus.
 * The buttons are skipped by Tab, so the keyboard path through the screen stays short; every symbol can also be typed.
 */
final class SymbolPalette extends FlowPane {
    /** (shown, inserted, name) — "|" in the inserted text marks where the caret goes; the name keys the spoken text. */
    record Entry(String shown, String inserted, String name) {}

    static final List<Entry> SYMBOLS = List.of(new Entry("√", "√(|)", "sqrt"), new Entry("x²", "²", "squared"),
            new Entry("xⁿ", "^(|)", "power"), new Entry("a⁄b", "(|)/()", "fraction"), new Entry("( )", "(|)", "brackets"),
            new Entry("×", "×", "times"), new Entry("÷", "÷", "divide"), new Entry("−", "-", "minus"),
            new Entry("π", "π", "pi"), new Entry("θ", "θ", "theta"), new Entry("ρ", "ρ", "rho"),
            new Entry("λ", "λ", "lambda"), new Entry("μ", "μ", "mu"), new Entry("Δ", "Δ", "delta"),
            new Entry("°", "°", "degrees"));
    /** Units: shown only where the problem wants a quantity with a unit (an equation in x has no use for kg). */
    static final List<Entry> UNITS = List.of(new Entry("Ω", " Ω", "ohm"), new Entry("m/s", " m/s", "ms"),
            new Entry("m/s²", " m/s²", "ms2"), new Entry("kg", " kg", "kg"),
            new Entry("N", " N", "newton"), new Entry("J", " J", "joule"), new Entry("W", " W", "watt"),
            new Entry("V", " V", "volt"), new Entry("A", " A", "ampere"));

    /** The symbols, then the units where {@code units}, then undo and redo. */
    SymbolPalette(Texts t, Supplier<TextInputControl> target, boolean units) {
        this(t, target, units, java.util.Optional.empty());
    }

    /**
     * As above, with the unit the question asks for its answer in (km/h) first among the units when the common ones lack
     * it: a km/h question had m/s but no km/h (review23).
     */
    SymbolPalette(Texts t, Supplier<TextInputControl> target, boolean units, java.util.Optional<String> asked) {
        this(t, target, units ? withAsked(asked) : SYMBOLS);
    }

    private static List<Entry> withAsked(java.util.Optional<String> asked) {
        List<Entry> all = new java.util.ArrayList<>(SYMBOLS);
        asked.filter(u -> UNITS.stream().noneMatch(e -> e.shown().equals(u)))
                .ifPresent(u -> all.add(new Entry(u, " " + u, "asked")));
        all.addAll(UNITS);
        return all;
    }

    private SymbolPalette(Texts t, Supplier<TextInputControl> target, List<Entry> entries) {
        super(4, 4);
        getStyleClass().add("palette");
        setId("palette");
        for (Entry e : entries) {
            Button b = new Button(e.shown());
            b.setFocusTraversable(false);
            b.setTooltip(new Tooltip(t.get("palette.inserts", e.inserted().replace("|", "").strip())));
            b.setAccessibleText(
                    e.name().equals("asked") ? t.get("palette.say.asked", e.shown()) : t.get("palette.say." + e.name()));
            b.setOnAction(ev -> MathInput.insert(target.get(), e.inserted()));
            getChildren().add(b);
        }
        Button undo = new Button("↶");
        undo.setId("undo");
        undo.setFocusTraversable(false);
        undo.setTooltip(new Tooltip(t.get("palette.undo")));
        undo.setAccessibleText(t.get("palette.undo"));
        undo.setOnAction(ev -> {
            target.get().undo();
            target.get().requestFocus();
        });
        Button redo = new Button("↷");
        redo.setId("redo");
        redo.setFocusTraversable(false);
        redo.setTooltip(new Tooltip(t.get("palette.redo")));
        redo.setAccessibleText(t.get("palette.redo"));
        redo.setOnAction(ev -> {
            target.get().redo();
            target.get().requestFocus();
        });
        getChildren().addAll(undo, redo);
    }
}
