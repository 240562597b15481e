package app.stepwise.math;

import app.stepwise.text.Message;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A unit as a scale factor to SI, a vector of exponents over the seven SI base dimensions
 * (m, kg, s, A, K, mol, cd), and an offset for absolute temperatures (°C). See docs/decisions/0002.
 */
public record Unit(double factor, int[] dims, double offset, String symbol) {
    static final String[] BASE = {"m", "kg", "s", "A", "K", "mol", "cd"};
    public static final Unit ONE = new Unit(1, new int[7], 0, "");

    public Unit times(Unit o) {
        int[] d = new int[7];
        for (int i = 0; i < 7; i++) d[i] = dims[i] + o.dims[i];
        return new Unit(factor * o.factor, d, 0, join(symbol, o.symbol, "·"));
    }

    public Unit pow(int n) {
        if (n == 1) return this;
        int[] d = new int[7];
        for (int i = 0; i < 7; i++) d[i] = dims[i] * n;
        return new Unit(Math.pow(factor, n), d, 0, n == 1 ? symbol : symbol + "^" + n);
    }

    public Unit over(Unit o) {
        return times(o.pow(-1)).withSymbol(join(symbol, o.symbol, "/"));
    }

    Unit withSymbol(String s) {
        return new Unit(factor, dims, offset, s);
    }

    private static String join(String a, String b, String op) {
        if (a.isEmpty()) return op.equals("/") ? "1/" + b : b;
        return b.isEmpty() ? a : a + op + b;
    }

    public boolean sameDimension(Unit o) {
        return Arrays.equals(dims, o.dims);
    }

    public boolean dimensionless() {
        return Arrays.equals(dims, new int[7]);
    }

    /** The value in SI units of a number given in this unit. */
    public double toSi(double value) {
        return value * factor + offset;
    }

    public double fromSi(double si) {
        return (si - offset) / factor;
    }

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("0,0,0,0,0,0,0", "plainnumber");
        NAMES.put("1,0,0,0,0,0,0", "length");
        NAMES.put("0,1,0,0,0,0,0", "mass");
        NAMES.put("0,0,1,0,0,0,0", "time");
        NAMES.put("0,0,0,1,0,0,0", "current");
        NAMES.put("0,0,0,0,1,0,0", "temperature");
        NAMES.put("2,0,0,0,0,0,0", "area");
        NAMES.put("3,0,0,0,0,0,0", "volume");
        NAMES.put("1,0,-1,0,0,0,0", "speed");
        NAMES.put("1,0,-2,0,0,0,0", "acceleration");
        NAMES.put("1,1,-2,0,0,0,0", "force");
        NAMES.put("2,1,-2,0,0,0,0", "energy");
        NAMES.put("2,1,-3,0,0,0,0", "power");
        NAMES.put("-1,1,-2,0,0,0,0", "pressure");
        NAMES.put("1,1,-1,0,0,0,0", "momentum");
        NAMES.put("0,0,-1,0,0,0,0", "frequency");
        NAMES.put("0,0,1,1,0,0,0", "charge");
        NAMES.put("2,1,-3,-1,0,0,0", "voltage");
        NAMES.put("2,1,-3,-2,0,0,0", "resistance");
        NAMES.put("-3,1,0,0,0,0,0", "density");
    }

    /** A plain-language name of this unit's dimension in English, e.g. "an energy (J)". */
    public String dimensionName() {
        return dimension().english();
    }

    /** A plain-language name of this unit's dimension, e.g. "an energy (J)", as a message (key math.dimension.*). */
    public Message dimension() {
        String key = String.join(",", Arrays.stream(dims).mapToObj(Integer::toString).toList());
        String name = NAMES.get(key);
        if (name != null) return Message.of("math.dimension." + name);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            if (dims[i] != 0) sb.append(sb.isEmpty() ? "" : "·").append(BASE[i]).append(dims[i] == 1 ? "" : "^" + dims[i]);
        }
        return Message.of("math.dimension.other", sb.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Unit u && u.factor == factor && Arrays.equals(u.dims, dims) && u.offset == offset;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(factor) * 31 + Arrays.hashCode(dims);
    }

    @Override
    public String toString() {
        return symbol;
    }
}
