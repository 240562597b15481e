package app.stepwise.author;

import app.stepwise.lesson.LatexText;
import app.stepwise.lesson.Task;
import java.util.Set;
import app.stepwise.math.Equivalence;
import app.stepwise.math.Expr;
import app.stepwise.math.Exprs;
import app.stepwise.math.SolutionSets;
import app.stepwise.math.Statement;
import app.stepwise.grade.AnswerChecker;
import app.stepwise.grade.Grade;
import app.stepwise.grade.LineCheck;
import app.stepwise.grade.WorkChecker;
import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Quantity;
import app.stepwise.solve.Solvers;
import app.stepwise.solve.Worked;
import app.stepwise.text.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Content validation: mistakes a well-formed pack can still hold, found with the real grader and solvers. A pack
 * whose answer key contradicts its own worked solution would mark a student's right work wrong; this says so, with
 * the JSON pointer of the field to fix, before any student sees it.
 */
public final class ContentCheck {
    private ContentCheck() {}

    /** How bad a finding is: errors stop a pack from being saved as clean; warnings are worth a look. */
    public enum Severity {
        ERROR,
        WARNING
    }

    /**
     * One content finding: where (a JSON pointer into the pack), how bad, and what to do, in a teacher's words; the pack
     * editor renders {@link #said()} in the teacher's language.
     */
    public record Finding(String pointer, Severity severity, Message said) {
        public boolean error() {
            return severity == Severity.ERROR;
        }

        /** The finding in English (the command line, generated content's notes). */
        public String message() {
            return said.english();
        }
    }

    /** Every finding of the pack, problem by problem, then the pack-wide ones (duplicates). */
    public static List<Finding> check(LessonPack pack) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < pack.problems().size(); i++)
            out.addAll(check(pack.problems().get(i), "/problems/" + i, pack.subject()));
        out.addAll(duplicates(pack.problems()));
        return out;
    }

    /** The findings of one problem, its pointer being {@code at} (e.g. {@code /problems/3}). */
    public static List<Finding> check(Problem p, String at, LessonPack.Subject subject) {
        List<Finding> out = new ArrayList<>();
        try {
            givens(p, at, subject, out);
            choices(p, at, out);
            kindFits(p, at, out);
            keyAcceptsItself(p, at, out);
            finalLine(p, at, out);
            steps(p, at, out);
            bottomOutHint(p, at, out);
            solver(p, at, out);
        } catch (RuntimeException e) {
            // a check that breaks on odd content must not hide the others or stop validation
            out.add(new Finding(at, Severity.WARNING, Message.of("content.unfinished",
                    Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()))));
        }
        return out;
    }

    /**
     * The answer key must be what its kind says (a teacher's find: 11/12 saved as the answer of an "equation" problem).
     * An equation key without "=" names no letter, so any letter is marked right (y = 11/12 for a problem in x); a "set"
     * key that is an expression in x is not a list of values; a quantity without a unit is a plain number (a warning: a
     * ratio may have none). The reader accepts these, so packs already written still open; the editor will not save them.
     */
    private static void kindFits(Problem p, String at, List<Finding> out) {
        if (p.answer() == null) return;
        String key = p.answer().expected();
        switch (p.answer()) {
            case AnswerSpec.Equation e -> {
                Statement s = statement(key);
                if (s == null || equations(s)) return;
                boolean letters = !Exprs.variables(s).isEmpty();
                String why = s instanceof Statement.Expression
                        ? (letters ? "content.kind.equationExpression" : "content.kind.equationValue")
                        : "content.kind.equationSet";
                out.add(new Finding(at + "/answer/value", Severity.ERROR, Message.of(why, key)));
            }
            case AnswerSpec.SolutionSet set -> {
                Statement s = statement(key);
                if (s == null) return;
                Set<String> letters = new java.util.TreeSet<>();
                SolutionSets.values(s).ifPresent(vs -> vs.forEach(v -> letters.addAll(Exprs.variables(v))));
                if (!letters.isEmpty())
                    out.add(new Finding(at + "/answer/value", Severity.ERROR,
                            Message.of("content.kind.setExpression", key, String.join(", ", letters))));
            }
            case AnswerSpec.Quantity q -> {
                try {
                    if (!Quantity.parse(key).hasUnit())
                        out.add(new Finding(at + "/answer/value", Severity.WARNING,
                                Message.of("content.kind.quantityNoUnit", key)));
                } catch (MathSyntaxException e) {
                    // the reader reports an unreadable quantity
                }
            }
            default -> {
            }
        }
    }

    /** The key read as the grader reads an expected answer, or null when it does not read (the reader says why). */
    private static Statement statement(String key) {
        try {
            return Parser.parse(key, Parser.Context.DEFINING);
        } catch (MathSyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** An equation, a chain of equalities, or alternatives of them ("x = 2 or x = -3", "x = 2, y = 3"). */
    private static boolean equations(Statement s) {
        return switch (s) {
            case Statement.Equation q -> true;
            case Statement.Chain c -> true;
            case Statement.Alternatives a -> a.options().stream().allMatch(ContentCheck::equations);
            default -> false;
        };
    }

    /**
     * The answer key typed as an answer must be right: a key the grader cannot compare with (9^9^9^9, numbers too large
     * to work with) would leave every student's answer undecided, the key itself included.
     */
    private static void keyAcceptsItself(Problem p, String at, List<Finding> out) {
        if (p.answer() == null || p.answer() instanceof AnswerSpec.MultipleChoice) return;
        Grade g = AnswerChecker.check(p.answer(), p.answer().expected());
        // an exact key (sqrt(50), 1/3) with a rounding rule (3 significant figures, 2 decimals) is right in value: the
        // rule is for the students' rounded answers (7.07), which the grader accepts, so the key is not an error
        boolean roundingOnly = g.partial() && (g.test() == Grade.Test.SIGFIGS || g.test() == Grade.Test.DECIMALS);
        if (!g.correct() && !roundingOnly)
            out.add(new Finding(at + "/answer/value", Severity.ERROR,
                    Message.of("content.keyRefusesItself", p.answer().expected(), Message.reason(g.said()))));
    }

    /** The answer spec must accept the worked solution's last line: the x = 6 key with a solution ending x = 5. */
    private static void finalLine(Problem p, String at, List<Finding> out) {
        if (p.answer() == null || p.answer() instanceof AnswerSpec.MultipleChoice) return;
        int last = lastMathStep(p);
        if (last < 0) return;
        String line = p.solution().get(last).math();
        // a worked-out sum ("3/6 + 2/6 = 5/6") and a physics line ("v = 20/4 = 5 m/s") state their answer last
        Optional<Task> task = p.work().map(Problem.Work::task);
        boolean chain = (task.equals(Optional.of(Task.EVALUATE)) || task.equals(Optional.of(Task.PHYSICS))) && line.contains("=");
        Grade g = AnswerChecker.check(p.answer(), chain ? line.substring(line.lastIndexOf('=') + 1).strip() : line);
        if (!g.correct()) {
            out.add(new Finding(at + "/answer/value", Severity.ERROR, Message.of("content.answerRefusesSolution",
                    p.answer().expected(), line, String.valueOf(last + 1), Message.reason(g.said()))));
        }
    }

    private static int lastMathStep(Problem p) {
        for (int k = p.solution().size() - 1; k >= 0; k--) if (!p.solution().get(k).math().isBlank()) return k;
        return -1;
    }

    /**
     * Physics working is judged against the situation, whose intermediate quantities (the normal force N = m g, a
     * volume V = a b c) come from the reference reasoning: the pack's own solution lines, as the Verifier and the
     * student's checking read them. Without them a solver's own verified step such as N = m g is "not true here".
     */
    private static List<String> physicsReference(Problem p) {
        if (!p.work().map(w -> w.task() == Task.PHYSICS).orElse(false)) return List.of();
        return p.solution().stream().map(Problem.SolutionStep::math).filter(m -> !m.isBlank()).toList();
    }

    /** Each solution line must follow from the one before it (from the problem's start, or its givens). */
    private static void steps(Problem p, String at, List<Finding> out) {
        if (!WorkChecker.checkable(p)) return;
        List<Integer> index = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < p.solution().size(); k++) {
            if (p.solution().get(k).math().isBlank()) continue;
            index.add(k);
            lines.add(p.solution().get(k).math());
        }
        if (lines.isEmpty()) return;
        LineCheck.Report r;
        try {
            r = WorkChecker.check(p, lines, physicsReference(p));
        } catch (MathSyntaxException e) {
            out.add(new Finding(at + "/work", Severity.ERROR, Message.of("content.startUnreadable", e.said())));
            return;
        }
        for (LineCheck c : r.lines()) {
            if (c.status() != LineCheck.Status.INVALID && c.status() != LineCheck.Status.UNREADABLE) continue;
            int k = index.get(c.line() - 1);
            Message from = c.line() == 1
                    ? Message.of("content.fromStart")
                    : Message.of("content.fromStep", String.valueOf(index.get(c.line() - 2) + 1));
            out.add(new Finding(at + "/solution/" + k + "/math", Severity.ERROR,
                    c.message().isBlank()
                            ? Message.of("content.stepDoesNotFollow", String.valueOf(k + 1), c.text(), from)
                            : Message.of("content.stepDoesNotFollowBecause", String.valueOf(k + 1), c.text(), from,
                                    c.said())));
            return; // later steps are judged from a wrong line; the first is the one to fix
        }
    }

    /** The last rung of the hint ladder gives the step away: its formulas must agree with the problem's working. */
    private static void bottomOutHint(Problem p, String at, List<Finding> out) {
        if (p.hints().size() < 2 || !WorkChecker.checkable(p)) return;
        int k = p.hints().size() - 1;
        Set<String> unknowns = p.work().map(w -> variablesOf(w.start())).orElse(Set.of());
        List<String> lines = new ArrayList<>();
        for (String f : LatexText.formulaLines(p.hints().get(k))) {
            String plain = LatexText.plain(f);
            if (!plain.contains("=") || !readable(plain)) continue;
            Set<String> letters = variablesOf(plain);
            // a side calculation in other letters (the discriminant b^2 - 4ac = 9) is not a line of the working
            if (!unknowns.containsAll(letters)) continue;
            if (letters.isEmpty()) { // a sum on the way ("45/5 = 9" for 3/5 of 45): it must be right, not the whole start
                if (!trueSum(plain)) {
                    out.add(new Finding(at + "/hints/" + k, Severity.ERROR, Message.of("content.hintSumWrong", plain)));
                    return;
                }
                continue;
            }
            lines.add(plain);
        }
        if (lines.isEmpty()) return;
        LineCheck.Report r;
        try {
            r = WorkChecker.check(p, lines, physicsReference(p));
        } catch (MathSyntaxException e) {
            return; // reported by the working checks
        }
        for (LineCheck c : r.lines()) {
            if (c.status() == LineCheck.Status.INVALID) {
                out.add(new Finding(at + "/hints/" + k, Severity.ERROR,
                        c.message().isBlank()
                                ? Message.of("content.hintDisagrees", c.text())
                                : Message.of("content.hintDisagreesBecause", c.text(), c.said())));
                return;
            }
        }
    }

    /** Whether every link of a calculation without letters is equal to the next. */
    private static boolean trueSum(String text) {
        try {
            List<Expr> parts = switch (Parser.parse(text)) {
                case Statement.Equation q -> List.of(q.lhs(), q.rhs());
                case Statement.Chain c -> c.parts();
                default -> List.of();
            };
            for (int i = 1; i < parts.size(); i++)
                if (!Equivalence.of(parts.get(i - 1), parts.get(i)).equivalent()) return false;
            return true;
        } catch (MathSyntaxException | RuntimeException e) {
            return true; // unreadable math is reported elsewhere, not as a wrong sum
        }
    }

    private static Set<String> variablesOf(String text) {
        try {
            return Exprs.variables(Parser.parse(text));
        } catch (MathSyntaxException | RuntimeException e) {
            return Set.of();
        }
    }

    private static boolean readable(String text) {
        try {
            Parser.parse(text);
            return true;
        } catch (MathSyntaxException | RuntimeException e) {
            return false;
        }
    }

    /** A named solver must solve the problem, and its answer must be one the answer spec accepts. */
    private static void solver(Problem p, String at, List<Finding> out) {
        if (p.solver().isEmpty() || p.answer() == null) return;
        String family = p.solver().get().family();
        if (Solvers.family(family).isEmpty()) {
            out.add(new Finding(at + "/solver/family", Severity.ERROR, Message.of("content.noSolverFamily", family)));
            return;
        }
        Worked w;
        try {
            w = Solvers.forProblem(p).orElseThrow();
        } catch (RuntimeException e) {
            out.add(new Finding(at + "/solver/params", Severity.ERROR,
                    Message.of("content.solverFails", family, String.valueOf(e.getMessage()))));
            return;
        }
        Grade g = AnswerChecker.check(p.answer(), w.answer());
        if (!g.correct()) {
            out.add(new Finding(at + "/solver", Severity.ERROR, Message.of("content.solverRefused", family, w.answer(),
                    p.answer().expected(), Message.reason(g.said()))));
        }
    }

    /** A choice problem needs exactly one right choice: no other option may be accepted by the grader. */
    private static void choices(Problem p, String at, List<Finding> out) {
        if (!(p.answer() instanceof AnswerSpec.MultipleChoice mc)) return;
        List<Integer> right = new ArrayList<>();
        for (int i = 0; i < mc.choices().size(); i++) {
            if (mc.choices().get(i).isBlank()) {
                out.add(new Finding(at + "/answer/choices/" + i, Severity.ERROR,
                        Message.of("content.choiceEmpty", String.valueOf(i + 1))));
                continue;
            }
            if (i == mc.correctIndex() || AnswerChecker.check(mc, mc.choices().get(i)).correct()) right.add(i);
        }
        boolean twins = false;
        for (int i = 0; i < mc.choices().size() && !twins; i++) {
            for (int j = 0; j < i && !twins; j++) {
                if (sameChoice(mc.choices().get(j), mc.choices().get(i))) {
                    twins = true;
                    out.add(new Finding(at + "/answer/choices/" + i, Severity.ERROR, Message.of("content.choicesSame",
                            String.valueOf(j + 1), String.valueOf(i + 1), mc.choices().get(j), mc.choices().get(i))));
                }
            }
        }
        if (right.size() > 1 && out.stream().noneMatch(f -> f.pointer().startsWith(at + "/answer/choices"))) {
            out.add(new Finding(at + "/answer/correct", Severity.ERROR, Message.of("content.severalRight", numbers(right))));
        }
    }

    /** Choice numbers counted from 1: "1 and 3", "1 and 2 and 4". */
    private static Message numbers(List<Integer> indexes) {
        Message out = Message.verbatim(String.valueOf(indexes.get(0) + 1));
        for (int i = 1; i < indexes.size(); i++) out = Message.of("content.and", out, String.valueOf(indexes.get(i) + 1));
        return out;
    }

    /** Two choices are the same when their text is, or when both are math of equal value (5 and 5.0, 1/2 and 0.5). */
    private static boolean sameChoice(String a, String b) {
        if (a.isBlank() || b.isBlank()) return false;
        if (normal(a).equals(normal(b))) return true;
        if (!readable(a) || !readable(b)) return false;
        try {
            return AnswerChecker.check(new AnswerSpec.Expression(a, Optional.empty()), b).correct();
        } catch (RuntimeException e) {
            return false; // not expressions (equations, words): only the text comparison applies
        }
    }

    /** Givens of a physics problem must be quantities whose units Stepwise reads. */
    private static void givens(Problem p, String at, LessonPack.Subject subject, List<Finding> out) {
        for (int k = 0; k < p.givens().size(); k++) {
            Problem.Given g = p.givens().get(k);
            try {
                Quantity q = Quantity.parse(g.value());
                if (!q.hasUnit() && subject == LessonPack.Subject.PHYSICS && !pureNumber(g)) {
                    out.add(new Finding(at + "/givens/" + k + "/value", Severity.WARNING,
                            Message.of("content.givenNoUnit", g.symbol(), g.value())));
                }
            } catch (MathSyntaxException e) {
                out.add(new Finding(at + "/givens/" + k + "/value", Severity.ERROR,
                        Message.of("content.givenUnreadable", g.symbol(), g.value(), e.said())));
            }
        }
    }

    /** What the description calls a pure number needs no unit: a coefficient, a count, an efficiency, a ratio, an index. */
    private static final Pattern PURE_NUMBER = Pattern.compile(
            "\\b(?:coefficient|number of|how many|count|efficiency|ratio|index|factor)\\b",
            Pattern.CASE_INSENSITIVE);

    static boolean pureNumber(Problem.Given g) {
        return PURE_NUMBER.matcher(g.description()).find();
    }

    /** Two problems with the same statement, or the same exercise under other words, are one problem twice. */
    static List<Finding> duplicates(List<Problem> problems) {
        List<Finding> out = new ArrayList<>();
        Map<String, Integer> statements = new HashMap<>();
        Map<String, Integer> exercises = new HashMap<>();
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            Integer same = statements.putIfAbsent(normal(p.statement()), i);
            if (same != null) {
                out.add(new Finding("/problems/" + i + "/statement", Severity.ERROR,
                        Message.of("content.sameStatement", p.id(), problems.get(same).id())));
                continue;
            }
            String exercise = exercise(p);
            if (exercise.isEmpty()) continue;
            Integer twin = exercises.putIfAbsent(exercise, i);
            if (twin != null) {
                out.add(new Finding("/problems/" + i + "/work/start", Severity.WARNING,
                        Message.of("content.sameExercise", p.id(), problems.get(twin).id())));
            }
        }
        return out;
    }

    private static String exercise(Problem p) {
        if (p.work().isEmpty() || p.answer() == null) return "";
        Problem.Work w = p.work().get();
        String givens = String.join(";", p.givens().stream().map(g -> g.symbol() + "=" + normal(g.value())).sorted().toList());
        return w.task().id() + "|" + normal(w.start()) + "|" + givens + "|" + normal(p.answer().expected());
    }

    private static String normal(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
