package app.stepwise.math;

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

    static final Set<String> FUNCTIONS = Set.of("sin", "cos", "tan", "sec", "csc", "cot", "arcsin", "arccos", "arctan",
            "asin", "acos", "atan", "sinh", "cosh", "tanh", "ln", "log", "exp", "sqrt", "abs");
    private static final Map<String, String> FUNCTION_ALIASES = Map.of("asin", "arcsin", "acos", "arccos", "atan", "arctan");

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final String s;
    private int i;
    private final List<Token> out = new ArrayList<>();

    private Lexer(String s) {
        this.s = s;
    }

    static List<Token> tokenize(String input) throws MathSyntaxException {
        Lexer lx = new Lexer(input);
        lx.run();
        return lx.out;
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
            } else if (SUPERSCRIPTS.indexOf(c) >= 0 || c == '⁻' || c == '⁺') {
                superscript();
            } else if (c == 'π') {
                i++;
                out.add(new Token(Kind.CONST, "pi", start));
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
                            throw new MathSyntaxException("'^^' is not an operator; write one '^' for a power", start);
                        out.add(new Token(Kind.OP, "^", start));
                    }
                    case '(', '[' -> out.add(new Token(Kind.LPAREN, "(", start));
                    case ')', ']' -> out.add(new Token(Kind.RPAREN, ")", start));
                    case '{' -> out.add(new Token(Kind.LBRACE, "{", start));
                    case '}' -> out.add(new Token(Kind.RBRACE, "}", start));
                    case '|' -> out.add(new Token(Kind.BAR, "|", start));
                    case '=' -> {
                        if (i < s.length() && s.charAt(i) == '=') i++;
                        out.add(new Token(Kind.EQUALS, "=", start));
                    }
                    case ',', ';' -> out.add(new Token(Kind.COMMA, ",", start));
                    default ->
                        throw new MathSyntaxException("the symbol '" + c + "' is not something Stepwise can read here", start);
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
            if (i < s.length() && s.charAt(i) == '.') throw new MathSyntaxException("a number has two decimal points", i);
        }
        // Scientific notation 4.2e-3 / 4.2E3: an 'e' directly followed by digits (optionally signed).
        if (i + 1 < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '+' || s.charAt(j) == '−')) j++;
            if (j < s.length() && Character.isDigit(s.charAt(j))) {
                i = j;
                while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
            }
        }
        String text = s.substring(start, i).replace('−', '-');
        if (text.length() > 400) throw new MathSyntaxException("this number is too long to work with", start);
        // "1,500": a thousands separator, not a list; say so rather than read 1 and 500.
        if (i + 3 < s.length() + 1 && i < s.length() && s.charAt(i) == ',' && i + 4 <= s.length()
                && s.substring(i + 1, i + 4).chars().allMatch(Character::isDigit)
                && (i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4)))
                && !text.contains(".")) {
            throw new MathSyntaxException("'" + s.substring(start, i + 4) + "': write numbers without a thousands comma (e.g. "
                    + text + s.substring(i + 1, i + 4)
                    + "); a comma separates answers, so put a space after it if you meant a list", i);
        }
        out.add(new Token(Kind.NUMBER, text, start));
    }

    private void superscript() throws MathSyntaxException {
        int start = i;
        StringBuilder sb = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i);
            int d = SUPERSCRIPTS.indexOf(c);
            if (d >= 0) sb.append((char) ('0' + d));
            else if (c == '⁻') sb.append('-');
            else if (c == '⁺') sb.append('+');
            else
                break;
            i++;
        }
        String t = sb.toString();
        if (!t.matches("[-+]?\\d+")) throw new MathSyntaxException("a superscript must be a whole number, like ² or ⁻³", start);
        out.add(new Token(Kind.SUPER, t.replace("+", ""), start));
    }

    private void word() {
        int start = i;
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
        while (end < s.length() && Character.isLetter(s.charAt(end))) end++;
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
        if (lower.equals("or") || lower.equals("and")) {
            out.add(new Token(Kind.OR, lower, start));
            i = end;
            return;
        }
        // Split a run of letters: known names greedily, every other letter its own variable (xy = x·y).
        int k = 0;
        while (k < run.length()) {
            String match = longestName(run, k);
            if (match != null) {
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
