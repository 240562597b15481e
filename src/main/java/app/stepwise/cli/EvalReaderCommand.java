package app.stepwise.cli;

import app.stepwise.grade.AnswerChecker;
import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.Task;
import app.stepwise.math.Equations;
import app.stepwise.math.Equivalence;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Statement;
import app.stepwise.model.LocalModel;
import app.stepwise.model.ModelException;
import app.stepwise.tutor.HintService;
import app.stepwise.tutor.ProblemContext;
import app.stepwise.tutor.ProblemReader;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stepwise eval-reader --set FILE}: the problem reader and the verified help measured on a hand-written set
 * (one JSON object a line: text, family or null, task, start, unknown, answer), through the same path as
 * {@code hint --text} and {@code solve --text}.
 */
@Command(name = "eval-reader", description = "Measure the problem reader on a hand-written set: read correctly, verified hint, right answers, wrong-but-verified, out of scope recognised.")
final class EvalReaderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--set", required = true, description = "a JSONL file of problems (models/eval/reader-set.jsonl, models/eval/handwritten.jsonl)")
    Path set;

    @Option(names = "--model-hints", description = "let the model propose hints too (slower); the default measures the solver's")
    boolean modelHints;

    @Option(names = "--model-reading", description = "let the model's reading task read what the reader refuses, hints "
            + "from the solver only (the readings of --model-hints, faster)")
    boolean modelReading;

    @Option(names = "--failures", description = "print each miss to standard error")
    boolean failures;

    @Option(names = "--readings", description = "write each problem's reading (id, source, reading, answer) to this file, "
            + "one tab-separated line each, to compare runs")
    Path readings;

    @Mixin
    ModelOption modelOption;

    @Override
    public Integer call() {
        List<JsonNode> items = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(set, StandardCharsets.UTF_8))
                if (!line.isBlank()) items.add(Json.MAPPER.readTree(line));
        } catch (IOException e) {
            return GradeCommand.error(spec.commandLine().getOut(), "cannot read the set: " + e.getMessage());
        }
        Optional<LocalModel> model = Optional.empty();
        if (modelHints || modelReading) {
            try {
                model = Optional.of(modelOption.load());
            } catch (ModelException e) {
                return GradeCommand.error(spec.commandLine().getOut(), "the model cannot be used: " + e.getMessage());
            }
        }
        try {
            final Optional<LocalModel> m = model;
            HintService hints = new HintService(() -> modelHints ? m : Optional.empty(), 2, 3000);
            int inFamily = 0, read = 0, readRight = 0, hinted = 0, right = 0, wrongVerified = 0, outOfScope = 0, recognised = 0;
            // by the reading's source (the deterministic reader's or the model's): right, wrong but verified, out of scope read
            Map<String, int[]> bySource = new java.util.TreeMap<>();
            List<String> readingLines = new ArrayList<>();
            long t0 = System.nanoTime();
            Map<String, int[]> byFamily = new LinkedHashMap<>();
            for (JsonNode it : items) {
                String text = it.path("text").asText();
                String id = it.path("id").asText();
                ProblemContext ctx = ProblemContext.fromText(text, m);
                Optional<ProblemReader.Reading> r = ctx.reading();
                readingLines.add(id + "\t" + r.map(x -> x.source() + "\t" + x.summary().replace('\t', ' ') + "\t"
                        + x.worked().answer().replace('\t', ' ')).orElse("none\t\t"));
                int[] source = r.map(x -> bySource.computeIfAbsent(x.source(), k -> new int[3])).orElse(new int[3]);
                if (it.path("family").isNull() || it.path("family").isMissingNode()) {
                    outOfScope++;
                    if (r.isEmpty()) recognised++;
                    else {
                        source[2]++;
                        if (failures)
                            spec.commandLine().getErr().println(id + " out of scope but read as " + r.get().summary());
                    }
                    continue;
                }
                inFamily++;
                String family = it.path("family").asText();
                int[] f = byFamily.computeIfAbsent(family, k -> new int[3]);
                f[0]++;
                if (r.isEmpty()) {
                    if (failures) spec.commandLine().getErr().println(id + " not read: " + text);
                } else {
                    read++;
                }
                boolean readOk = r.isPresent() && readCorrectly(it, r.get());
                if (readOk) readRight++;
                else if (r.isPresent() && failures)
                    spec.commandLine().getErr().println(id + " misread: " + r.get().summary() + " [" + r.get().family() + "]");
                HintService.Hint h = hints.next(ctx, List.of(), 3, s -> {}, () -> false);
                if (h.verified() && !h.step().isEmpty()) hinted++;
                if (r.isPresent()) {
                    boolean ok = answerRight(it, r.get().worked().answer());
                    if (ok) {
                        right++;
                        f[1]++;
                        source[0]++;
                    } else {
                        wrongVerified++;
                        source[1]++;
                        if (failures)
                            spec.commandLine().getErr()
                                    .println(id + " WRONG but verified (" + r.get().source() + "): " + r.get().worked().answer()
                                            + " for " + it.path("answer"));
                    }
                    if (readOk) f[2]++;
                }
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("set", set.toString());
            out.put("problems", items.size());
            out.put("inFamily", inFamily);
            out.put("readCorrectly", share(readRight, inFamily));
            out.put("read", share(read, inFamily));
            out.put("verifiedHint", share(hinted, inFamily));
            out.put("rightFinalAnswer", share(right, inFamily));
            out.put("wrongButVerified", wrongVerified);
            out.put("outOfScope", outOfScope);
            out.put("outOfScopeRecognised", share(recognised, outOfScope));
            Map<String, String> sources = new LinkedHashMap<>();
            bySource.forEach((k, v) -> sources.put(k, v[0] + " right, " + v[1] + " wrong but verified, " + v[2]
                    + " out of scope read"));
            out.put("bySource", sources);
            out.put("hintSource", modelHints ? "model, then solver" : "solver (no model)");
            out.put("reading", model.isPresent() ? "reader, then the model's reading task" : "reader");
            out.put("seconds", Math.round((System.nanoTime() - t0) / 1e8) / 10.0);
            Map<String, String> fam = new LinkedHashMap<>();
            byFamily.forEach((k, v) -> fam.put(k, v[2] + "/" + v[0] + " read, " + v[1] + "/" + v[0] + " right"));
            out.put("byFamily", fam);
            spec.commandLine().getOut().println(Json.write(out));
            if (readings != null) {
                try {
                    Files.write(readings, readingLines, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return GradeCommand.error(spec.commandLine().getOut(), "cannot write the readings: " + e.getMessage());
                }
            }
            return 0;
        } finally {
            model.ifPresent(LocalModel::close);
        }
    }

    private static String share(int n, int of) {
        return n + "/" + of + (of == 0 ? "" : String.format(" (%.1f %%)", 100.0 * n / of));
    }

    /** The reading's task, start and unknown agree with the set's (the start up to equivalence). */
    static boolean readCorrectly(JsonNode it, ProblemReader.Reading r) {
        String task = it.path("task").asText();
        String family = it.path("family").asText();
        if (SetEvaluation.task(task).equals(Optional.of(Task.PHYSICS))) return r.family().equals(family);
        if (!Optional.of(r.worked().task()).equals(SetEvaluation.task(task))) return false;
        if (!it.path("unknown").isNull() && !it.path("unknown").isMissingNode() && !task.equals("solve-system")) {
            if (!r.unknown().equals(it.path("unknown").asText())) return false;
        }
        String[] a = it.path("start").asText().split(";"), b = r.worked().start().split(";");
        if (a.length != b.length) return false;
        if (a.length == 2)
            return same(a[0], b[0]) && same(a[1], b[1]) || same(a[0], b[1]) && same(a[1], b[0]);
        return same(a[0], b[0]);
    }

    private static boolean same(String x, String y) {
        try {
            Statement s = Statement.collapse(Parser.parse(x.strip())), t = Statement.collapse(Parser.parse(y.strip()));
            if (s instanceof Statement.Expression e && t instanceof Statement.Expression f)
                return Equivalence.of(e.expr(), f.expr()).equivalent();
            if (s instanceof Statement.Equation e && t instanceof Statement.Equation f)
                return Equivalence.of(e.lhs(), f.lhs()).equivalent() && Equivalence.of(e.rhs(), f.rhs()).equivalent()
                        || Equations.sameSolutions(e, f).equivalent();
            return false;
        } catch (MathSyntaxException | RuntimeException e) {
            return false;
        }
    }

    static boolean answerRight(JsonNode it, String answer) {
        JsonNode a = it.path("answer");
        String kind = a.path("kind").asText();
        AnswerSpec spec = switch (kind) {
            case "numeric" -> new AnswerSpec.Numeric(a.path("value").asText(),
                    new AnswerSpec.Tolerance(true, new BigDecimal("0.000001")), Optional.empty());
            case "quantity" ->
                new AnswerSpec.Quantity(a.path("value").asText(), Optional.of(AnswerSpec.Tolerance.DEFAULT_RELATIVE),
                        Optional.empty());
            case "equation" -> new AnswerSpec.Equation(a.path("value").asText());
            case "set" -> new AnswerSpec.SolutionSet(a.path("value").asText());
            case "system" -> {
                List<String> parts = new ArrayList<>();
                a.path("values").fields().forEachRemaining(e -> parts.add(e.getKey() + " = " + e.getValue().asText()));
                yield new AnswerSpec.SolutionSet(String.join(", ", parts));
            }
            default -> new AnswerSpec.Expression(a.path("value").asText(), Optional.empty());
        };
        String response = answer;
        if (kind.equals("quantity")) response = answer.replace("ohm", "Ω");
        try {
            return AnswerChecker.check(spec, response).correct();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
