package app.stepwise.ui;

import app.stepwise.text.Message;
import java.util.Map;

/**
 * The pack file's field names as the editor's labels say them ("value" is "Expected answer"): the reader's findings
 * name the file's fields, which the CLI shows as they are, but a teacher in the editor sees only the labels.
 */
final class EditorFieldNames {
    private static final Map<String, String> PROBLEM = Map.ofEntries(Map.entry("id", "editor.id"),
            Map.entry("statement", "editor.statement"), Map.entry("answer", "editor.answer"),
            Map.entry("kind", "editor.kind"), Map.entry("value", "editor.value"),
            Map.entry("tolerance", "editor.tolerance"), Map.entry("sigfigs", "editor.sigfigs"),
            Map.entry("form", "editor.form"), Map.entry("choices", "editor.choices"),
            Map.entry("correct", "editor.correct"), Map.entry("work", "editor.task"),
            Map.entry("givens", "editor.givens"), Map.entry("symbol", "editor.given.symbol"),
            Map.entry("skills", "editor.skills"), Map.entry("difficulty", "editor.difficulty"),
            Map.entry("hints", "editor.hints"), Map.entry("solution", "editor.solution"),
            Map.entry("solver", "editor.solver"), Map.entry("image", "editor.image"));
    private static final Map<String, String> PACK = Map.of("id", "editor.pack.id", "title", "editor.pack.title",
            "subject", "editor.pack.subject", "level", "editor.pack.level", "language", "editor.pack.language",
            "authors", "editor.pack.authors", "skills", "editor.pack.skills");

    private EditorFieldNames() {}

    /** The label of {@code field} without its note in brackets ("Tolerance"), or the field itself when it has none. */
    static String said(String field, boolean inProblem, Texts t) {
        String key = (inProblem ? PROBLEM : PACK).get(field);
        return key == null ? field : t.get(key).replaceFirst("\\s*\\(.*\\)$", "");
    }

    /** The message with each argument that is a field's name said as its label. */
    static Message relabeled(Message m, String pointer, Texts t) {
        if (m.key().equals("pack.unknownField")) return m; // an unknown field has no label; its list is the file's
        boolean inProblem = pointer.startsWith("/problems/");
        return new Message(m.key(), m.args().stream()
                .map(a -> a instanceof String s && (inProblem ? PROBLEM : PACK).containsKey(s)
                        ? (Object) said(s, inProblem, t)
                        : a)
                .toList());
    }
}
