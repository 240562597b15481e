package app.stepwise.lesson;

import app.stepwise.text.Message;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline LaTeX that authored text may hold. Packs come from people we do not know, so a formula is data: only the
 * commands school math and physics need are allowed (an explicit list), sizes, nesting and dimensions are bounded, and
 * anything else — command definitions, files, links, rules — is rejected with its position. The formula renderer draws
 * only what this policy allows and shows everything else as plain text.
 */
public final class LatexPolicy {
    /** Longest formula between one pair of {@code $} (characters); a long school formula is about 150. */
    public static final int MAX_FORMULA_CHARS = 500;
    /** Deepest nesting of braces, {@code \left…\right} and environments; {@code \frac{\frac{a}{b}}{c}} is 3. */
    public static final int MAX_DEPTH = 12;
    /** Most commands and sub/superscripts in one formula (bounds nesting without braces, e.g. {@code \sqrt\sqrt x}). */
    public static final int MAX_COMMANDS = 80;
    /** Largest size in a dimension argument ({@code \hspace}, {@code \\[…]}), in em. */
    public static final double MAX_DIMENSION_EM = 10;

    /** One rejected piece of a text: its index in the text (0-based) and why it is rejected, written for a teacher. */
    public record Finding(int offset, Message said) {
        /** Why, in English (the command line, logs); the pack editor renders {@link #said()} in the teacher's language. */
        public String message() {
            return said.english();
        }
    }

    /** A run of authored text: plain words, or the LaTeX of one formula (without its {@code $}) starting at offset. */
    public sealed interface Segment {
        /** Plain words, with {@code \$} already turned into a dollar sign. */
        record Plain(String text) implements Segment {}

        /** One formula's LaTeX; {@code offset} is the index of its first character in the whole text. */
        record Formula(String latex, int offset) implements Segment {}
    }

    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta",
            "theta", "vartheta", "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "varpi", "rho", "varrho", "sigma",
            "varsigma", "tau", "upsilon", "phi", "varphi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi",
            "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega");

    /** Commands that take arguments or change the look of what follows. */
    private static final Set<String> STRUCTURES = Set.of("frac", "dfrac", "tfrac", "sqrt", "binom", "vec", "overline",
            "underline", "hat", "bar", "dot", "ddot", "tilde", "widehat", "widetilde", "overrightarrow", "boxed",
            "text", "textrm", "textit", "textbf", "mathrm", "mathit", "mathbf", "mathbb", "mathcal", "boldsymbol",
            "operatorname", "displaystyle", "textstyle", "scriptstyle", "underbrace", "overbrace");

    /** Symbols, relations, operators and named functions. */
    private static final Set<String> SYMBOLS = Set.of("cdot", "times", "div", "pm", "mp", "ast", "star", "le", "leq", "ge",
            "geq", "ne", "neq", "lt", "gt", "approx", "equiv", "sim", "simeq", "cong", "propto", "infty", "circ", "degree",
            "to", "rightarrow", "leftarrow", "leftrightarrow", "Rightarrow", "Leftarrow", "Leftrightarrow", "iff", "implies",
            "mapsto", "uparrow", "downarrow", "in", "notin", "ni", "subset", "subseteq", "supset", "supseteq", "cup", "cap",
            "setminus", "emptyset", "varnothing", "forall", "exists", "neg", "land", "lor", "ldots", "cdots", "dots",
            "vdots", "ddots", "angle", "measuredangle", "triangle", "perp", "parallel", "prime", "partial", "nabla", "hbar",
            "ell", "sum", "prod", "int", "iint", "oint", "lim", "log", "ln", "lg", "sin", "cos", "tan", "sec", "csc", "cot",
            "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "exp", "min", "max", "sup", "inf", "det", "gcd", "deg",
            "mod", "bmod", "pmod", "limits", "nolimits", "quad", "qquad", "colon", "vert", "Vert", "mid", "langle",
            "rangle", "lfloor", "rfloor", "lceil", "rceil", "lbrace", "rbrace", "backslash", "checkmark", "square",
            "Box", "bullet", "cdotp", "centerdot", "therefore", "because");

    /** Commands followed by a delimiter: {@code \left(}, {@code \big|}. */
    private static final Set<String> SIZED_DELIMITERS = Set.of("left", "right", "middle", "big", "Big", "bigg", "Bigg", "bigl",
            "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl", "Biggr");

    private static final Set<String> DELIMITER_WORDS = Set.of("langle", "rangle", "lfloor", "rfloor", "lceil", "rceil",
            "vert", "Vert", "lbrace", "rbrace", "uparrow", "downarrow", "backslash");

    private static final Set<String> ENVIRONMENTS = Set.of("matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix",
            "smallmatrix", "cases", "aligned");

    /** Control symbols: {@code \,} {@code \{} {@code \%} …; {@code \\} is a line break in matrices and aligned lines. */
    private static final String CONTROL_SYMBOLS = ",;:! {}|%$&_#\\";

    /** Commands we refuse by name, with the reason a teacher should read. */
    private static final Map<String, Message> FORBIDDEN;

    static {
        Message define = Message.of("latex.forbidden.define");
        Message outside = Message.of("latex.forbidden.outside");
        Message rule = Message.of("latex.forbidden.rule");
        Message engine = Message.of("latex.forbidden.engine");
        var m = new java.util.HashMap<String, Message>();
        for (String c : List.of("newcommand", "renewcommand", "providecommand", "def", "gdef", "edef", "xdef", "let",
                "futurelet", "newenvironment", "renewenvironment", "DeclareMathOperator", "catcode", "csname", "endcsname",
                "expandafter", "afterassignment", "global", "long", "outer"))
            m.put(c, define);
        for (String c : List.of("includegraphics", "includepdf", "input", "include", "InputIfFileExists", "openin", "openout",
                "read", "readline", "write", "immediate", "href", "url", "hyperref", "hyperlink", "jlmDynamic",
                "jlmExternalFont", "jlmText", "jlmTextit", "jlmTextbf", "jlmTextitbf", "jlmXML", "fcscore", "graphics"))
            m.put(c, outside);
        for (String c : List.of("rule", "hrule", "vrule", "leaders", "hrulefill")) m.put(c, rule);
        for (String c : List.of("special", "char", "mathchar", "delimiter", "mathcode", "uppercase", "lowercase", "string",
                "number", "romannumeral", "loop", "repeat", "iterate"))
            m.put(c, engine);
        FORBIDDEN = Map.copyOf(m);
    }

    private static final Pattern DIMENSION = Pattern
            .compile("\\s*([-+]?)\\s*(\\d{1,9}(?:\\.\\d{0,4})?|\\.\\d{1,4})\\s*(em|ex|pt|px|mm|cm|in|mu|bp|pc)\\s*");
    private static final Map<String, Double> EM_PER_UNIT = Map.of("em", 1.0, "ex", 0.45, "pt", 0.1, "px", 0.1, "bp", 0.1,
            "pc", 1.2, "mm", 0.285, "cm", 2.85, "in", 7.23, "mu", 1.0 / 18);

    private LatexPolicy() {}

    /** The commands the policy allows, without the backslash (for documentation and tests). */
    public static Set<String> allowedCommands() {
        var all = new java.util.TreeSet<String>();
        all.addAll(GREEK);
        all.addAll(STRUCTURES);
        all.addAll(SYMBOLS);
        all.addAll(SIZED_DELIMITERS);
        all.addAll(List.of("begin", "end", "hspace"));
        return all;
    }

    /** Whether {@code \name} may appear in a formula: an allowed command, or a control symbol such as {@code \,}. */
    public static boolean allowsCommand(String name) {
        return name.length() == 1 && CONTROL_SYMBOLS.indexOf(name.charAt(0)) >= 0 || Allowed.COMMANDS.contains(name);
    }

    private static final class Allowed {
        static final Set<String> COMMANDS = Set.copyOf(allowedCommands());
    }

    /** The environments allowed with {@code \begin{…}}. */
    public static Set<String> allowedEnvironments() {
        return ENVIRONMENTS;
    }

    /** Splits authored text into plain runs and formulas, the same way {@link #check} reads it. */
    public static List<Segment> segments(String text) {
        List<Segment> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
                plain.append('$');
                i += 2;
                continue;
            }
            if (c != '$') {
                plain.append(c);
                i++;
                continue;
            }
            int end = closingDollar(text, i + 1);
            if (end < 0) { // an unclosed formula stays words
                plain.append(text, i, text.length());
                break;
            }
            if (!plain.isEmpty()) out.add(new Segment.Plain(plain.toString()));
            plain.setLength(0);
            if (end > i + 1) out.add(new Segment.Formula(text.substring(i + 1, end), i + 1));
            i = end + 1;
        }
        if (!plain.isEmpty()) out.add(new Segment.Plain(plain.toString()));
        return out;
    }

    /** Index of the {@code $} closing a formula that starts at {@code from}, skipping escaped characters; -1 if none. */
    private static int closingDollar(String text, int from) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\\') j++;
            else if (c == '$') return j;
        }
        return -1;
    }

    /** Every problem with the LaTeX of authored text (formulas between {@code $…$}); empty when it is safe to render. */
    public static List<Finding> check(String text) {
        List<Finding> out = new ArrayList<>();
        int i = 0;
        while (i < text.length() && out.size() < 20) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
                i += 2;
                continue;
            }
            if (c != '$') {
                i++;
                continue;
            }
            int end = closingDollar(text, i + 1);
            if (end < 0) {
                out.add(new Finding(i, Message.of("latex.unclosedDollar", String.valueOf(i + 1))));
                break;
            }
            new Scanner(text, i + 1, end, out).scan();
            i = end + 1;
        }
        return out;
    }

    /** The first problem with one formula (LaTeX without {@code $}), offsets relative to it; empty when it may be drawn. */
    public static Optional<Finding> checkFormula(String latex) {
        List<Finding> out = new ArrayList<>();
        new Scanner(latex, 0, latex.length(), out).scan();
        return out.stream().findFirst();
    }

    /** Reads one formula token by token, adding findings with offsets in the whole text. */
    private static final class Scanner {
        private final String s;
        private final int from;
        private final int to;
        private final List<Finding> out;
        private final Deque<String> open = new ArrayDeque<>();
        private int commands;
        private int i;

        Scanner(String s, int from, int to, List<Finding> out) {
            this.s = s;
            this.from = from;
            this.to = to;
            this.out = out;
        }

        /** Records a finding at a character of the formula (of the text, when the formula is part of one). */
        private void add(int at, Message message) {
            out.add(new Finding(at, Message.of(from == 0 && to == s.length() ? "latex.inFormula" : "latex.inText", message,
                    String.valueOf(at + 1))));
        }

        void scan() {
            if (to - from > MAX_FORMULA_CHARS) {
                add(from, Message.of("latex.tooLong", String.valueOf(to - from), String.valueOf(MAX_FORMULA_CHARS)));
                return;
            }
            int before = out.size();
            for (i = from; i < to;) {
                if (!step()) return;
                if (out.size() - before >= 5) return;
            }
            if (!open.isEmpty()) {
                String top = open.peek();
                add(from, switch (top) {
                    case "{" -> Message.of("latex.unclosedBrace");
                    case "left" -> Message.of("latex.unclosedLeft");
                    default -> Message.of("latex.unclosedEnvironment", top);
                });
            }
        }

        /** Reads one token at i; false when the rest of the formula cannot be read sensibly. */
        private boolean step() {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> {
                    return command();
                }
                case '{' -> {
                    if (!push("{", i)) return false;
                    i++;
                }
                case '}' -> {
                    if (!"{".equals(open.peek())) {
                        add(i, open.isEmpty()
                                ? Message.of("latex.strayBrace")
                                : Message.of("latex.braceNotGroup"));
                        return false;
                    }
                    open.pop();
                    i++;
                }
                case '^', '_' -> {
                    if (!count(i)) return false;
                    i++;
                }
                case '#' -> {
                    add(i, Message.of("latex.hash"));
                    i++;
                }
                case '%' -> {
                    add(i, Message.of("latex.percent"));
                    i++;
                }
                default -> {
                    if (!allowedCharacter(c)) {
                        add(i, Message.of("latex.character", describe(c)));
                    }
                    i++;
                }
            }
            return true;
        }

        private boolean push(String what, int at) {
            open.push(what);
            if (open.size() > MAX_DEPTH) {
                add(at, Message.of("latex.tooDeep", String.valueOf(MAX_DEPTH)));
                return false;
            }
            return true;
        }

        private boolean count(int at) {
            if (++commands > MAX_COMMANDS) {
                add(at, Message.of("latex.tooManyCommands", String.valueOf(MAX_COMMANDS)));
                return false;
            }
            return true;
        }

        private boolean command() {
            int start = i;
            if (i + 1 >= to) {
                add(start, Message.of("latex.loneBackslash"));
                i++;
                return true;
            }
            char next = s.charAt(i + 1);
            if (!isAsciiLetter(next)) {
                i += 2;
                if (CONTROL_SYMBOLS.indexOf(next) < 0) {
                    add(start, Message.of("latex.controlSymbol", printable(next)));
                    return true;
                }
                if (next == '\\') return optionalDimension();
                return true;
            }
            int j = i + 1;
            while (j < to && isAsciiLetter(s.charAt(j))) j++;
            String name = s.substring(i + 1, j);
            i = j;
            Message forbidden = FORBIDDEN.get(name);
            if (forbidden != null) {
                add(start, Message.of("latex.forbidden", name, forbidden));
                return false;
            }
            if (!count(start)) return false;
            if (GREEK.contains(name) || STRUCTURES.contains(name) || SYMBOLS.contains(name)) return true;
            if (SIZED_DELIMITERS.contains(name)) return delimiter(name, start);
            return switch (name) {
                case "begin", "end" -> environment(name, start);
                case "hspace" -> dimensionArgument(start);
                default -> {
                    add(start, Message.of("latex.unknownCommand", name));
                    yield true;
                }
            };
        }

        private void skipSpaces() {
            while (i < to && s.charAt(i) == ' ') i++;
        }

        /** After {@code \left}, {@code \big} …: one delimiter. */
        private boolean delimiter(String name, int start) {
            skipSpaces();
            boolean ok = false;
            if (i < to) {
                char d = s.charAt(i);
                if ("()[]|./<>".indexOf(d) >= 0) {
                    ok = true;
                    i++;
                } else if (d == '\\' && i + 1 < to && "{}|".indexOf(s.charAt(i + 1)) >= 0) {
                    ok = true;
                    i += 2;
                } else if (d == '\\') {
                    int j = i + 1;
                    while (j < to && isAsciiLetter(s.charAt(j))) j++;
                    if (DELIMITER_WORDS.contains(s.substring(i + 1, j))) {
                        ok = true;
                        i = j;
                    }
                }
            }
            if (!ok) {
                add(start, Message.of("latex.needsDelimiter", name));
                return false;
            }
            if (name.equals("left")) return push("left", start);
            if (name.equals("right")) {
                if (!"left".equals(open.peek())) {
                    add(start, Message.of("latex.rightWithoutLeft"));
                    return false;
                }
                open.pop();
            }
            return true;
        }

        private boolean environment(String which, int start) {
            skipSpaces();
            int close = i < to && s.charAt(i) == '{' ? s.indexOf('}', i) : -1;
            if (close < 0 || close >= to) {
                add(start, Message.of("latex.needsEnvironment", which));
                return false;
            }
            String env = s.substring(i + 1, close);
            if (!ENVIRONMENTS.contains(env)) {
                add(start, Message.of("latex.environment", env, String.join(", ", new java.util.TreeSet<>(ENVIRONMENTS))));
                return false;
            }
            i = close + 1;
            if (which.equals("begin")) return push(env, start);
            if (!env.equals(open.peek())) {
                add(start, Message.of("latex.endMismatch", env));
                return false;
            }
            open.pop();
            return true;
        }

        /** {@code \hspace{1em}}: a braced, bounded size. */
        private boolean dimensionArgument(int start) {
            skipSpaces();
            int close = i < to && s.charAt(i) == '{' ? s.indexOf('}', i) : -1;
            if (close < 0 || close >= to) {
                add(start, Message.of("latex.hspace"));
                return false;
            }
            String size = s.substring(i + 1, close);
            i = close + 1;
            checkDimension(size, start);
            return true;
        }

        /** {@code \\[4pt]} in matrices and aligned lines. */
        private boolean optionalDimension() {
            if (i < to && s.charAt(i) == '[') {
                int close = s.indexOf(']', i);
                if (close < 0 || close >= to) {
                    add(i, Message.of("latex.bracketSize"));
                    return false;
                }
                checkDimension(s.substring(i + 1, close), i);
                i = close + 1;
            }
            return true;
        }

        private void checkDimension(String size, int at) {
            Matcher m = DIMENSION.matcher(size);
            if (!m.matches()) {
                add(at, Message.of("latex.notSize", shorten(size)));
                return;
            }
            double em = Double.parseDouble(m.group(2)) * EM_PER_UNIT.get(m.group(3));
            if (em > MAX_DIMENSION_EM) {
                add(at, Message.of("latex.sizeTooLarge", size.strip(), String.valueOf((int) MAX_DIMENSION_EM)));
            }
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Printable ASCII (except those handled as syntax), letters and digits of any script, and math signs. */
    private static boolean allowedCharacter(char c) {
        if (c >= 0x20 && c < 0x7f) return true;
        if (Character.isSurrogate(c)) return false;
        if (Character.isLetterOrDigit(c)) return true;
        int type = Character.getType(c);
        return type == Character.MATH_SYMBOL || type == Character.OTHER_NUMBER || "°·′″…–—′ ".indexOf(c) >= 0;
    }

    private static String describe(char c) {
        return Character.isISOControl(c) || Character.isSurrogate(c) || Character.isWhitespace(c)
                ? String.format("U+%04X", (int) c)
                : "'" + c + "' (U+" + String.format("%04X", (int) c) + ")";
    }

    private static String printable(char c) {
        return Character.isISOControl(c) || Character.isSurrogate(c) ? String.format("U+%04X", (int) c) : String.valueOf(c);
    }

    private static String shorten(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }
}
