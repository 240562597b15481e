package app.stepwise.cli;

import app.stepwise.math.Equivalence;
import app.stepwise.math.Expr;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Quantity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stepwise bench math}: timings of the math engine after warm-up (median and p99), and its cold start. */
@Command(name = "bench", description = "Measure speed: 'bench math'.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "WHAT", description = "math")
    String what;

    @Option(names = "--rounds", defaultValue = "2000")
    int rounds;

    @Option(names = "--json")
    boolean json;

    private static final String[][] PAIRS = {
        {"2(x+1)", "2x+2"}, {"x^2-1", "(x-1)^2"}, {"(x+3)(x-2)", "x^2+x-6"}, {"sin(x)^2+cos(x)^2", "1"}, {"√2/2", "1/√2"},
        {"e^(2x)", "(e^x)^2"}, {"(x^2-1)/(x-1)", "x+1"}, {"ln(x^2)", "2ln(x)"}, {"3(x-2)", "3x-2"}, {"1/x+1/y", "(x+y)/(x*y)"},
        {"(a+b)^2", "a^2+b^2"}, {"x/3+x/6", "x/2"}, {"(2x+1)(x+3)", "2x^2+7x+3"}, {"v_0 + a*t", "a*t + v_0"}, {"sqrt(x^2)", "x"},
    };
    private static final String[][] QUANTITIES = {
        {"10 m/s", "36 km/h"}, {"500 J", "0.5 kJ"}, {"9.8 m/s^2", "9.8 m/s²"}, {"300 K", "26.85 °C"}, {"2.5 A", "2500 mA"}, {"10 J", "10 W"},
    };

    @Override
    public Integer call() throws MathSyntaxException {
        if (!"math".equals(what)) {
            System.err.println("stepwise: bench knows 'math'");
            return 2;
        }
        long t0 = System.nanoTime();
        Equivalence.of(Parser.parseExpression("2(x+1)"), Parser.parseExpression("2x+2"));
        double coldMs = (System.nanoTime() - t0) / 1e6;
        List<Expr[]> pairs = new ArrayList<>();
        for (String[] p : PAIRS) pairs.add(new Expr[] {Parser.parseExpression(p[0]), Parser.parseExpression(p[1])});
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
        if (json) {
            System.out.println(Json.write(out));
        } else {
            out.forEach((k, v) -> System.out.println(String.format(Locale.ROOT, "%-22s %s", k, v)));
        }
        return 0;
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
