package app.stepwise.cli;

import app.stepwise.grade.AnswerChecker;
import app.stepwise.grade.StepChecker;
import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.Task;
import app.stepwise.math.Equivalence;
import app.stepwise.math.Expr;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Quantity;
import app.stepwise.model.ModelException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stepwise bench math|grade}: timings after warm-up (median and p99). {@code math}: the engine's cold
 * start, equivalence and unit comparison; {@code grade}: an answer check and a 10-line step check.
 */
@Command(name = "bench", description = {"Measure speed: 'bench math', 'bench grade', 'bench model', 'bench store'.",
        "'bench store-kill [--rounds N]' kills a writing process N times (default 20) and counts what it had saved."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "WHAT", description = "math, grade, model, store or store-kill")
    String what;

    @Mixin
    ModelOption modelOption;

    @Option(names = "--rounds", defaultValue = "2000")
    int rounds;

    @Option(names = "--json")
    boolean json;

    private static final String[][] PAIRS = {
            {"2(x+1)", "2x+2"}, {"x^2-1", "(x-1)^2"}, {"(x+3)(x-2)", "x^2+x-6"}, {"sin(x)^2+cos(x)^2", "1"}, {"√2/2", "1/√2"},
            {"e^(2x)", "(e^x)^2"}, {"(x^2-1)/(x-1)", "x+1"}, {"ln(x^2)", "2ln(x)"}, {"3(x-2)", "3x-2"},
            {"1/x+1/y", "(x+y)/(x*y)"},
            {"(a+b)^2", "a^2+b^2"}, {"x/3+x/6", "x/2"}, {"(2x+1)(x+3)", "2x^2+7x+3"}, {"v_0 + a*t", "a*t + v_0"},
            {"sqrt(x^2)", "x"},
    };
    private static final String[][] QUANTITIES = {
            {"10 m/s", "36 km/h"}, {"500 J", "0.5 kJ"}, {"9.8 m/s^2", "9.8 m/s²"}, {"300 K", "26.85 °C"}, {"2.5 A", "2500 mA"},
            {"10 J", "10 W"},
    };

    @Override
    public Integer call() throws MathSyntaxException, ModelException {
        if ("grade".equals(what)) return grade();
        if ("model".equals(what)) return ModelBench.run(modelOption, json, spec.commandLine().getOut());
        if ("store".equals(what)) {
            try {
                return StoreBench.run(json, spec.commandLine().getOut());
            } catch (java.io.IOException e) {
                spec.commandLine().getErr()
                        .println("stepwise: the store bench could not use a temporary folder (" + e.getMessage() + ")");
                return 2;
            }
        }
        if ("store-kill".equals(what)) {
            try {
                int n = spec.commandLine().getParseResult().hasMatchedOption("--rounds") ? rounds : 20;
                return StoreKillBench.run(n, json, spec.commandLine().getOut());
            } catch (java.io.IOException e) {
                spec.commandLine().getErr()
                        .println("stepwise: the store-kill bench could not use a temporary folder (" + e.getMessage() + ")");
                return 2;
            }
        }
        if (!"math".equals(what)) {
            spec.commandLine().getErr().println("stepwise: bench knows 'math', 'grade', 'model', 'store' and 'store-kill'");
            return 2;
        }
        long t0 = System.nanoTime();
        Equivalence.of(Parser.parseExpression("2(x+1)"), Parser.parseExpression("2x+2"));
        double coldMs = (System.nanoTime() - t0) / 1e6;
        List<Expr[]> pairs = new ArrayList<>();
        for (String[] p : PAIRS) pairs.add(new Expr[]{Parser.parseExpression(p[0]), Parser.parseExpression(p[1])});
        for (int i = 0; i < 300; i++) for (Expr[] p : pairs) Equivalence.of(p[0], p[1]);
        double[] eq = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            Expr[] p = pairs.get(i % pairs.size());
            long s = System.nanoTime();
            Equivalence.of(p[0], p[1]);
            eq[i] = (System.nanoTime() - s) / 1e6;
        }
        for (int i = 0; i < 300; i++) for (String[] q : QUANTITIES) compare(q);
        double[] qu = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long s = System.nanoTime();
            compare(QUANTITIES[i % QUANTITIES.length]);
            qu[i] = (System.nanoTime() - s) / 1e6;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("engineColdStartMs", round(coldMs));
        out.put("equivalenceMedianMs", round(pct(eq, 50)));
        out.put("equivalenceP99Ms", round(pct(eq, 99)));
        out.put("unitCompareMedianMs", round(pct(qu, 50)));
        out.put("unitCompareP99Ms", round(pct(qu, 99)));
        out.put("rounds", rounds);
        out.put("cores", Runtime.getRuntime().availableProcessors());
        return print(out);
    }

    private int print(Map<String, Object> out) {
        if (json) {
            spec.commandLine().getOut().println(Json.write(out));
        } else {
            out.forEach((k, v) -> spec.commandLine().getOut().println(String.format(Locale.ROOT, "%-26s %s", k, v)));
        }
        return 0;
    }

    private static final AnswerSpec[] SPECS = {
            new AnswerSpec.Expression("x^2+5x+6", Optional.of(AnswerSpec.Form.FACTORED)), new AnswerSpec.Equation("x = 4"),
            new AnswerSpec.SolutionSet("{2, -3}"),
            new AnswerSpec.Quantity("12 m/s", Optional.of(AnswerSpec.Tolerance.DEFAULT_RELATIVE), Optional.empty()),
    };
    private static final String[] RESPONSES = {"(x+2)(x+3)", "2x = 8", "x = -3 or x = 2", "43.2 km/h"};
    private static final List<String> TEN_LINES = List.of(
            "2(x + 3) + 4 = 3x - 1", "2x + 6 + 4 = 3x - 1", "2x + 10 = 3x - 1", "10 = 3x - 1 - 2x", "10 = x - 1",
            "so 10 + 1 = x", "11 = x", "x = 11", "check: 2(11 + 3) + 4 = 32", "therefore x = 11");
    private static final List<String> TEN_LINES_WITH_SLIP = List.of(
            "2x + 3 + 4 = 3x - 1", "2x + 7 = 3x - 1", "7 = 3x - 1 - 2x", "7 = x - 1", "8 = x", "x = 8", "so x = 8",
            "x = 8", "8 = x", "answer x = 8");

    private int grade() throws MathSyntaxException {
        double[] answers = time(i -> AnswerChecker.check(SPECS[i % SPECS.length], RESPONSES[i % SPECS.length]));
        double[] steps = time(i -> {
            try {
                StepChecker.check(Task.SOLVE, "2(x + 3) + 4 = 3x - 1", i % 2 == 0 ? TEN_LINES : TEN_LINES_WITH_SLIP, TEN_LINES);
            } catch (MathSyntaxException e) {
                throw new IllegalStateException(e);
            }
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("answerCheckMedianMs", round(pct(answers, 50)));
        out.put("answerCheckP99Ms", round(pct(answers, 99)));
        out.put("tenLineStepCheckMedianMs", round(pct(steps, 50)));
        out.put("tenLineStepCheckP99Ms", round(pct(steps, 99)));
        out.put("rounds", rounds);
        out.put("cores", Runtime.getRuntime().availableProcessors());
        return print(out);
    }

    /** Runs the work for warm-up, then times each of {@code rounds} runs in milliseconds. */
    private double[] time(IntConsumer work) {
        for (int i = 0; i < Math.min(500, rounds); i++) work.accept(i);
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long s = System.nanoTime();
            work.accept(i);
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        return ms;
    }

    private static void compare(String[] q) {
        try {
            Quantity.compare(Quantity.parse(q[0]), Quantity.parse(q[1]), 0.01, 0);
        } catch (MathSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static double pct(double[] xs, double p) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100 * s.length) - 1)];
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
