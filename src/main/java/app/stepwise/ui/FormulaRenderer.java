package app.stepwise.ui;

import app.stepwise.lesson.LatexPolicy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import org.jfree.fx.FXGraphics2D;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Lays out formulas with JLaTeXMath on one background thread, never on the FX thread: only LaTeX that
 * {@link LatexPolicy} allows, each within {@link #BUDGET}, and no larger than {@link #MAX_WIDTH_PX} by
 * {@link #MAX_HEIGHT_PX}. The FX thread only paints a finished layout onto a canvas. A layout that overruns its budget is
 * given up (its formula stays plain text for the rest of the session) and its thread is replaced, so one slow formula
 * cannot hold up the others.
 */
final class FormulaRenderer {
    /** Most time one formula may take to lay out. */
    static final Duration BUDGET = Duration.ofSeconds(2);
    /** Largest drawn formula; anything larger is shown as its source. */
    static final int MAX_WIDTH_PX = 4_000;
    static final int MAX_HEIGHT_PX = 1_000;
    /** Most formulas waiting to be laid out; beyond that they stay plain text until shown again. */
    private static final int MAX_WAITING = 256;
    private static final int CACHE_ENTRIES = 1_000;

    private static final FormulaRenderer SHARED = new FormulaRenderer(BUDGET, FormulaRenderer::layout);

    /** What became of a formula: a layout to paint, or the reason it is shown as source. */
    sealed interface Outcome {
        /** A finished layout, painted on the FX thread. */
        record Drawn(TeXIcon icon) implements Outcome {}

        /** Not drawn: refused by the policy, unreadable, too large or too slow. */
        record Refused(String reason) implements Outcome {}
    }

    private record Key(String latex, double size) {}

    private final ScheduledExecutorService watchdog = Executors
            .newSingleThreadScheduledExecutor(r -> daemon(r, "stepwise-formula-watchdog"));
    private final Map<Key, Outcome> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Outcome> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };
    private final Duration budget;
    private final BiFunction<String, Double, Outcome> layoutOf;
    private ThreadPoolExecutor layout = newLayoutThread();
    private int givenUp;

    /** @param layoutOf lays out one formula; tests pass a slow one to see the budget at work */
    FormulaRenderer(Duration budget, BiFunction<String, Double, Outcome> layoutOf) {
        this.budget = budget;
        this.layoutOf = layoutOf;
    }

    static FormulaRenderer shared() {
        return SHARED;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static ThreadPoolExecutor newLayoutThread() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(MAX_WAITING),
                r -> daemon(r, "stepwise-formula"), new ThreadPoolExecutor.AbortPolicy());
    }

    /** How many layouts overran their budget in this session. */
    synchronized int givenUp() {
        return givenUp;
    }

    /** Whether JLaTeXMath was ever given this formula in this session (or it is still waiting): for the sandbox tests. */
    synchronized boolean laidOut(String latex, double size) {
        return cache.containsKey(new Key(latex, size));
    }

    /** The outcome already known for this formula, if it was laid out before (or refused). */
    synchronized Optional<Outcome> cached(String latex, double size) {
        return Optional.ofNullable(cache.get(new Key(latex, size)));
    }

    /** Loads JLaTeXMath's tables and fonts on the layout thread, so the first real formula is quick. */
    void warmUp() {
        submit(() -> {
            try {
                layoutOf.apply("x^2", 12.0);
            } catch (RuntimeException e) {
                // a failed warm-up only makes the first formula slower
            }
        });
    }

    /**
     * Lays out an allow-listed formula in the background and hands the outcome to {@code onDone} on the FX thread. Nothing
     * happens (the caller keeps showing the source) when the waiting line is full.
     */
    void render(String latex, double size, Consumer<Outcome> onDone) {
        Key key = new Key(latex, size);
        Optional<LatexPolicy.Finding> refused = LatexPolicy.checkFormula(latex);
        if (refused.isPresent()) { // never handed to JLaTeXMath, and not cached: the cache holds only what it laid out
            Outcome outcome = new Outcome.Refused(refused.get().message());
            Platform.runLater(() -> onDone.accept(outcome));
            return;
        }
        submit(() -> {
            AtomicBoolean timedOut = new AtomicBoolean();
            Thread self = Thread.currentThread();
            var dog = watchdog.schedule(() -> {
                timedOut.set(true);
                giveUp(key, self);
            }, budget.toMillis(), TimeUnit.MILLISECONDS);
            Outcome outcome;
            try {
                outcome = layoutOf.apply(latex, size);
            } catch (RuntimeException | StackOverflowError e) {
                outcome = new Outcome.Refused("JLaTeXMath cannot read it");
            } finally {
                dog.cancel(false);
            }
            if (!timedOut.get()) finish(key, outcome, onDone);
        });
    }

    private synchronized void submit(Runnable job) {
        try {
            layout.execute(job);
        } catch (RejectedExecutionException e) {
            // too many formulas waiting: this one stays plain text
        }
    }

    private void finish(Key key, Outcome outcome, Consumer<Outcome> onDone) {
        synchronized (this) {
            cache.put(key, outcome);
        }
        Platform.runLater(() -> onDone.accept(outcome));
    }

    /** A layout overran its budget: its formula stays source, and a fresh thread takes over the formulas still waiting. */
    private synchronized void giveUp(Key key, Thread stuck) {
        givenUp++;
        cache.put(key, new Outcome.Refused("took longer than " + budget.toMillis() + " ms to lay out"));
        ThreadPoolExecutor old = layout;
        layout = newLayoutThread();
        List<Runnable> waiting = old.shutdownNow(); // interrupts the stuck thread; it ends when the layout does
        waiting.forEach(this::submit);
        stuck.setPriority(Thread.MIN_PRIORITY);
    }

    /** The layout of one formula, or why it is not drawn. Runs on the layout thread (and in tests). */
    static Outcome layout(String latex, double size) {
        TeXIcon icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_TEXT, (float) (size * 1.15));
        if (icon.getIconWidth() > MAX_WIDTH_PX || icon.getIconHeight() > MAX_HEIGHT_PX)
            return new Outcome.Refused("too large to draw");
        return new Outcome.Drawn(icon);
    }

    /** Paints a finished layout on a new canvas in the theme's ink; FX thread (the only one that paints icons). */
    static Node paint(TeXIcon icon, String latex) {
        icon.setForeground(Looks.formulaInk());
        // the formula's own baseline (above the g's tail, a fraction's denominator) stands on the line's baseline; the
        // line makes room for what hangs below it
        double baseline = Math.max(1, icon.getIconHeight()) - icon.getIconDepth();
        Canvas canvas = new Canvas(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight())) {
            @Override
            public double getBaselineOffset() {
                return baseline;
            }
        };
        FXGraphics2D g2 = new FXGraphics2D(canvas.getGraphicsContext2D());
        icon.paintIcon(null, g2, 0, 0);
        canvas.setAccessibleText(latex);
        canvas.getStyleClass().add("formula");
        return canvas;
    }
}
