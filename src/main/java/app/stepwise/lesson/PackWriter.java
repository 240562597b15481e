package app.stepwise.lesson;

import app.stepwise.lesson.AnswerSpec.Tolerance;
import app.stepwise.lesson.LessonPack.Skill;
import app.stepwise.lesson.Problem.Given;
import app.stepwise.lesson.Problem.SolutionStep;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a pack as pretty JSON in one fixed key order, so packs diff well in version control and a pack read and
 * written again is byte for byte the same file. Defaults are left out (an exact numeric tolerance, the 1% of a
 * quantity, empty lists), so a file says only what its author chose.
 */
public final class PackWriter {
    private PackWriter() {}

    /** The pack as the text of its file: two-space indents, {@code "key": value}, one field per line, a final newline. */
    public static String write(LessonPack pack) {
        StringBuilder sb = new StringBuilder();
        emit(sb, pack(pack), 0);
        return sb.append('\n').toString();
    }

    /** Saves atomically: a temporary file beside the target, then a rename, so a crash never leaves half a pack. */
    public static void save(LessonPack pack, Path file) throws IOException {
        AtomicFile.writeString(file, write(pack));
    }

    private static Map<String, Object> pack(LessonPack p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersion", p.schemaVersion());
        m.put("id", p.id());
        m.put("title", p.title());
        m.put("subject", p.subject().name().toLowerCase());
        putText(m, "level", p.level());
        if (!p.authors().isEmpty()) m.put("authors", p.authors());
        putText(m, "version", p.version());
        m.put("language", p.language());
        putText(m, "description", p.description());
        if (!p.skills().isEmpty()) m.put("skills", p.skills().stream().map(PackWriter::skill).toList());
        p.teacher().ifPresent(t -> m.put("teacher", teacher(t)));
        m.put("problems", p.problems().stream().map(PackWriter::problem).toList());
        return m;
    }

    private static Map<String, Object> skill(Skill s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        putText(m, "description", s.description());
        s.mastery().ifPresent(k -> {
            Map<String, Object> bkt = new LinkedHashMap<>();
            bkt.put("init", k.init());
            bkt.put("learn", k.learn());
            bkt.put("slip", k.slip());
            bkt.put("guess", k.guess());
            m.put("mastery", bkt);
        });
        return m;
    }

    static Map<String, Object> teacher(TeacherSettings t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("showSolution", t.showSolution().label());
        if (t.showSolution() == TeacherSettings.ShowSolution.AFTER_ATTEMPTS) m.put("afterAttempts", t.afterAttempts());
        m.put("modelHints", t.modelHints());
        m.put("maxHintLevel", t.maxHintLevel());
        return m;
    }

    private static Map<String, Object> problem(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("statement", p.statement());
        p.image().ifPresent(i -> {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("file", i.file());
            putText(im, "alt", i.alt());
            m.put("image", im);
        });
        if (!p.skills().isEmpty()) m.put("skills", p.skills());
        m.put("difficulty", p.difficulty());
        if (p.answer() != null) m.put("answer", answer(p.answer()));
        p.work().ifPresent(w -> {
            Map<String, Object> wm = new LinkedHashMap<>();
            wm.put("task", w.task().id());
            putText(wm, "start", w.start());
            m.put("work", wm);
        });
        if (!p.givens().isEmpty()) m.put("givens", p.givens().stream().map(PackWriter::given).toList());
        if (!p.hints().isEmpty()) m.put("hints", p.hints());
        if (!p.solution().isEmpty()) m.put("solution", p.solution().stream().map(PackWriter::step).toList());
        p.solver().ifPresent(s -> {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("family", s.family());
            if (!s.params().isEmpty()) sm.put("params", new TreeMap<>(s.params()));
            m.put("solver", sm);
        });
        return m;
    }

    private static Map<String, Object> given(Given g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("symbol", g.symbol());
        m.put("value", g.value());
        putText(m, "description", g.description());
        return m;
    }

    private static Map<String, Object> step(SolutionStep s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", s.text());
        putText(m, "math", s.math());
        return m;
    }

    static Map<String, Object> answer(AnswerSpec a) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (a) {
            case AnswerSpec.Expression e -> {
                m.put("kind", "expression");
                m.put("value", e.expected());
                e.form().ifPresent(f -> m.put("form", f.label()));
            }
            case AnswerSpec.Equation e -> {
                m.put("kind", "equation");
                m.put("value", e.expected());
            }
            case AnswerSpec.SolutionSet e -> {
                m.put("kind", "set");
                m.put("value", e.expected());
            }
            case AnswerSpec.Numeric n -> {
                m.put("kind", "numeric");
                m.put("value", n.expected());
                tolerance(m, n.tolerance(), Tolerance.EXACT);
                n.sigFigs().ifPresent(s -> m.put("sigfigs", (s.exactly() ? "" : ">=") + s.count()));
                n.decimals().ifPresent(d -> m.put("decimals", d));
            }
            case AnswerSpec.Quantity q -> {
                m.put("kind", "quantity");
                m.put("value", q.expected());
                q.tolerance().ifPresent(t -> m.put("tolerance", t.toString())); // a teacher's own "1%" is kept
                q.sigFigs().ifPresent(s -> m.put("sigfigs", (s.exactly() ? "" : ">=") + s.count()));
                if (q.strictUnit()) m.put("strictUnit", true);
            }
            case AnswerSpec.MultipleChoice c -> {
                m.put("kind", "choice");
                m.put("choices", c.choices());
                m.put("correct", c.correctIndex());
            }
        }
        return m;
    }

    private static void tolerance(Map<String, Object> m, Tolerance t, Tolerance fallback) {
        boolean same = t.relative() == fallback.relative() && t.amount().compareTo(fallback.amount()) == 0;
        if (!same) m.put("tolerance", t.toString());
    }

    private static void putText(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isEmpty()) m.put(key, value);
    }

    /** Lines up to this width keep a small object or list on one line, as people write them by hand. */
    static final int WIDTH = 120;

    /**
     * A small emitter rather than Jackson's pretty printer, so the layout is exactly ours: the pack and each problem
     * one field per line; any other value on one line when it fits in {@link #WIDTH} columns, else broken up.
     */
    private static void emit(StringBuilder sb, Object value, int depth) {
        emit(sb, value, depth, 0, true);
    }

    private static void emit(StringBuilder sb, Object value, int depth, int used, boolean broken) {
        if (!broken) {
            String inline = inline(value);
            if (used + inline.length() <= WIDTH) {
                sb.append(inline);
                return;
            }
        }
        switch (value) {
            case Map<?, ?> map -> {
                if (map.isEmpty()) {
                    sb.append("{}");
                    return;
                }
                sb.append("{\n");
                List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
                for (int i = 0; i < entries.size(); i++) {
                    int start = sb.length();
                    indent(sb, depth + 1);
                    string(sb, String.valueOf(entries.get(i).getKey()));
                    sb.append(": ");
                    boolean problems = depth == 0 && "problems".equals(entries.get(i).getKey());
                    // the comma after the value counts towards the width
                    emit(sb, entries.get(i).getValue(), depth + 1, sb.length() - start + 1, problems);
                    sb.append(i + 1 < entries.size() ? ",\n" : "\n");
                }
                indent(sb, depth);
                sb.append('}');
            }
            case List<?> list -> {
                if (list.isEmpty()) {
                    sb.append("[]");
                    return;
                }
                sb.append("[\n");
                for (int i = 0; i < list.size(); i++) {
                    int start = sb.length();
                    indent(sb, depth + 1);
                    // the problems of a pack are always written one field per line
                    emit(sb, list.get(i), depth + 1, sb.length() - start + 1, broken && depth == 1);
                    sb.append(i + 1 < list.size() ? ",\n" : "\n");
                }
                indent(sb, depth);
                sb.append(']');
            }
            default -> sb.append(inline(value));
        }
    }

    private static String inline(Object value) {
        StringBuilder sb = new StringBuilder();
        switch (value) {
            case Map<?, ?> map -> {
                sb.append('{');
                boolean first = true;
                for (var e : map.entrySet()) {
                    if (!first) sb.append(", ");
                    first = false;
                    string(sb, String.valueOf(e.getKey()));
                    sb.append(": ").append(inline(e.getValue()));
                }
                sb.append('}');
            }
            case List<?> list -> {
                sb.append('[');
                for (int i = 0; i < list.size(); i++) sb.append(i > 0 ? ", " : "").append(inline(list.get(i)));
                sb.append(']');
            }
            case String s -> string(sb, s);
            case Integer n -> sb.append(n);
            case Boolean b -> sb.append(b);
            default -> throw new IllegalArgumentException("cannot write " + value.getClass());
        }
        return sb.toString();
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"').append(JsonStringEncoder.getInstance().quoteAsString(s)).append('"');
    }

    private static void indent(StringBuilder sb, int depth) {
        sb.append("  ".repeat(depth));
    }
}
