package app.stepwise.tutor;

import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Printer;
import app.stepwise.math.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of physics working as LaTeX, with every number-and-unit set the way a textbook sets it: the number, a thin
 * space, the unit upright ({@code 29.4\,\mathrm{N}}, {@code 3\,\mathrm{m}/\mathrm{s}^{2}}). The expression printer
 * reads a unit as letters multiplied by the number, which gave {@code 98N} beside {@code 29.4·N} and {@code 2 k·g}.
 * Display only: what is checked is the line as typed.
 */
final class QuantityLatex {
    private static final Pattern PRODUCT = Pattern.compile("\\s+[×*·]\\s+");
    private static final Pattern SCIENTIFIC = Pattern
            .compile("^([-−+]?[\\d.]+)\\s*[×x*·]\\s*10(?:\\^\\(?([-−+]?\\d+)\\)?|([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))$");
    private static final Pattern E_NOTATION = Pattern.compile("^([-−+]?[\\d.]+)[eE]([-−+]?\\d+)$");
    private static final Pattern UNIT_PART = Pattern.compile("\\^\\(?(-?\\d+)\\)?|\\s*[·*⋅]\\s*|\\s+|/|[^·*⋅/^\\s]+");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /**
     * A quantity named in words ("friction", "net force", "force of friction", "Fnet"): one word of four letters or
     * more, or several words one of which has three letters or more. Shorter runs of letters ("mgh", "m g", "KE") are
     * symbols multiplied, as in algebra.
     */
    private static final Pattern ONE_WORD = Pattern.compile("\\p{L}\\p{Ll}{3,}|\\p{Lu}{4,}");
    private static final Pattern SEVERAL_WORDS = Pattern
            .compile("(?=.*\\p{L}{3})\\p{L}+(?:\\s+\\p{L}+)+");
    private static final java.util.Set<String> FUNCTIONS = java.util.Set.of("sin", "cos", "tan", "sqrt", "exp", "log",
            "ln", "abs", "asin", "acos", "atan");

    private QuantityLatex() {}

    /**
     * The line with its quantities set as quantities and the names written in words set as words, or empty when no
     * side of it is a number with a unit or a name in words (the ordinary rendering is then the right one) or a side
     * cannot be read.
     */
    static Optional<String> line(String line) {
        List<String> sides = sides(line);
        List<String> out = new ArrayList<>();
        boolean anyUnit = false;
        for (String side : sides) {
            Optional<String> named = words(side);
            if (named.isPresent()) {
                anyUnit = true;
                out.add(named.get());
                continue;
            }
            Optional<String> q = quantities(side);
            if (q.isPresent()) {
                anyUnit = true;
                out.add(q.get());
                continue;
            }
            try {
                out.add(Printer.latex(Parser.parseExpression(side.strip())));
            } catch (MathSyntaxException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return anyUnit ? Optional.of(String.join(" = ", out)) : Optional.empty();
    }

    /** The sides of a line split at each "=" outside brackets. */
    private static List<String> sides(String line) {
        List<String> out = new ArrayList<>();
        int depth = 0, from = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']' || c == '}') depth--;
            else if (c == '=' && depth == 0) {
                out.add(line.substring(from, i));
                from = i + 1;
            }
        }
        out.add(line.substring(from));
        return out;
    }

    /** One side that is a quantity, or quantities multiplied ("2 kg × 9.8 m/s^2"), at least one with a unit. */
    private static Optional<String> quantities(String side) {
        Optional<Quantity> whole = quantity(side);
        if (whole.isPresent()) return whole.filter(Quantity::hasUnit).map(QuantityLatex::latex);
        String[] factors = PRODUCT.split(side.strip());
        if (factors.length < 2) return Optional.empty();
        List<String> out = new ArrayList<>();
        boolean anyUnit = false;
        for (String f : factors) {
            Optional<String> named = words(f);
            if (named.isPresent()) {
                anyUnit = true; // a name in words is worth the quantity rendering too
                out.add(named.get());
                continue;
            }
            Optional<Quantity> q = quantity(f);
            if (q.isEmpty()) return Optional.empty();
            anyUnit |= q.get().hasUnit();
            out.add(latex(q.get()));
        }
        return anyUnit ? Optional.of(String.join(" \\times ", out)) : Optional.empty();
    }

    /** A side or factor that is a quantity's name in words, upright as text: {@code \\text{net force}}. */
    static Optional<String> words(String text) {
        String t = text.strip();
        if (FUNCTIONS.contains(t.toLowerCase(java.util.Locale.ROOT))) return Optional.empty();
        if (!ONE_WORD.matcher(t).matches() && !SEVERAL_WORDS.matcher(t).matches()) return Optional.empty();
        return Optional.of("\\text{" + t.replaceAll("\\s+", " ") + "}");
    }

    private static Optional<Quantity> quantity(String text) {
        if (text.isBlank()) return Optional.empty();
        try {
            return Optional.of(Quantity.parse(text.strip()));
        } catch (MathSyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static String latex(Quantity q) {
        String number = number(q.numberText());
        if (!q.hasUnit()) return number;
        String symbol = q.unit().symbol();
        if (symbol.startsWith("°") && symbol.length() == 1) return number + "^{\\circ}"; // an angle: 30°, no space
        return number + "\\," + unit(symbol);
    }

    /** The number as typed; scientific notation as {@code 4.2 \times 10^{-3}}. */
    private static String number(String text) {
        String t = text.strip();
        Matcher s = SCIENTIFIC.matcher(t);
        if (s.matches()) {
            String exponent = s.group(2) != null ? s.group(2) : fromSuperscript(s.group(3));
            return minus(s.group(1)) + " \\times 10^{" + minus(exponent) + "}";
        }
        Matcher e = E_NOTATION.matcher(t);
        if (e.matches()) return minus(e.group(1)) + " \\times 10^{" + minus(e.group(2)).replace("+", "") + "}";
        try {
            return Printer.latex(Parser.parseExpression(t));
        } catch (MathSyntaxException | IllegalArgumentException x) {
            return minus(t);
        }
    }

    private static String fromSuperscript(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '⁻') b.append('-');
            else if (c != '⁺') b.append(SUPERSCRIPTS.indexOf(c));
        }
        return b.toString();
    }

    private static String minus(String s) {
        return s.replace('−', '-');
    }

    /** A unit symbol ("kg·m/s^2", "°C", "kΩ") upright, with its powers raised; Greek letters stay symbols. */
    static String unit(String symbol) {
        StringBuilder out = new StringBuilder();
        Matcher m = UNIT_PART.matcher(symbol);
        while (m.find()) {
            String part = m.group();
            if (m.group(1) != null) out.append("^{").append(m.group(1)).append("}");
            else if (part.isBlank() || part.strip().matches("[·*⋅]")) out.append(" \\cdot ");
            else if (part.equals("/")) out.append("/");
            else
                out.append(upright(part.strip()));
        }
        return out.toString();
    }

    /** Latin letters in \mathrm, Greek letters and the degree sign as themselves. */
    private static String upright(String word) {
        StringBuilder out = new StringBuilder();
        StringBuilder latin = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (c < 128 && c != '%') {
                latin.append(c);
                continue;
            }
            if (!latin.isEmpty()) {
                out.append("\\mathrm{").append(latin).append("}");
                latin.setLength(0);
            }
            out.append(c == '°' ? "{}^{\\circ}" : c == '%' ? "\\%" : String.valueOf(c));
        }
        if (!latin.isEmpty()) out.append("\\mathrm{").append(latin).append("}");
        return out.toString();
    }
}
