package app.stepwise.math;

import app.stepwise.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Splits what a student typed into tokens, folding the many ways of writing the same symbol into one. */
final class Lexer {

    enum Kind {
        NUMBER,
        IDENT,
        FUNC,
        CONST,
        OP,
        LPAREN,
        RPAREN,
        LBRACE,
        RBRACE,
        BAR,
        SQRT,
        SUPER,
        EQUALS,
        COMMA,
        OR,
        END
    }

    record Token(Kind kind, String text, int pos) {
        boolean is(Kind k, String t) {
            return kind == k && text.equals(t);
        }
    }

    static final Set<String> FUNCTIONS = Set.of("sin", "cos", "tan", "sec", "csc", "cot", "cosec", "arcsin", "arccos",
            "arctan", "arcsec", "arccsc", "arccot", "asin", "acos", "atan", "sinh", "cosh", "tanh", "sech", "csch", "cosech",
            "coth", "arsinh", "arcsinh", "asinh", "arcosh", "arccosh", "acosh", "artanh", "arctanh", "atanh", "ln", "log", "exp",
            "sqrt", "abs");
    private static final Map<String, String> FUNCTION_ALIASES = Map.ofEntries(Map.entry("asin", "arcsin"),
            Map.entry("acos", "arccos"), Map.entry("atan", "arctan"), Map.entry("cosec", "csc"), Map.entry("cosech", "csch"),
            Map.entry("arsinh", "arcsinh"), Map.entry("asinh", "arcsinh"), Map.entry("arcosh", "arccosh"),
            Map.entry("acosh", "arccosh"), Map.entry("artanh", "arctanh"), Map.entry("atanh", "arctanh"));

    /** Function names students type that Stepwise does not compute, with what to write instead. */
    /** Functions Stepwise does not read, each with the advice it gives (a key under math.unsupported. in the feedback bundle). */
    private static final Map<String, String> UNSUPPORTED = Map.ofEntries(Map.entry("sgn", "sign"),
            Map.entry("sign", "sign"), Map.entry("floor", "value"),
            Map.entry("ceil", "value"), Map.entry("max", "value"),
            Map.entry("min", "value"), Map.entry("lg", "lg"),
            Map.entry("lb", "lb"), Map.entry("arg", "angle"),
            Map.entry("gcd", "number"), Map.entry("lcm", "number"),
            Map.entry("mod", "remainder"), Map.entry("lim", "limit"),
            Map.entry("int", "integral"), Map.entry("sum", "sum"),
            Map.entry("erf", "decimal"), Map.entry("arcsech", "lnSqrt"),
            Map.entry("arccsch", "lnSqrt"), Map.entry("arccoth", "ln"));

    /** Greek letters typed as Latin words: {@code rho} is ρ, {@code Delta} is Δ. */
    static final Map<String, String> GREEK = Map.ofEntries(Map.entry("alpha", "α"), Map.entry("beta", "β"),
            Map.entry("gamma", "γ"), Map.entry("delta", "δ"), Map.entry("epsilon", "ε"), Map.entry("zeta", "ζ"),
            Map.entry("eta", "η"), Map.entry("theta", "θ"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"),
            Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"),
            Map.entry("tau", "τ"), Map.entry("phi", "φ"), Map.entry("chi", "χ"), Map.entry("psi", "ψ"),
            Map.entry("omega", "ω"), Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"),
            Map.entry("Lambda", "Λ"), Map.entry("Sigma", "Σ"), Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"),
            Map.entry("Omega", "Ω"));

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /**
     * Letters written as superscripts, as people type a power ({@code eˣ}, {@code xⁿ}, {@code e²ˣ}), and the letters they
     * stand for. Before session 22 {@code eˣ} was read as e times a letter ˣ, so {@code 3x²eˣ} was marked wrong.
     */
    private static final String SUPER_LETTERS = "ˣʸᶻⁿᵗᵏᵃᵇᵐᵖ", LETTERS = "xyzntkabmp";

    private final String s;
    private final Parser.Context context;
    private final List<Message> warnings;
    private int i;
    private final List<Token> out = new ArrayList<>();

    private Lexer(String s, Parser.Context context, List<Message> warnings) {
        this.s = s;
        this.context = context;
        this.warnings = warnings;
    }

    static List<Token> tokenize(String input) throws MathSyntaxException {
        return tokenize(input, Parser.Context.NONE, new ArrayList<>());
    }

    /** Tokens of the input; readings that could have gone another way are added to {@code warnings}. */
    static List<Token> tokenize(String input, Parser.Context context, List<Message> warnings) throws MathSyntaxException {
        Lexer lx = new Lexer(input, context, warnings);
        lx.run();
        lx.refuseNumbersSideBySide();
        return lx.out;
    }

    /**
     * Two numbers with only a space between them ({@code 6/2 3}, {@code 2 1/2}, {@code 1/2 9.8 t^2}) have no reading
     * everyone agrees on: a product, a mixed number, or a digit lost. The line is refused with what to write instead,
     * so a right answer is never marked wrong for a reading the student did not mean (ADR 0008).
     */
    private void refuseNumbersSideBySide() throws MathSyntaxException {
        for (int k = 1; k < out.size(); k++) {
            Token a = out.get(k - 1), b = out.get(k);
            if (a.kind() != Kind.NUMBER || b.kind() != Kind.NUMBER || a.pos() >= b.pos()) continue;
            String x = a.text(), y = b.text();
            if (k >= 2 && out.get(k - 2).is(Kind.OP, "/") && k >= 3 && out.get(k - 3).kind() == Kind.NUMBER)
                x = out.get(k - 3).text() + "/" + x;
            if (k + 2 < out.size() && out.get(k + 1).is(Kind.OP, "/") && out.get(k + 2).kind() == Kind.NUMBER)
                y = y + "/" + out.get(k + 2).text();
            throw new MathSyntaxException(Message.of("math.twoNumbers", x, y), b.pos());
        }
    }

    private void run() throws MathSyntaxException {
        while (i < s.length()) {
            char c = s.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                number();
            } else if (c == '√' || c == '∛') {
                i++;
                out.add(new Token(Kind.SQRT, String.valueOf(c), start));
            } else if (SUPERSCRIPTS.indexOf(c) >= 0 || SUPER_LETTERS.indexOf(c) >= 0 || c == '⁻' || c == '⁺') {
                superscript();
            } else if (c == 'π') {
                i++;
                out.add(new Token(Kind.CONST, "pi", start));
            } else if (VULGAR.containsKey(c)) {
                vulgarFraction();
            } else if (Character.isLetter(c)) {
                word();
            } else {
                i++;
                switch (c) {
                    case '+' -> out.add(new Token(Kind.OP, "+", start));
                    case '-', '−', '–', '—' -> out.add(new Token(Kind.OP, "-", start));
                    case '*', '×', '·', '⋅', '∙' -> out.add(new Token(Kind.OP, "*", start));
                    case '/', '÷', '∕' -> out.add(new Token(Kind.OP, "/", start));
                    case '^' -> {
                        if (i < s.length() && s.charAt(i) == '^')
                            throw new MathSyntaxException(Message.of("math.doublePower"), start);
                        out.add(new Token(Kind.OP, "^", start));
                    }
                    case '(', '[' -> out.add(new Token(Kind.LPAREN, "(", start));
                    case ')', ']' -> out.add(new Token(Kind.RPAREN, ")", start));
                    case '{' -> out.add(new Token(Kind.LBRACE, "{", start));
                    case '}' -> out.add(new Token(Kind.RBRACE, "}", start));
                    case '|' -> out.add(new Token(Kind.BAR, "|", start));
                    case '%' -> percent(start);
                    case '=' -> {
                        if (i < s.length() && s.charAt(i) == '=') i++;
                        out.add(new Token(Kind.EQUALS, "=", start));
                    }
                    case ',', ';' -> out.add(new Token(Kind.COMMA, ",", start));
                    default ->
                        throw new MathSyntaxException(Message.of("math.symbol", String.valueOf(c)), start);
                }
                if (c == '*' && i < s.length() && s.charAt(i) == '*') { // ** as power, as in Python
                    i++;
                    out.set(out.size() - 1, new Token(Kind.OP, "^", start));
                }
            }
        }
        out.add(new Token(Kind.END, "", s.length()));
    }

    private void number() throws MathSyntaxException {
        int start = i;
        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
            if (i < s.length() && s.charAt(i) == '.') throw new MathSyntaxException(Message.of("math.twoPoints"), i);
        }
        // Scientific notation 4.2e-3 / 4.2E3: an 'e' directly followed by digits (optionally signed). Where the problem
        // has a symbol E (an energy), a whole number, E and a sign is the letter: 2E+3 is 2·E + 3, as the student
        // meant; 3.0E+8 and 2E8 stay powers of ten (ADR 0008).
        if (i + 1 < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            boolean signed = j < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '+' || s.charAt(j) == '−');
            if (signed) j++;
            boolean letter = signed && s.charAt(i) == 'E' && context.names().contains("E")
                    && s.substring(start, i).indexOf('.') < 0;
            if (!letter && j < s.length() && Character.isDigit(s.charAt(j))) {
                i = j;
                while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
            }
        }
        String text = s.substring(start, i).replace('−', '-');
        if (text.length() > Limits.MAX_NUMBER_CHARS) throw new MathSyntaxException(Message.of("math.numberTooLong"), start);
        // "1,500": a thousands separator, not a list; say so rather than read 1 and 500.
        if (i + 3 < s.length() + 1 && i < s.length() && s.charAt(i) == ',' && i + 4 <= s.length()
                && s.substring(i + 1, i + 4).chars().allMatch(Character::isDigit)
                && (i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4)))
                && !text.contains(".")) {
            throw new MathSyntaxException(
                    Message.of("math.thousandsComma", s.substring(start, i + 4), text + s.substring(i + 1, i + 4)), i);
        }
        out.add(new Token(Kind.NUMBER, text, start));
    }

    private void superscript() throws MathSyntaxException {
        int start = i;
        StringBuilder sb = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i);
            int d = SUPERSCRIPTS.indexOf(c);
            int letter = SUPER_LETTERS.indexOf(c);
            if (d >= 0) sb.append((char) ('0' + d));
            else if (letter >= 0) sb.append(LETTERS.charAt(letter));
            else if (c == '⁻') sb.append('-');
            else if (c == '⁺') sb.append('+');
            else
                break;
            i++;
        }
        String t = sb.toString();
        // a number, or one letter with a whole number before it (ˣ, ⁻ˣ, ²ˣ); ˣʸ or ˣ² is refused, as unclear
        if (!t.matches("[-+]?(\\d+|\\d*[a-z])")) throw new MathSyntaxException(Message.of("math.superscript"), start);
        out.add(new Token(Kind.SUPER, t.replace("+", ""), start));
    }

    /**
     * ½, ¾: a fraction in one character, read as (1/2). Written against a whole number it is a mixed number, 2½ = (2 + 1/2),
     * the only reading anyone means; with a space between them ({@code 2 ½}) it is refused like {@code 2 1/2} (ADR 0008).
     */
    private void vulgarFraction() throws MathSyntaxException {
        int start = i;
        int[] f = VULGAR.get(s.charAt(i));
        i++;
        Token last = out.isEmpty() ? null : out.get(out.size() - 1);
        boolean mixed = last != null && last.kind() == Kind.NUMBER && last.text().matches("\\d+");
        if (mixed && !Character.isDigit(s.charAt(start - 1)))
            throw new MathSyntaxException(Message.of("math.twoNumbers", last.text(), f[0] + "/" + f[1]), start);
        if (mixed) out.remove(out.size() - 1);
        out.add(new Token(Kind.LPAREN, "(", start));
        if (mixed) {
            out.add(new Token(Kind.NUMBER, last.text(), last.pos()));
            out.add(new Token(Kind.OP, "+", start));
        }
        out.add(new Token(Kind.NUMBER, String.valueOf(f[0]), start));
        out.add(new Token(Kind.OP, "/", start));
        out.add(new Token(Kind.NUMBER, String.valueOf(f[1]), start));
        out.add(new Token(Kind.RPAREN, ")", start));
    }

    /** 15% is 15/100: the number before it, in brackets, over 100. Anything else before % is not read. */
    private void percent(int start) throws MathSyntaxException {
        Token last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last == null || last.kind() != Kind.NUMBER) throw new MathSyntaxException(Message.of("math.symbol", "%"), start);
        out.remove(out.size() - 1);
        out.add(new Token(Kind.LPAREN, "(", last.pos()));
        out.add(last);
        out.add(new Token(Kind.OP, "/", start));
        out.add(new Token(Kind.NUMBER, "100", start));
        out.add(new Token(Kind.RPAREN, ")", start));
    }

    /** After a percentage (15% → (15/100)) or a fraction of numbers (2/3), "of" is a product. */
    private boolean ofMeansTimes() {
        int k = out.size();
        if (k >= 5 && out.get(k - 1).kind() == Kind.RPAREN && out.get(k - 2).is(Kind.NUMBER, "100")
                && out.get(k - 3).is(Kind.OP, "/"))
            return true;
        return k >= 3 && out.get(k - 1).kind() == Kind.NUMBER && out.get(k - 2).is(Kind.OP, "/")
                && out.get(k - 3).kind() == Kind.NUMBER;
    }

    /** The fractions Unicode writes in one character, as numerator and denominator. */
    static final Map<Character, int[]> VULGAR = Map.ofEntries(Map.entry('½', new int[]{1, 2}),
            Map.entry('⅓', new int[]{1, 3}), Map.entry('⅔', new int[]{2, 3}), Map.entry('¼', new int[]{1, 4}),
            Map.entry('¾', new int[]{3, 4}), Map.entry('⅕', new int[]{1, 5}), Map.entry('⅖', new int[]{2, 5}),
            Map.entry('⅗', new int[]{3, 5}), Map.entry('⅘', new int[]{4, 5}), Map.entry('⅙', new int[]{1, 6}),
            Map.entry('⅚', new int[]{5, 6}), Map.entry('⅐', new int[]{1, 7}), Map.entry('⅛', new int[]{1, 8}),
            Map.entry('⅜', new int[]{3, 8}), Map.entry('⅝', new int[]{5, 8}), Map.entry('⅞', new int[]{7, 8}),
            Map.entry('⅑', new int[]{1, 9}), Map.entry('⅒', new int[]{1, 10}));

    private void word() throws MathSyntaxException {
        int start = i;
        // a derivative written with a prime, y' or f'(x), is one symbol as dy/dx is
        if (i + 1 < s.length() && (s.charAt(i + 1) == '\'' || s.charAt(i + 1) == '’')) {
            int j = i + 2;
            if (j + 2 < s.length() && s.charAt(j) == '(' && Character.isLetter(s.charAt(j + 1)) && s.charAt(j + 2) == ')')
                j += 3;
            out.add(new Token(Kind.IDENT, (s.substring(i, j)).replace('’', '\''), start));
            i = j;
            return;
        }
        // dy/dx written as one symbol
        if (s.startsWith("d", i) && i + 4 < s.length() + 1 && s.length() >= i + 5
                && Character.isLetter(s.charAt(i + 1)) && s.charAt(i + 2) == '/' && s.charAt(i + 3) == 'd'
                && Character.isLetter(s.charAt(i + 4))
                && (i + 5 == s.length() || !Character.isLetter(s.charAt(i + 5)))) {
            out.add(new Token(Kind.IDENT, s.substring(i, i + 5), start));
            i += 5;
            return;
        }
        int end = i;
        while (end < s.length() && Character.isLetter(s.charAt(end)) && SUPER_LETTERS.indexOf(s.charAt(end)) < 0) end++;
        String run = s.substring(i, end);
        // A subscript makes one name: v_0, F_net, x_1.
        if (end < s.length() && s.charAt(end) == '_') {
            int j = end + 1;
            while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) j++;
            if (j > end + 1 && !FUNCTIONS.contains(run.toLowerCase())) {
                out.add(new Token(Kind.IDENT, s.substring(i, j), start));
                i = j;
                return;
            }
        }
        String lower = run.toLowerCase();
        // "15% of 240", "2/3 of 27": of after a percentage or a fraction is times
        if (lower.equals("of") && ofMeansTimes()) {
            out.add(new Token(Kind.OP, "*", start));
            i = end;
            return;
        }
        if (lower.equals("or") || lower.equals("and")) {
            out.add(new Token(Kind.OR, lower, start));
            i = end;
            return;
        }
        if (context.names().contains(run)) { // a name the problem defines: F_net written Fnet, or a word symbol
            out.add(new Token(Kind.IDENT, run, start));
            i = end;
            subscriptDigits(start);
            return;
        }
        if (UNIT_WORDS.contains(run) && !appliedToSomething(end)) {
            // 12 min is twelve minutes and 5 lb five pounds, not the functions min and lb: a function is applied to
            // something (min(3, 4), min x); standing as a factor (before an operator, =, or the end) it is the unit
            out.add(new Token(Kind.IDENT, run, start));
            i = end;
            return;
        }
        String unsupported = unsupportedName(run, end);
        if (unsupported != null) {
            throw new MathSyntaxException(Message.of("math.unsupported", unsupported,
                    Message.of("math.unsupported." + UNSUPPORTED.getOrDefault(unsupported.toLowerCase(), "other"))), start);
        }
        // Split a run of letters: known names greedily, every other letter its own variable (xy = x·y).
        int k = 0;
        while (k < run.length()) {
            // mcΔT: a change the problem names (ΔT, Δx) is one symbol inside a run of letters, as it is alone
            if (run.charAt(k) == 'Δ' && k + 1 < run.length() && context.names().contains(run.substring(k, k + 2))) {
                out.add(new Token(Kind.IDENT, run.substring(k, k + 2), start + k));
                k += 2;
                continue;
            }
            String match = longestName(run, k);
            // ne with a charge e given: the problem's e, not Euler's number
            if ("e".equals(match) && context.names().contains("e") && run.length() > 1) match = null;
            String greek = greekName(run, k);
            if (greek != null && match != null && match.length() >= greek.length()) greek = null;
            // a short Greek name inside a longer run of letters is letters: mux is m·u·x, must is not μ·s·t; mu alone
            // (or where the problem has μ) is μ
            if (greek != null && greek.length() <= 3 && greek.length() != run.length()
                    && !context.names().contains(GREEK.get(greek)))
                greek = null;
            if (greek != null && !(greek.length() <= 3 && spelledByNames(greek))) {
                String letter = GREEK.get(greek);
                if (greek.length() <= 3 && !context.names().contains(letter))
                    warnings.add(Message.of("math.note.greek", greek, letter, String.join(" ", greek.split(""))));
                out.add(new Token(Kind.IDENT, letter, start + k));
                k += greek.length();
            } else if (match != null) {
                String name = match.toLowerCase();
                if (name.equals("pi") || name.equals("e")) out.add(new Token(Kind.CONST, name, start + k));
                else
                    out.add(new Token(Kind.FUNC, FUNCTION_ALIASES.getOrDefault(name, name), start + k));
                k += match.length();
            } else {
                out.add(new Token(Kind.IDENT, String.valueOf(run.charAt(k)), start + k));
                k++;
            }
        }
        i = end;
        subscriptDigits(start);
    }

    /**
     * R1, m1, v0: a letter directly followed by digits. Where the problem defines that name (or the text is the
     * problem's own), it is one symbol, R_1; otherwise it stays a product and the reading is reported.
     */
    private void subscriptDigits(int start) {
        if (i >= s.length() || !Character.isDigit(s.charAt(i))) return;
        Token last = out.get(out.size() - 1);
        if (last.kind() != Kind.IDENT || last.text().contains("_") || last.text().length() != 1) return;
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
        if (j < s.length() && (s.charAt(j) == '.' || Character.isLetter(s.charAt(j)))) return;
        String name = last.text() + "_" + s.substring(i, j);
        if (context.defines() || context.names().contains(name)) {
            out.set(out.size() - 1, new Token(Kind.IDENT, name, last.pos()));
            i = j;
        } else {
            warnings.add(Message.of("math.note.subscript", last.text(), s.substring(i, j), name));
        }
    }

    /** A word Stepwise reads as math: a function (sin, sqrt), a Greek letter's name, a refused function, pi, or/and. */
    static boolean isKnownWord(String w) {
        String lower = w.toLowerCase();
        return FUNCTIONS.contains(lower) || GREEK.containsKey(w) || GREEK.containsKey(lower) || UNSUPPORTED.containsKey(lower)
                || UNIT_WORDS.contains(w) || Set.of("pi", "or", "and").contains(lower);
    }

    /** Names of unsupported functions that are also units: not applied to anything, they are the unit. */
    static final Set<String> UNIT_WORDS = Set.of("min", "lb");

    /** What follows a word could be its argument: a bracket, a number, a letter (not "or"/"and") or a root. */
    private boolean appliedToSomething(int end) {
        int j = end;
        while (j < s.length() && s.charAt(j) == ' ') j++;
        if (j >= s.length()) return false;
        char c = s.charAt(j);
        if (Character.isLetter(c)) {
            int k = j;
            while (k < s.length() && Character.isLetter(s.charAt(k))) k++;
            String word = s.substring(j, k).toLowerCase();
            return !word.equals("or") && !word.equals("and");
        }
        return c == '(' || c == '[' || c == '{' || c == '√' || c == '∛' || Character.isDigit(c) || c == '.';
    }

    /**
     * A word that names a function Stepwise does not compute (sgn, floor, lg), or a run of three or more letters
     * that are no known names directly followed by a bracket (foo(x)): never read as a product of letters.
     */
    private String unsupportedName(String run, int end) {
        if (UNSUPPORTED.containsKey(run.toLowerCase())) return run;
        int j = end;
        while (j < s.length() && s.charAt(j) == ' ') j++;
        if (j >= s.length() || s.charAt(j) != '(' || run.length() < 3) return null;
        int plain = 0;
        int k = 0;
        while (k < run.length()) {
            String m = longestName(run, k);
            String g = greekName(run, k);
            if (g != null && (m == null || g.length() > m.length())) m = g;
            if (m != null) {
                if (plain >= 3) return run;
                plain = 0;
                k += m.length();
            } else {
                if (!context.names().contains(String.valueOf(run.charAt(k)))) plain++;
                k++;
            }
        }
        return plain >= 3 ? run : null;
    }

    /** mu read as m·u where the problem has the quantities m and u but no μ. */
    private boolean spelledByNames(String greek) {
        if (context.names().contains(GREEK.get(greek))) return false;
        for (char c : greek.toCharArray()) if (!context.names().contains(String.valueOf(c))) return false;
        return true;
    }

    private static String greekName(String run, int k) {
        String best = null;
        for (String g : GREEK.keySet()) {
            if (run.startsWith(g, k) && (best == null || g.length() > best.length())) best = g;
        }
        return best;
    }

    private static String longestName(String run, int k) {
        String best = null;
        for (String f : FUNCTIONS) {
            if (run.regionMatches(false, k, f, 0, f.length()) && (best == null || f.length() > best.length())) best = f;
        }
        if (best == null && run.startsWith("pi", k)) best = "pi";
        if (best == null && run.charAt(k) == 'e') best = "e";
        return best == null ? null : run.substring(k, k + best.length());
    }
}
