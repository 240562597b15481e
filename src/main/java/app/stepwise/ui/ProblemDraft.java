package app.stepwise.ui;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.Problem;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One problem as the editor holds it: every field as editable text, so a half-typed problem is still kept (and
 * autosaved) while the validation panel says what is missing. {@link #toJson()} gives the pack-file form, which the
 * real pack reader then validates.
 */
final class ProblemDraft {
    /** One row of the givens table. */
    static final class GivenRow {
        final StringProperty symbol = new SimpleStringProperty("");
        final StringProperty value = new SimpleStringProperty("");
        final StringProperty description = new SimpleStringProperty("");

        GivenRow(String symbol, String value, String description) {
            this.symbol.set(symbol);
            this.value.set(value);
            this.description.set(description);
        }
    }

    final StringProperty id = new SimpleStringProperty("");
    final StringProperty statement = new SimpleStringProperty("");
    /** expression, equation, set, numeric, quantity or choice. */
    final StringProperty kind = new SimpleStringProperty("equation");
    final StringProperty value = new SimpleStringProperty("");
    final StringProperty tolerance = new SimpleStringProperty("");
    final StringProperty sigfigs = new SimpleStringProperty("");
    final StringProperty form = new SimpleStringProperty("");
    /** Numeric: the decimal places required, or "" for none. */
    final StringProperty decimals = new SimpleStringProperty("");
    /** Quantity: the answer must be in the expected unit. */
    final BooleanProperty strictUnit = new SimpleBooleanProperty(false);
    /** One choice a line. */
    final StringProperty choices = new SimpleStringProperty("");
    final IntegerProperty correct = new SimpleIntegerProperty(1);
    /** "" (no working), solve, simplify, expand, factor, evaluate, differentiate or physics. */
    final StringProperty task = new SimpleStringProperty("");
    final StringProperty start = new SimpleStringProperty("");
    final ObservableList<GivenRow> givens = FXCollections
            .observableArrayList(g -> new Observable[]{g.symbol, g.value, g.description});
    /** Comma separated skill ids. */
    final StringProperty skills = new SimpleStringProperty("");
    final IntegerProperty difficulty = new SimpleIntegerProperty(1);
    /** One hint a line, from the nudge to the bottom-out step. */
    final StringProperty hints = new SimpleStringProperty("");
    /** One step a line: "what to do | math line". */
    final StringProperty solution = new SimpleStringProperty("");
    final StringProperty solverFamily = new SimpleStringProperty("");
    /** Comma separated name=value pairs. */
    final StringProperty solverParams = new SimpleStringProperty("");
    /** The picture under the statement, as written in the pack ("images/scale.png"), or "" for none. */
    final StringProperty imageFile = new SimpleStringProperty("");
    /** What the picture shows, for screen readers and when it cannot be shown. */
    final StringProperty imageAlt = new SimpleStringProperty("");
    /** Solution and hints came from Generate and the teacher has not approved them yet. */
    final BooleanProperty generated = new SimpleBooleanProperty(false);
    final StringProperty generatedNote = new SimpleStringProperty("");
    /** The generated steps the engine did not verify ("2, 3"), "" when none; approving them takes a second Approve. */
    final StringProperty unverifiedSteps = new SimpleStringProperty("");
    /** The teacher was told which steps are unverified; the next Approve approves them. */
    final BooleanProperty confirmUnverified = new SimpleBooleanProperty(false);

    /** Every property whose change means the pack changed. */
    Observable[] fields() {
        return new Observable[]{id, statement, kind, value, tolerance, sigfigs, form, decimals, strictUnit, choices, correct,
                task, start, givens,
                skills, difficulty, hints, solution, solverFamily, solverParams, generated, imageFile, imageAlt};
    }

    static ProblemDraft of(Problem p) {
        ProblemDraft d = new ProblemDraft();
        d.id.set(p.id());
        d.statement.set(p.statement());
        p.image().ifPresent(i -> {
            d.imageFile.set(i.file());
            d.imageAlt.set(i.alt());
        });
        switch (p.answer()) {
            case AnswerSpec.Expression e -> {
                d.kind.set("expression");
                d.value.set(e.expected());
                d.form.set(e.form().map(AnswerSpec.Form::label).orElse(""));
            }
            case AnswerSpec.Equation e -> {
                d.kind.set("equation");
                d.value.set(e.expected());
            }
            case AnswerSpec.SolutionSet s -> {
                d.kind.set("set");
                d.value.set(s.expected());
            }
            case AnswerSpec.Numeric n -> {
                d.kind.set("numeric");
                d.value.set(n.expected());
                if (n.tolerance().amount().signum() != 0) d.tolerance.set(n.tolerance().toString());
                n.sigFigs().ifPresent(s -> d.sigfigs.set((s.exactly() ? "" : ">=") + s.count()));
                n.decimals().ifPresent(x -> d.decimals.set(String.valueOf(x)));
            }
            case AnswerSpec.Quantity q -> {
                d.strictUnit.set(q.strictUnit());
                d.kind.set("quantity");
                d.value.set(q.expected());
                q.tolerance().ifPresent(t -> d.tolerance.set(t.toString()));
                q.sigFigs().ifPresent(s -> d.sigfigs.set((s.exactly() ? "" : ">=") + s.count()));
            }
            case AnswerSpec.MultipleChoice c -> {
                d.kind.set("choice");
                d.choices.set(String.join("\n", c.choices()));
                d.correct.set(c.correctIndex() + 1);
            }
            case null -> d.kind.set("equation");
        }
        p.work().ifPresent(w -> {
            d.task.set(w.task().id());
            d.start.set(w.start());
        });
        p.givens().forEach(g -> d.givens.add(new GivenRow(g.symbol(), g.value(), g.description())));
        d.skills.set(String.join(", ", p.skills()));
        d.difficulty.set(p.difficulty());
        d.hints.set(String.join("\n", p.hints()));
        d.solution.set(String.join("\n", p.solution().stream()
                .map(s -> s.math().isBlank() ? s.text() : s.text() + " | " + s.math()).toList()));
        p.solver().ifPresent(s -> {
            d.solverFamily.set(s.family());
            d.solverParams.set(String.join(", ",
                    new java.util.TreeMap<>(s.params()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        });
        return d;
    }

    ProblemDraft copy(String newId) {
        ProblemDraft d = new ProblemDraft();
        d.id.set(newId);
        for (StringProperty[] pair : new StringProperty[][]{{statement, d.statement}, {kind, d.kind}, {value, d.value},
                {tolerance, d.tolerance}, {sigfigs, d.sigfigs}, {form, d.form}, {decimals, d.decimals}, {choices, d.choices},
                {task, d.task},
                {start, d.start}, {skills, d.skills}, {hints, d.hints}, {solution, d.solution},
                {solverFamily, d.solverFamily}, {solverParams, d.solverParams}, {generatedNote, d.generatedNote},
                {unverifiedSteps, d.unverifiedSteps},
                {imageFile, d.imageFile}, {imageAlt, d.imageAlt}})
            pair[1].set(pair[0].get());
        d.correct.set(correct.get());
        d.strictUnit.set(strictUnit.get());
        d.difficulty.set(difficulty.get());
        givens.forEach(g -> d.givens.add(new GivenRow(g.symbol.get(), g.value.get(), g.description.get())));
        d.generated.set(generated.get());
        return d;
    }

    /** The problem as it stands in a pack file; empty fields are left out, so the reader names what is missing. */
    ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("id", id.get().strip());
        o.put("statement", statement.get().strip());
        if (!imageFile.get().isBlank()) {
            ObjectNode im = o.putObject("image");
            im.put("file", imageFile.get().strip());
            if (!imageAlt.get().isBlank()) im.put("alt", imageAlt.get().strip());
        }
        List<String> skillList = split(skills.get(), ",");
        if (!skillList.isEmpty()) o.set("skills", strings(skillList));
        o.put("difficulty", difficulty.get());
        ObjectNode a = o.putObject("answer");
        a.put("kind", kind.get());
        if (kind.get().equals("choice")) {
            a.set("choices", strings(split(choices.get(), "\n")));
            a.put("correct", correct.get() - 1);
        } else {
            a.put("value", value.get().strip());
            if (kind.get().equals("expression") && !form.get().isBlank()) a.put("form", form.get());
            if ((kind.get().equals("numeric") || kind.get().equals("quantity")) && !tolerance.get().isBlank())
                a.put("tolerance", tolerance.get().strip());
            if ((kind.get().equals("numeric") || kind.get().equals("quantity")) && !sigfigs.get().isBlank())
                a.put("sigfigs", sigfigs.get().strip());
            if (kind.get().equals("numeric") && !decimals.get().isBlank()) {
                try {
                    a.put("decimals", Integer.parseInt(decimals.get().strip()));
                } catch (NumberFormatException e) {
                    a.put("decimals", decimals.get().strip()); // the reader says what is wrong with it
                }
            }
            if (kind.get().equals("quantity") && strictUnit.get()) a.put("strictUnit", true);
        }
        if (!task.get().isBlank()) {
            ObjectNode w = o.putObject("work");
            w.put("task", task.get());
            if (!start.get().isBlank()) w.put("start", start.get().strip());
        }
        if (!givens.isEmpty()) {
            ArrayNode g = o.putArray("givens");
            for (GivenRow r : givens) {
                ObjectNode n = g.addObject();
                n.put("symbol", r.symbol.get().strip());
                n.put("value", r.value.get().strip());
                if (!r.description.get().isBlank()) n.put("description", r.description.get().strip());
            }
        }
        List<String> hintList = split(hints.get(), "\n");
        if (!hintList.isEmpty()) o.set("hints", strings(hintList));
        List<String> steps = split(solution.get(), "\n");
        if (!steps.isEmpty()) {
            ArrayNode s = o.putArray("solution");
            for (String line : steps) {
                ObjectNode n = s.addObject();
                int bar = line.lastIndexOf('|');
                n.put("text", (bar < 0 ? line : line.substring(0, bar)).strip());
                if (bar >= 0 && !line.substring(bar + 1).isBlank()) n.put("math", line.substring(bar + 1).strip());
            }
        }
        if (!solverFamily.get().isBlank()) {
            ObjectNode s = o.putObject("solver");
            s.put("family", solverFamily.get().strip());
            ObjectNode params = f.objectNode();
            for (String pair : split(solverParams.get(), ",")) {
                int eq = pair.indexOf('=');
                if (eq > 0) params.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
            if (!params.isEmpty()) s.set("params", params);
        }
        return o;
    }

    /**
     * A problem from its pack-file form as {@link #toJson()} writes it, taken as it is: a half-typed problem (no answer
     * yet, an unreadable start) is read back whole, so an autosaved draft the pack reader refuses still comes back into
     * the editor. Fields of the wrong type are read as text or left empty.
     */
    static ProblemDraft fromJson(com.fasterxml.jackson.databind.JsonNode o) {
        ProblemDraft d = new ProblemDraft();
        d.id.set(o.path("id").asText(""));
        d.statement.set(o.path("statement").asText(""));
        d.imageFile.set(o.path("image").path("file").asText(""));
        d.imageAlt.set(o.path("image").path("alt").asText(""));
        d.skills.set(String.join(", ", texts(o.path("skills"))));
        d.difficulty.set(Math.max(1, Math.min(5, o.path("difficulty").asInt(1))));
        var a = o.path("answer");
        d.kind.set(a.path("kind").asText("equation"));
        d.value.set(a.path("value").asText(""));
        d.form.set(a.path("form").asText(""));
        d.tolerance.set(a.path("tolerance").asText(""));
        d.sigfigs.set(a.path("sigfigs").asText(""));
        d.decimals.set(a.path("decimals").asText(""));
        d.strictUnit.set(a.path("strictUnit").asBoolean(false));
        d.choices.set(String.join("\n", texts(a.path("choices"))));
        d.correct.set(a.path("correct").asInt(0) + 1);
        d.task.set(o.path("work").path("task").asText(""));
        d.start.set(o.path("work").path("start").asText(""));
        for (var g : o.path("givens"))
            d.givens.add(new GivenRow(g.path("symbol").asText(""), g.path("value").asText(""), g.path("description").asText("")));
        d.hints.set(String.join("\n", texts(o.path("hints"))));
        List<String> steps = new ArrayList<>();
        for (var s : o.path("solution")) {
            String text = s.path("text").asText("");
            String math = s.path("math").asText("");
            steps.add(math.isBlank() ? text : text + " | " + math);
        }
        d.solution.set(String.join("\n", steps));
        d.solverFamily.set(o.path("solver").path("family").asText(""));
        List<String> params = new ArrayList<>();
        o.path("solver").path("params").properties().forEach(e -> params.add(e.getKey() + "=" + e.getValue().asText("")));
        d.solverParams.set(String.join(", ", params));
        return d;
    }

    private static List<String> texts(com.fasterxml.jackson.databind.JsonNode array) {
        List<String> out = new ArrayList<>();
        for (var n : array) out.add(n.asText(""));
        return out;
    }

    /** Sets the solution and hints from Generate; they stay marked until the teacher approves them. */
    void offer(List<Problem.SolutionStep> steps, List<String> hintLadder, String note) {
        confirmUnverified.set(false);
        solution.set(String.join("\n", steps.stream().map(s -> s.math().isBlank() ? s.text() : s.text() + " | " + s.math())
                .toList()));
        hints.set(String.join("\n", hintLadder));
        generatedNote.set(note);
        generated.set(true);
    }

    private static List<String> split(String text, String by) {
        List<String> out = new ArrayList<>();
        for (String s : (text == null ? "" : text).split(by.equals("\n") ? "\\R" : by)) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        values.forEach(a::add);
        return a;
    }
}
