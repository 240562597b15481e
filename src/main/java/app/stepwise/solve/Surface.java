package app.stepwise.solve;

import app.stepwise.lesson.Task;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Printer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Surface variety for the corpus, on top of the frames: the unknown's letter (every letter a textbook uses, and the
 * answer keeps it), the equation written the other way round, the math in the problem text written with unicode
 * signs (−, ×, ÷, ², ³) or without spaces, and the register it is asked in ({@link Register}: labels, openers, distractor
 * sentences, closing instructions, student typing), the same as for problems outside the families. The start line stays
 * in plain engine syntax; a changed solution is verified again, and the original is kept if it does not verify.
 */
final class Surface {
    private Surface() {}

    /** Letters a problem may use for its unknown (not e, i, d, f, g, l, o: constants, d/dx, f(x), look-alikes). */
    static final List<String> LETTERS = List.of("x", "y", "t", "n", "a", "b", "c", "h", "k", "m", "p", "q", "r", "s", "u",
            "v", "w", "z");

    private static final Pattern X = Pattern.compile("(?<![A-Za-z])x(?![A-Za-z])|(?<=\\bd)x(?![A-Za-z])");
    private static final Pattern Y = Pattern.compile("(?<![A-Za-z])y(?![A-Za-z])|(?<=\\bd)y(?![A-Za-z])");

    static Worked vary(Worked w, SplittableRandom r) {
        Worked v = w;
        if (w.task() != Task.PHYSICS && w.task() != Task.EVALUATE && !w.family().startsWith("linear-")
                && !w.family().equals("rearrange-formula") && r.nextInt(2) == 0)
            v = keepIfVerified(v, renameLetters(v, r));
        if (v.task() == Task.SOLVE && !v.family().equals("rearrange-formula") && r.nextInt(3) == 0)
            v = keepIfVerified(v, swapSides(v));
        String text = v.statement();
        // session 15: a teacher's or a student's own words for a plain math problem (the start and steps unchanged)
        // session 16: physics too ("find I if V=12V and R=4Ω", "Given: … Find: …"), so student words are no sign of math
        if (r.nextInt(4) == 0) text = Voices.ask(v, unknown(v), r);
        if (v.task() != Task.PHYSICS && r.nextInt(2) == 0) text = Register.juxtapose(text, v.start()); // "v = u + at" (session 12)
        if (v.task() != Task.PHYSICS) text = r.nextInt(8) == 0 ? latex(text, v.start(), r) : mathSurface(text, r);
        if (v.task() == Task.PHYSICS) text = gravity(text, r);
        else if (r.nextInt(10) == 0) text = Register.lines(text, v.start());
        // session 17: a teacher's sentence, a polite request or (physics) "Given: … Find: …", at the rates problems
        // outside the families get them (OutOfScope.finish)
        if (text.equals(v.statement()))
            text = v.task() == Task.PHYSICS ? Register.teacherOrGivenFind(text) : Register.teacherOrNot(text);
        if (v.task() == Task.PHYSICS && r.nextInt(10) == 0) text = Register.glue(text); // "5kg" (session 12)
        if (v.task() == Task.PHYSICS && r.nextInt(8) == 0) text = Register.informalUnits(text, r); // "5 secs" (session 15)
        if ((v.family().equals("integer-arithmetic") || v.family().equals("fraction-arithmetic")) && r.nextInt(8) == 0)
            text = Register.timesAsX(text); // "3 x 2", "2/3 x 3/4" (fractions: session 15)
        if (v.task() != Task.PHYSICS && r.nextInt(12) == 0) text = Register.typedMath(text, r); // "equals" (session 15)
        // the same register wrappers as problems outside the families (session 11)
        text = Register.dress(text, r, v.family());
        // session 18: set by a teacher one problem in two, as problems outside the families are (OutOfScope.finish);
        // last, and drawn from the text's own hash, so no draw of r moves
        text = TeacherWords.setOrNot(text, v);
        return text.equals(v.statement()) ? v : with(v, text, v.start(), v.steps(), v.answer());
    }

    private static final String TAKE_G = " Take g = 9.8 m/s^2.";

    /**
     * "Take g = 9.8 m/s^2." as teachers write it (session 11: 2.5.0 refused "where g = 9.8 N/kg" and "(g = 9.8)"): in
     * N/kg, in brackets, as the field strength, first, or left out (the working still uses 9.8, as the tutor does).
     */
    static String gravity(String text, SplittableRandom r) {
        if (!text.endsWith(TAKE_G) || r.nextInt(2) == 0) return text;
        String body = text.substring(0, text.length() - TAKE_G.length());
        return switch (r.nextInt(9)) {
            case 0 -> body + " Use g = 9.8 N/kg.";
            case 1 -> body + " (g = 9.8 m/s²)";
            case 2 -> body + " Take g as 9.8 N/kg.";
            case 3 -> body + " g = 9.8 N/kg.";
            case 4 -> body + " The gravitational field strength is 9.8 N/kg.";
            case 5 -> "Take g = 9.8 N/kg. " + body;
            case 6 -> body + " (Use g = 9.8 m/s^2.)";
            case 7 -> body + " Assume g = 9.8 m/s².";
            default -> body;
        };
    }

    /** x (and y in a system) become other letters everywhere: text, start, steps and answer. */
    static Worked renameLetters(Worked w, SplittableRandom r) {
        String all = w.statement() + " " + w.start() + " " + String.join(" ", w.mathLines()) + " " + w.answer();
        if (!X.matcher(all).find()) return w;
        List<String> free = new ArrayList<>();
        for (String l : LETTERS)
            if (!l.equals("x") && !l.equals("y") && !Pattern.compile("(?<![A-Za-z])" + l + "(?![A-Za-z])").matcher(all).find())
                free.add(l);
        if (free.size() < 2) return w;
        String nx = free.remove(r.nextInt(free.size()));
        String ny = w.task() == Task.SYSTEM ? free.remove(r.nextInt(free.size())) : null;
        if (ny != null && nx.compareTo(ny) > 0) { // keep the pair in reading order: a and b, p and q
            String t = nx;
            nx = ny;
            ny = t;
        }
        final String fx = nx, fy = ny;
        java.util.function.UnaryOperator<String> f = s -> {
            String t = X.matcher(s).replaceAll(Matcher.quoteReplacement("\u0000X"));
            if (fy != null) t = Y.matcher(t).replaceAll(Matcher.quoteReplacement(fy));
            return t.replace("\u0000X", fx);
        };
        List<Step> steps = w.steps().stream().map(s -> new Step(f.apply(s.text()), f.apply(s.math()), s.operation())).toList();
        return with(w, f.apply(w.statement()), f.apply(w.start()), steps, f.apply(w.answer()));
    }

    /** "3x + 5 = 20" becomes "20 = 3x + 5" in the text and the start line; the steps stay valid (less a first step that
     * only swapped the sides back). */
    static Worked swapSides(Worked w) {
        String s = w.start();
        if (s.indexOf('=') < 0 || s.indexOf('=') != s.lastIndexOf('=') || !w.statement().contains(s)) return w;
        String swapped = s.substring(s.indexOf('=') + 1).strip() + " = " + s.substring(0, s.indexOf('=')).strip();
        // a first step that only swapped the sides ("0 = x^2 - 5x - 36" to "x^2 - 5x - 36 = 0") now changes nothing
        List<Step> steps = w.steps();
        if (steps.size() > 1 && steps.get(0).math().equals(swapped)) steps = steps.subList(1, steps.size());
        return with(w, w.statement().replace(s, swapped), swapped, steps, w.answer());
    }

    /** The math of the text as people type it: unicode signs, powers as superscripts, or no spaces. */
    static String mathSurface(String text, SplittableRandom r) {
        String t = text;
        if (r.nextInt(4) == 0) t = t.replaceAll("(?<=[\\w)]) - (?=[\\w(])", " − ").replaceAll("(?<![\\w)])-(?=[\\d(a-z])", "−");
        if (r.nextInt(3) == 0) t = t.replace("^2", "²").replace("^3", "³");
        if (r.nextInt(5) == 0) t = t.replace(" × ", "*").replace(" ÷ ", "/");
        if (r.nextInt(6) == 0) t = t.replaceAll("(?<=[\\w)²³]) ([-+=−×÷]) (?=[\\w(−])", "$1");
        return t;
    }

    /**
     * The math of the text typed as LaTeX, as students paste it from worksheets: {@code \\frac{3}{4}}, {@code x^{2}},
     * {@code \\times}, inside {@code $…$}, {@code \\(…\\)} or {@code $$…$$} or bare. The start line stays in engine syntax.
     */
    static String latex(String text, String start, SplittableRandom r) {
        String out = text;
        boolean bare = r.nextInt(4) == 0, plainBrackets = r.nextBoolean(), times = r.nextInt(3) == 0;
        int delimiters = r.nextInt(3);
        for (String part : start.split(";")) {
            String math = part.strip();
            if (math.isEmpty() || !out.contains(math)) continue;
            String tex;
            try {
                tex = Printer.latex(Parser.parse(math));
            } catch (MathSyntaxException | RuntimeException e) {
                continue;
            }
            if (plainBrackets) tex = tex.replace("\\left(", "(").replace("\\right)", ")");
            if (times) tex = tex.replace(" \\cdot ", " \\times ");
            String wrapped = bare ? tex : switch (delimiters) {
                case 0 -> "$" + tex + "$";
                case 1 -> "\\(" + tex + "\\)";
                default -> "$$" + tex + "$$";
            };
            out = out.replace(math, wrapped);
        }
        return out;
    }

    private static Worked keepIfVerified(Worked original, Worked changed) {
        if (changed == original) return original;
        try {
            return Verifier.check(changed).isEmpty() ? changed : original;
        } catch (RuntimeException e) {
            return original;
        }
    }

    private static Worked with(Worked w, String statement, String start, List<Step> steps, String answer) {
        return new Worked(w.family(), statement, w.task(), start, w.givens(), steps, answer, w.answerKind(), w.skills(),
                w.params(),
                w.wording(), w.checkValue());
    }

    /** The letter(s) the problem asks for: the solved-for letter, the new subject, the variable, or the physics symbol. */
    static String unknown(Worked w) {
        return switch (w.task()) {
            case PHYSICS -> w.start();
            case SOLVE -> w.answer().contains("=") ? w.answer().substring(0, w.answer().indexOf('=')).strip() : "";
            case SYSTEM -> {
                List<String> letters = new ArrayList<>();
                for (String part : w.answer().split(",| and ")) {
                    int eq = part.indexOf('=');
                    if (eq > 0) letters.add(part.substring(0, eq).strip());
                }
                yield String.join(", ", letters);
            }
            case DIFFERENTIATE -> {
                String all = w.start();
                for (String l : LETTERS) if (Pattern.compile("(?<![A-Za-z])" + l + "(?![A-Za-z])").matcher(all).find()) yield l;
                yield "x";
            }
            case SIMPLIFY, EXPAND, FACTOR, EVALUATE -> "";
        };
    }
}
