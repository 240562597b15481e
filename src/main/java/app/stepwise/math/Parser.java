package app.stepwise.math;

import app.stepwise.text.Message;
import app.stepwise.math.Expr.Add;
import app.stepwise.math.Expr.Const;
import app.stepwise.math.Expr.Div;
import app.stepwise.math.Expr.Fn;
import app.stepwise.math.Expr.Mul;
import app.stepwise.math.Expr.Neg;
import app.stepwise.math.Expr.Num;
import app.stepwise.math.Expr.Pow;
import app.stepwise.math.Expr.Var;
import app.stepwise.math.Lexer.Kind;
import app.stepwise.math.Lexer.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * Reads one line of student math. Conventions (documented in docs/math-input.md, decided in ADR 0008):
 * implicit multiplication binds tighter than '/', so {@code x/2y} is x/(2y) and {@code h/2π} is h/(2π); but a
 * numeric fraction followed by a factor is a coefficient, so {@code 1/2 m v^2} is ½·m·v² and {@code 5/9 (F-32)} is
 * (5/9)(F-32) (written without a space, {@code 1/2x}, the line is read the same way and a warning says so);
 * {@code -x^2} is -(x^2); {@code a^b^c} is a^(b^c); {@code sin x^2} is sin(x^2) while {@code sin(x)^2} and
 * {@code sin^2 x} are (sin x)^2; {@code log} is base 10 and {@code ln} base e; R1 is the symbol R_1 where the
 * problem defines it; Greek names (rho, Delta) are the Greek letters.
 */
public final class Parser {
    private final List<Token> tokens;
    private final String input;
    private final FractionRule fractions;
    private final List<Message> warnings;
    private boolean ambiguousFraction;
    private int p;
    private int depth;
    private int openBars;

    /**
     * What the problem defines, which changes how a line is read: {@code names} are symbols of the problem
     * (R_1, v_0, μ, F_net) read as one symbol when typed R1, v0, mu; {@code defines} marks the problem's own
     * text (expected answers, givens, start lines), where every letter+digit name is a symbol.
     */
    public record Context(Set<String> names, boolean defines) {
        public static final Context NONE = new Context(Set.of(), false);
        /** The problem's own text: letter+digit names are symbols. */
        public static final Context DEFINING = new Context(Set.of(), true);

        public Context {
            names = Set.copyOf(names);
        }

        /** A context of these symbols (as the engine names them, e.g. from {@link Exprs#variables}). */
        public static Context of(Collection<String> names) {
            return new Context(new HashSet<>(names), false);
        }

        public Context with(Collection<String> more) {
            Set<String> all = new HashSet<>(names);
            all.addAll(more);
            return new Context(all, defines);
        }
    }

    /** A line as read, with the readings that could have gone another way (empty when unambiguous). */
    public record Reading(Statement statement, List<Message> notes, Optional<Statement> otherReading) {
        public Reading {
            notes = List.copyOf(notes);
        }

        /** The readings that could have gone another way, in English. */
        public List<String> warnings() {
            return notes.stream().map(Message::english).toList();
        }

        /** The warnings as one sentence for the student, in English, or "". */
        public String warningText() {
            return warningNote().english();
        }

        /** The warnings as one sentence for the student, or the empty message. */
        public Message warningNote() {
            if (notes.isEmpty()) return Message.NONE;
            Message all = notes.get(0);
            for (Message n : notes.subList(1, notes.size())) all = Message.of("math.note.and", all, n);
            return Message.of("math.note", all);
        }
    }

    /** How {@code a/b X} with number a and b is read: the coefficient (a/b)·X (the rule) or a/(b·X). */
    private enum FractionRule {
        COEFFICIENT,
        DENOMINATOR
    }

    private Parser(String input, List<Token> tokens, FractionRule fractions, List<Message> warnings) {
        this.input = input;
        this.tokens = tokens;
        this.fractions = fractions;
        this.warnings = warnings;
    }

    /** Whether a word is math Stepwise reads (sin, sqrt, theta, pi, or), not an English word between the math. */
    public static boolean isKnownWord(String word) {
        return Lexer.isKnownWord(word);
    }

    /**
     * Every function name the parser reads (sin, arcsin, sinh, sec, ln, sqrt, abs, …), the one list: code that must keep a
     * function's name whole takes it from here.
     */
    public static java.util.Set<String> functionNames() {
        return Lexer.FUNCTIONS;
    }

    /** Parses a line: expression, equation, alternatives ("x = 2 or x = -3") or a set ("{2, -3}"). */
    public static Statement parse(String input) throws MathSyntaxException {
        return read(input, Context.NONE).statement();
    }

    /** Parses a line in the problem's context (its symbols). */
    public static Statement parse(String input, Context context) throws MathSyntaxException {
        return read(input, context).statement();
    }

    /**
     * Reads a line by the conventions, with a warning for each place the reading could have gone another way,
     * and, where a numeric fraction stood right before a factor ({@code 1/2x}), the other reading (1/(2x)).
     */
    public static Reading read(String input, Context context) throws MathSyntaxException {
        List<Message> warnings = new ArrayList<>();
        ParsedLine line = statementOf(input, context, FractionRule.COEFFICIENT, warnings);
        Optional<Statement> other = Optional.empty();
        if (line.ambiguousFraction()) {
            other = Optional.of(statementOf(input, context, FractionRule.DENOMINATOR, new ArrayList<>()).statement());
        }
        return new Reading(line.statement(), warnings.stream().distinct().toList(), other);
    }

    private static final Pattern PLUS_MINUS_TYPED = Pattern.compile("\\+-(?!-)");

    private record ParsedLine(Statement statement, boolean ambiguousFraction) {}

    private static ParsedLine statementOf(String input, Context context, FractionRule rule, List<Message> warnings)
            throws MathSyntaxException {
        // +- typed together is ± as on a keyboard without it (x = -3 +- sqrt(7)); + -3 with a space adds a negative
        String pm = PLUS_MINUS_TYPED.matcher(input.replace("+/-", "±")).replaceAll("±");
        if (pm.indexOf('±') >= 0) {
            // x = (-5 ± 1)/2 states two things: x = (-5 + 1)/2 or x = (-5 - 1)/2; every ± on the line takes the same sign
            ParsedLine plus = parseOne(pm.replace('±', '+'), context, rule, warnings);
            ParsedLine minus = parseOne(pm.replace('±', '-'), context, rule, warnings);
            return new ParsedLine(new Statement.Alternatives(List.of(plus.statement(), minus.statement())),
                    plus.ambiguousFraction() || minus.ambiguousFraction());
        }
        return parseOne(input, context, rule, warnings);
    }

    private static ParsedLine parseOne(String input, Context context, FractionRule rule, List<Message> warnings)
            throws MathSyntaxException {
        Parser parser = start(input, context, rule, warnings);
        Statement st = parser.statement();
        parser.expectEnd();
        return new ParsedLine(st, parser.ambiguousFraction);
    }

    /** Parses a single expression; an equation or list is an error here. */
    public static Expr parseExpression(String input) throws MathSyntaxException {
        return parseExpression(input, Context.NONE);
    }

    /** Parses a single expression in the problem's context. */
    public static Expr parseExpression(String input, Context context) throws MathSyntaxException {
        Parser parser = start(input, context, FractionRule.COEFFICIENT, new ArrayList<>());
        Expr e = parser.expr();
        if (parser.peek().kind() == Kind.EQUALS)
            throw new MathSyntaxException(Message.of("math.expressionExpected"), parser.peek().pos());
        parser.expectEnd();
        return e;
    }

    /**
     * The engine's name for a symbol as a problem writes it: {@code R1} → R_1, {@code rho} → ρ, {@code v_0} and
     * {@code F_net} unchanged. A text that is not one symbol comes back as it is.
     */
    public static String symbolName(String written) {
        String t = written.strip();
        if (Lexer.GREEK.containsKey(t)) return Lexer.GREEK.get(t);
        if (t.matches("\\p{L}\\d+")) return t.substring(0, 1) + "_" + t.substring(1);
        return t;
    }

    private static Parser start(String input, Context context, FractionRule rule, List<Message> warnings)
            throws MathSyntaxException {
        if (input.length() > Limits.MAX_INPUT_CHARS) {
            throw new MathSyntaxException(Message.of("math.lineTooLong", String.valueOf(input.length()),
                    String.valueOf(Limits.MAX_INPUT_CHARS)), -1);
        }
        if (input.isBlank()) throw new MathSyntaxException(Message.of("math.nothing"), 0);
        String grouped = fractionsBesideDivide(input);
        return new Parser(grouped, Lexer.tokenize(grouped, context, warnings), rule, warnings);
    }

    private static final Pattern SIDE_BY_SIDE = Pattern.compile("\\d\\s+\\d");
    private static final Pattern NUMERIC_FRACTION = Pattern
            .compile("(?<![\\d.)/^\\p{L}])(\\d+(?:\\.\\d+)?\\s*/\\s*\\d+(?:\\.\\d+)?)(?![\\d.(^²³\\p{L}])");

    /**
     * 2/3 ÷ 4/9 is (2/3) ÷ (4/9), as the fractions are written on paper, not ((2/3)/4)/9: where a line has ÷, each
     * fraction of two numbers is one number (grade12: the start 2/3 ÷ 4/9 was 1/54, so every right line was wrong).
     * 12 ÷ 4 × 3 keeps its order; 12/3x (a fraction before a letter) is left to the fraction rule.
     */
    static String fractionsBesideDivide(String input) {
        // 2 1/4 ÷ 1 1/2: numbers side by side stay refused (ADR 0008), never 2·(1/4)
        if (input.indexOf('÷') < 0 || SIDE_BY_SIDE.matcher(input).find()) return input;
        return NUMERIC_FRACTION.matcher(input).replaceAll("($1)");
    }

    private Token peek() {
        return tokens.get(p);
    }

    private Token next() {
        return tokens.get(p++);
    }

    private boolean accept(Kind k, String text) {
        if (peek().is(k, text)) {
            p++;
            return true;
        }
        return false;
    }

    private void expectEnd() throws MathSyntaxException {
        Token t = peek();
        if (t.kind() != Kind.END) {
            if (t.kind() == Kind.RPAREN) throw new MathSyntaxException(Message.of("math.unmatchedClose"), t.pos());
            throw new MathSyntaxException(Message.of("math.unexpected", t.text()), t.pos());
        }
    }

    private void enter(Token at) throws MathSyntaxException {
        if (++depth > Limits.MAX_DEPTH)
            throw new MathSyntaxException(Message.of("math.tooDeep", String.valueOf(Limits.MAX_DEPTH)), at.pos());
    }

    private Statement statement() throws MathSyntaxException {
        if (peek().kind() == Kind.LBRACE) {
            Token open = next();
            List<Expr> elements = new ArrayList<>();
            if (peek().kind() != Kind.RBRACE) {
                do {
                    elements.add(expr());
                } while (accept(Kind.COMMA, ","));
            }
            if (!accept(Kind.RBRACE, "}"))
                throw new MathSyntaxException(Message.of("math.setNotClosed"), open.pos());
            return new Statement.SetOf(elements);
        }
        List<Statement> options = new ArrayList<>();
        options.add(relation());
        while (peek().kind() == Kind.COMMA || peek().kind() == Kind.OR) {
            next();
            options.add(relation());
        }
        return options.size() == 1 ? options.get(0) : new Statement.Alternatives(options);
    }

    private Statement relation() throws MathSyntaxException {
        Expr lhs = expr();
        if (accept(Kind.EQUALS, "=")) {
            if (peek().kind() == Kind.END || peek().kind() == Kind.COMMA)
                throw new MathSyntaxException(Message.of("math.nothingAfterEquals"), peek().pos());
            Expr rhs = expr();
            if (peek().kind() != Kind.EQUALS) return new Statement.Equation(lhs, rhs);
            List<Expr> parts = new ArrayList<>(List.of(lhs, rhs));
            while (accept(Kind.EQUALS, "=")) {
                if (peek().kind() == Kind.END) throw new MathSyntaxException(Message.of("math.nothingAfterEquals"), peek().pos());
                parts.add(expr());
            }
            return new Statement.Chain(parts);
        }
        return new Statement.Expression(lhs);
    }

    Expr expr() throws MathSyntaxException {
        List<Expr> terms = new ArrayList<>();
        terms.add(term());
        while (peek().kind() == Kind.OP && (peek().text().equals("+") || peek().text().equals("-"))) {
            Token op = next();
            if (peek().kind() == Kind.END)
                throw new MathSyntaxException(Message.of("math.missingAfter", op.text()), op.pos());
            Expr t = term();
            terms.add(op.text().equals("-") ? new Neg(t) : t);
        }
        return terms.size() == 1 ? terms.get(0) : new Add(terms);
    }

    private Expr term() throws MathSyntaxException {
        Expr left = implicitProduct();
        while (peek().kind() == Kind.OP && (peek().text().equals("*") || peek().text().equals("/"))) {
            Token op = next();
            if (peek().kind() == Kind.END)
                throw new MathSyntaxException(Message.of("math.missingAfter", op.text().equals("*") ? "×" : "/"), op.pos());
            Expr right = op.text().equals("/") && numericFraction(left) ? fractionCoefficient(left, op) : null;
            if (right != null) {
                left = right;
                continue;
            }
            right = implicitProduct();
            if (op.text().equals("*")) {
                List<Expr> fs = new ArrayList<>(left instanceof Mul m && !(left == right) ? m.factors() : List.of(left));
                fs.add(right);
                left = new Mul(fs);
            } else {
                left = new Div(left, right);
            }
        }
        return left;
    }

    /** A lone whole number (possibly negated) as the numerator: 1 in 1/2 m v^2, -5 in -5/9 (F - 32). */
    private static boolean numericFraction(Expr left) {
        Expr n = left instanceof Neg ng ? ng.operand() : left;
        return n instanceof Num num && !num.decimal() && num.value().isInteger();
    }

    /**
     * After "a /" with a lone number a: when a number b follows and then a factor, the line says (a/b)·factor
     * (ADR 0008). Returns that product, or null (nothing consumed) when no factor follows b. Written without a space
     * ({@code 1/2x}) the line could mean a/(b·x): the reading is kept and reported.
     */
    private Expr fractionCoefficient(Expr numerator, Token slash) throws MathSyntaxException {
        if (peek().kind() != Kind.NUMBER) return null;
        int save = p;
        Token number = next();
        Expr denominator = primary0(number);
        if (!startsFactor(peek()) || peek().kind() == Kind.NUMBER) {
            p = save;
            return null;
        }
        Token after = peek();
        boolean spaced = after.pos() > number.pos() + number.text().length();
        if (!spaced) {
            if (fractions == FractionRule.DENOMINATOR) {
                p = save;
                return null;
            }
            ambiguousFraction = true;
            String a = Printer.text(numerator) + "/" + number.text();
            String x = input.substring(after.pos(), Math.min(input.length(), after.pos() + Math.max(1, after.text().length())));
            warnings.add(Message.of("math.note.fraction", a, x, Printer.text(numerator), number.text()));
        }
        List<Expr> fs = new ArrayList<>();
        fs.add(new Div(numerator, denominator));
        while (startsFactor(peek())) fs.add(power());
        return new Mul(fs);
    }

    private static Expr primary0(Token number) throws MathSyntaxException {
        try {
            return new Num(Rational.parse(number.text()),
                    number.text().contains(".") || number.text().toLowerCase().contains("e"));
        } catch (MathLimitException | NumberFormatException e) {
            throw new MathSyntaxException(Message.of("math.numberRange", number.text()), number.pos());
        }
    }

    /** Juxtaposed factors: 2x, 3(x+1), x y, 2sin x. */
    private Expr implicitProduct() throws MathSyntaxException {
        List<Expr> fs = new ArrayList<>();
        fs.add(unary());
        while (startsFactor(peek())) fs.add(power());
        return fs.size() == 1 ? fs.get(0) : new Mul(fs);
    }

    private boolean startsFactor(Token t) {
        return switch (t.kind()) {
            case NUMBER, IDENT, FUNC, CONST, LPAREN, SQRT -> true;
            case BAR -> openBars == 0;
            default -> false;
        };
    }

    private Expr unary() throws MathSyntaxException {
        Token t = peek();
        if (t.is(Kind.OP, "-")) {
            next();
            enter(t);
            Expr operand = unary();
            depth--;
            return new Neg(operand);
        }
        if (t.is(Kind.OP, "+")) {
            next();
            return unary();
        }
        return power();
    }

    private Expr power() throws MathSyntaxException {
        Expr base = primary();
        return powerSuffix(base);
    }

    private Expr powerSuffix(Expr base) throws MathSyntaxException {
        Token t = peek();
        if (t.kind() == Kind.SUPER) {
            next();
            return powerSuffix(new Pow(base, superNumber(t)));
        }
        if (t.is(Kind.OP, "^")) {
            next();
            if (peek().kind() == Kind.END) throw new MathSyntaxException(Message.of("math.powerMissing"), t.pos());
            enter(t);
            Expr exponent = unary(); // right-associative: a^b^c = a^(b^c); allows 10^-3
            depth--;
            return new Pow(base, exponent);
        }
        return base;
    }

    /** A superscript's exponent: a number ({@code ²}, {@code ⁻¹}) or a letter with its coefficient ({@code ˣ}, {@code ²ˣ}). */
    private static Expr superNumber(Token t) {
        String v = t.text().replace("-", "");
        char last = v.charAt(v.length() - 1);
        Expr n;
        if (Character.isLetter(last)) {
            Expr letter = new Var(String.valueOf(last));
            String digits = v.substring(0, v.length() - 1);
            n = digits.isEmpty() ? letter : new Mul(List.of(new Num(Rational.parse(digits), false), letter));
        } else {
            n = new Num(Rational.parse(v), false);
        }
        return t.text().startsWith("-") ? new Neg(n) : n;
    }

    private Expr primary() throws MathSyntaxException {
        Token t = next();
        switch (t.kind()) {
            case NUMBER -> {
                return primary0(t);
            }
            case IDENT -> {
                return new Var(t.text());
            }
            case CONST -> {
                return new Const(t.text());
            }
            case LPAREN -> {
                enter(t);
                if (peek().kind() == Kind.RPAREN) throw new MathSyntaxException(Message.of("math.emptyBrackets"), t.pos());
                Expr inner = expr();
                depth--;
                if (!accept(Kind.RPAREN, ")")) {
                    Token at = peek();
                    if (at.kind() == Kind.END) throw new MathSyntaxException(Message.of("math.bracketNotClosed"), t.pos());
                    throw new MathSyntaxException(Message.of("math.closeExpected", String.valueOf(t.pos() + 1)), at.pos());
                }
                return inner;
            }
            case BAR -> {
                enter(t);
                openBars++;
                Expr inner = expr();
                openBars--;
                depth--;
                if (!accept(Kind.BAR, "|"))
                    throw new MathSyntaxException(Message.of("math.absNotClosed"), t.pos());
                return new Fn("abs", inner);
            }
            case SQRT -> {
                enter(t);
                Expr arg = power();
                depth--;
                return t.text().equals("∛") ? new Pow(arg, new Num(Rational.of(1, 3), false)) : new Fn("sqrt", arg);
            }
            case FUNC -> {
                return function(t);
            }
            case END -> throw new MathSyntaxException(Message.of("math.endsEarly"), t.pos());
            case EQUALS -> throw new MathSyntaxException(Message.of("math.equalsLeft"), t.pos());
            case RPAREN -> throw new MathSyntaxException(Message.of("math.unmatchedClose"), t.pos());
            case COMMA -> throw new MathSyntaxException(Message.of("math.comma"), t.pos());
            case SUPER -> throw new MathSyntaxException(Message.of("math.powerBase"), t.pos());
            case OP ->
                throw new MathSyntaxException(Message.of("math.needsBefore", t.text().equals("*") ? "×" : t.text()), t.pos());
            default -> throw new MathSyntaxException(Message.of("math.unexpected", t.text()), t.pos());
        }
    }

    /** sin x, sin(x), sin^2 x, sin²(x), sqrt(2), log(100). */
    private Expr function(Token f) throws MathSyntaxException {
        enter(f);
        Expr power = null;
        if (peek().kind() == Kind.SUPER) {
            power = superNumber(next());
        } else if (peek().is(Kind.OP, "^") && !f.text().equals("sqrt")) {
            next();
            power = primary();
        }
        Expr arg;
        if (peek().kind() == Kind.LPAREN) {
            Token open = next();
            if (peek().kind() == Kind.RPAREN)
                throw new MathSyntaxException(Message.of("math.functionEmpty", f.text()), open.pos());
            arg = expr();
            if (!accept(Kind.RPAREN, ")"))
                throw new MathSyntaxException(Message.of("math.functionNotClosed", f.text()), open.pos());
        } else if (startsFactor(peek()) || peek().is(Kind.OP, "-")) {
            // Without brackets the argument is the following product of plain factors: sin 2x = sin(2x).
            List<Expr> fs = new ArrayList<>();
            fs.add(peek().is(Kind.OP, "-") ? unaryNoFunction() : plainPower());
            while (startsFactor(peek()) && peek().kind() != Kind.FUNC) fs.add(plainPower());
            arg = fs.size() == 1 ? fs.get(0) : new Mul(fs);
        } else {
            throw new MathSyntaxException(Message.of("math.functionArgument", f.text()), f.pos());
        }
        depth--;
        Expr applied = new Fn(f.text(), arg);
        if (power != null) return new Pow(applied, power);
        return powerSuffix(applied);
    }

    private Expr unaryNoFunction() throws MathSyntaxException {
        next();
        return new Neg(plainPower());
    }

    private Expr plainPower() throws MathSyntaxException {
        return power();
    }

    @Override
    public String toString() {
        return "Parser[" + input + "]";
    }
}
