package app.stepwise.cli;

import app.stepwise.grade.AnswerChecker;
import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.Problem;
import app.stepwise.lesson.Task;
import app.stepwise.math.Equivalence;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Quantity;
import app.stepwise.math.Statement;
import app.stepwise.model.ControlTokens;
import app.stepwise.model.Generation;
import app.stepwise.model.GenerationOptions;
import app.stepwise.model.LocalModel;
import app.stepwise.model.ModelException;
import app.stepwise.model.ModelOutput;
import app.stepwise.model.PromptFormat;
import app.stepwise.tutor.HintService;
import app.stepwise.tutor.ModelSolution;
import app.stepwise.tutor.ProblemContext;
import app.stepwise.tutor.VerifiedSolver;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Measures a model on a fixed set of problems written by people (models/eval/handwritten.jsonl: never trained or
 * tuned on): the reading (family, task, start, unknown, givens; out-of-scope problems read as "none"), the full
 * solution (right final answer; right answer with every step valid, as the grading module judges), the first
 * step as a next-step hint, and whether the answer line agreed with the model's own last step. Greedy decoding by
 * default; {@code verified:K} decodes as the tutor does ({@link Decoding}).
 */
final class SetEvaluation {
    private SetEvaluation() {}

    /** One problem of the set. */
    record Item(String id, String style, String text, String family, String task, String start, String unknown,
            JsonNode answer, List<Problem.Given> givens) {
        boolean inScope() {
            return family != null;
        }
    }

    static List<Item> read(Path file) throws IOException {
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = Json.MAPPER.readTree(line);
            List<Problem.Given> givens = new ArrayList<>();
            for (JsonNode g : n.path("givens"))
                givens.add(new Problem.Given(symbol(g.path("symbol").asText()), g.path("value").asText(), ""));
            items.add(new Item(n.path("id").asText(), n.path("style").asText(), n.path("text").asText(), text(n, "family"),
                    text(n, "task"), text(n, "start"), text(n, "unknown"), n.path("answer"), givens));
        }
        return items;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Physics symbols as the generators write them: mu → μ, rho → ρ, lam → λ, R2 → R_2, Ek → E_k. */
    static String symbol(String s) {
        String t = s.strip();
        return switch (t) {
            case "mu" -> "μ";
            case "rho" -> "ρ";
            case "lam", "lambda" -> "λ";
            case "Ek", "KE" -> "E_k";
            case "Ep", "GPE" -> "E_p";
            default -> t.matches("[A-Za-z][0-9]") ? t.charAt(0) + "_" + t.charAt(1) : t;
        };
    }

    /** The set's task names as the engine's tasks (empty for a word the engine has no task for). */
    static Optional<Task> task(String setTask) {
        return Task.of(switch (setTask) {
            case "percentage" -> "evaluate";
            case "rearrange" -> "solve";
            case "solve-system" -> "system";
            default -> setTask;
        });
    }

    static final class Counts {
        int inScope, outOfScope, readRight, familyRight, refused, recognised, full, answerRight, allStepsValid, next, nextValid,
                answerLine, answerLineAgrees;

        Map<String, Object> toMap(boolean reads) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("fullAnswerRight", ModelEvaluation.rate(answerRight, full));
            m.put("fullAnswerRightAllStepsValid", ModelEvaluation.rate(allStepsValid, full));
            m.put("nextStepValidFromProblem", ModelEvaluation.rate(nextValid, next));
            m.put("answerLineAgreesWithLastStep", ModelEvaluation.rate(answerLineAgrees, answerLine));
            if (reads) {
                m.put("readingsRight", ModelEvaluation.rate(readRight, inScope));
                m.put("readingFamilyRight", ModelEvaluation.rate(familyRight, inScope));
                m.put("outOfScopeRecognised", ModelEvaluation.rate(recognised, outOfScope));
                m.put("inScopeWronglyRefused", ModelEvaluation.rate(refused, inScope));
            } else {
                m.put("reading", "the model has no reading capability");
            }
            m.put("n", Map.of("inScope", inScope, "outOfScope", outOfScope));
            return m;
        }
    }

    /** What decoding cost over the set: candidates per step, time per solution, how decodings ended. */
    static final class Cost {
        int n, rounds, candidates, shown, shownRight;
        final List<Double> ms = new ArrayList<>();
        final Map<String, Integer> ends = new TreeMap<>();

        void add(Decoded d) {
            n++;
            rounds += d.rounds();
            candidates += d.candidates();
            ms.add(d.ms());
            ends.merge(d.end(), 1, Integer::sum);
        }

        /**
         * What the tutor would show as verified (checked against its own reading: with greedy decoding only when the
         * tutor's reading is known), and how much of that the set's reading finds right (a full solution: right answer,
         * every step valid; a step: valid).
         */
        void shown(Decoded d, boolean rightBySet) {
            if (!d.shown()) return;
            shown++;
            if (rightBySet) shownRight++;
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("n", n);
            m.put("meanCandidatesPerStep", rounds == 0 ? Double.NaN : Math.round(100.0 * candidates / rounds) / 100.0);
            m.put("meanCandidates", n == 0 ? Double.NaN : Math.round(100.0 * candidates / n) / 100.0);
            double[] a = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            m.put("meanMs", a.length == 0 ? Double.NaN : Math.round(java.util.Arrays.stream(a).average().orElse(0)));
            m.put("medianMs", a.length == 0 ? Double.NaN : Math.round(a[a.length / 2]));
            m.put("p95Ms",
                    a.length == 0 ? Double.NaN : Math.round(a[Math.min(a.length - 1, (int) Math.ceil(0.95 * a.length) - 1)]));
            m.put("ends", ends);
            m.put("shownAsVerified", ModelEvaluation.rate(shown, n));
            m.put("shownAsVerifiedAndRight", ModelEvaluation.rate(shownRight, n));
            m.put("shownAsVerifiedButWrong", shown - shownRight);
            return m;
        }
    }

    record Result(Map<String, Object> figures, List<String> failures) {}

    /**
     * Where generations come from: the model through the Java runtime, or a file of generations made elsewhere
     * (models/training/gen_eval.py on the GPU machine: {prompt, text} lines); a prompt with no generation is skipped.
     */
    interface Generator {
        Optional<Generation> generate(String prompt, int maxTokens) throws ModelException;

        static Generator of(LocalModel model) {
            return (prompt, max) -> Optional.of(model.generate(prompt, max >= 400
                    ? GenerationOptions.greedy(max).withBudget(20_000)
                    : GenerationOptions.greedy(max), null));
        }

        static Generator fromFile(Path file) throws IOException {
            Map<String, String> texts = new java.util.HashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                JsonNode n = Json.MAPPER.readTree(line);
                texts.put(n.path("prompt").asText(), n.path("text").asText());
            }
            return (prompt, max) -> Optional.ofNullable(texts.get(prompt))
                    .map(t -> new Generation(t, List.of(), app.stepwise.model.StopReason.END_TOKEN, 0, 0, 0));
        }
    }

    static Result run(LocalModel model, List<Item> items, Consumer<String> progress) throws ModelException {
        return run(model, items, progress, false, Decoding.GREEDY);
    }

    /**
     * The same measure, the model given each problem as the tutor gives it: read by the verified reader (the
     * deterministic one, else the model's reading task) and restated in a training frame, or as written when it cannot
     * be read. Answers and steps are still judged against the set's own reading, so a misreading counts as wrong.
     */
    static Result runRestated(LocalModel model, List<Item> items, Consumer<String> progress) throws ModelException {
        return run(model, items, progress, true, Decoding.GREEDY);
    }

    /**
     * The measure with this decoding; restated or as written. With verified decoding each step is verified as the
     * tutor verifies it: against the tutor's own reading of the problem (never the set's), and then scored against the
     * set's reading like a greedy solution, so a step verified against a misreading still counts as wrong.
     */
    static Result run(LocalModel model, List<Item> items, Consumer<String> progress, boolean restated, Decoding decoding)
            throws ModelException {
        Map<Item, ProblemContext> read = new java.util.IdentityHashMap<>();
        Function<Item, ProblemContext> tutorContext = it -> read.computeIfAbsent(it,
                x -> ProblemContext.fromText(x.text(), Optional.of(model)));
        Function<Item, String> asked = restated ? it -> tutorContext.apply(it).modelText() : Item::text;
        Generator generator = Generator.of(model);
        PromptFormat format = new PromptFormat(model.manifest());
        Decoder decoder = decoding.verified()
                ? Decoder.verified(model, decoding, tutorContext)
                : Decoder.greedy(generator, format, Optional.of(tutorContext));
        Function<Item, String> source = restated
                ? it -> tutorContext.apply(it).reading().map(r -> r.source().equals("model") ? "model" : "reader")
                        .orElse("unread")
                : it -> "as written";
        return run(generator, format, model.manifest().can("read"), items, progress, asked, source, decoder, decoding);
    }

    static Result run(Generator model, PromptFormat format, boolean reads, List<Item> items, Consumer<String> progress)
            throws ModelException {
        return run(model, format, reads, items, progress, Item::text, it -> "as written",
                Decoder.greedy(model, format, Optional.empty()), Decoding.GREEDY);
    }

    /**
     * How full solutions and first steps are decoded: {@code greedy} (one generation each, the default), or
     * {@code verified:K} as the tutor uses the model (K candidates per step, greedy then samples, the first verified).
     */
    record Decoding(int candidates, boolean wholeFirst) {
        static final Decoding GREEDY = new Decoding(0, false);

        boolean verified() {
            return candidates > 0;
        }

        String name() {
            return !verified() ? "greedy" : (wholeFirst ? "verified:" : "verified-steps:") + candidates;
        }

        /**
         * {@code greedy}; {@code verified:K}, the tutor's solver (the greedy whole solution first, then step by step
         * from its last verified step); or {@code verified-steps:K}, step by step from the first step. K from 1 to 16.
         */
        static Decoding parse(String s) {
            String t = s.strip().toLowerCase(Locale.ROOT);
            if (t.equals("greedy")) return GREEDY;
            for (String kind : List.of("verified:", "verified-steps:")) {
                if (!t.startsWith(kind)) continue;
                try {
                    int k = Integer.parseInt(t.substring(kind.length()));
                    if (k >= 1 && k <= 16) return new Decoding(k, kind.equals("verified:"));
                } catch (NumberFormatException e) {
                    // the message below
                }
            }
            throw new IllegalArgumentException(
                    "--decoding is greedy, verified:K or verified-steps:K with K from 1 to 16, not \"" + s + "\"");
        }
    }

    /** What one decoding made: its text (a solution, or a next step) and what it cost. */
    record Decoded(String text, long tokens, double ms, int candidates, int rounds, String end, boolean shown) {
        Generation generation() {
            return new Generation(text, List.of(), app.stepwise.model.StopReason.END_TOKEN, 0, ms, ms);
        }
    }

    /** Where full solutions and first steps come from. */
    interface Decoder {
        Optional<Decoded> full(Item it, String asked) throws ModelException;

        Optional<Decoded> first(Item it, String asked) throws ModelException;

        /**
         * One greedy generation each. With the tutor's reading of each problem, a decoding is marked shown when the
         * tutor would show it as verified (the whole solution, or the step, checked against that reading).
         */
        static Decoder greedy(Generator model, PromptFormat format, Optional<Function<Item, ProblemContext>> tutorContext) {
            return new Decoder() {
                public Optional<Decoded> full(Item it, String asked) throws ModelException {
                    return model.generate(format.solve(asked), 400).map(g -> once(g, tutorContext
                            .map(t -> ModelSolution.check(t.apply(it), g, 0).verified()).orElse(false)));
                }

                public Optional<Decoded> first(Item it, String asked) throws ModelException {
                    return model.generate(format.next(asked, List.of()), 96).map(g -> once(g, tutorContext.map(t -> {
                        ModelOutput out = ModelOutput.parse(g.text());
                        return !out.steps().isEmpty() && HintService.verifies(t.apply(it), List.of(), out.steps().get(0).math());
                    }).orElse(false)));
                }
            };
        }

        private static Decoded once(Generation g, boolean shown) {
            return new Decoded(g.text(), g.tokens().size(), g.totalMs(), 1, 1, g.stop().name(), shown);
        }

        /**
         * Verified decoding against the tutor's reading of each problem: full solutions step by step
         * ({@link VerifiedSolver}, 30 s a solution), the first step as a hint gives it (5 s, as eval-model gives hints).
         */
        static Decoder verified(LocalModel model, Decoding decoding, Function<Item, ProblemContext> tutorContext) {
            VerifiedSolver tutors = new VerifiedSolver(model, decoding.candidates(), VerifiedSolver.DEFAULT_MAX_STEPS,
                    VerifiedSolver.DEFAULT_BUDGET_MS);
            VerifiedSolver solutions = decoding.wholeFirst() ? tutors : tutors.stepByStepOnly();
            VerifiedSolver hints = new VerifiedSolver(model, decoding.candidates(), 1, NEXT_BUDGET_MS);
            return new Decoder() {
                public Optional<Decoded> full(Item it, String asked) {
                    VerifiedSolver.Result r = solutions.solve(tutorContext.apply(it), asked, () -> false);
                    return Optional.of(new Decoded(r.solution().generation().text(), r.tokens(), r.ms(), r.candidates(),
                            r.rounds(), r.end().name(), r.solution().verified()));
                }

                public Optional<Decoded> first(Item it, String asked) {
                    VerifiedSolver.Next n = hints.next(tutorContext.apply(it), asked, List.of(), () -> false);
                    String text = n.step().map(st -> ControlTokens.STEP + st.text() + ControlTokens.MATH + st.math()).orElse("");
                    return Optional.of(new Decoded(text, n.tokens(), n.ms(), n.candidates(), 1,
                            n.step().isPresent() ? "VERIFIED" : "NONE_VERIFIED", n.step().isPresent()));
                }
            };
        }
    }

    /** A next step's budget in verified decoding (eval-model's own hints have 5 s; the app's 2.5 s). */
    static final long NEXT_BUDGET_MS = 5_000;

    private static Result run(Generator model, PromptFormat format, boolean reads, List<Item> items,
            Consumer<String> progress, Function<Item, String> problemText, Function<Item, String> source, Decoder decoder,
            Decoding decoding) throws ModelException {
        Counts all = new Counts();
        Map<String, Counts> perFamily = new TreeMap<>();
        Map<String, Counts> perSource = new TreeMap<>();
        Map<String, Counts> perStyle = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long tokens = 0;
        double ms = 0;
        int done = 0;
        Cost fullCost = new Cost(), nextCost = new Cost();
        for (Item it : items) {
            List<Counts> counts = new ArrayList<>(List.of(all,
                    perStyle.computeIfAbsent(it.style(), k -> new Counts())));
            if (it.inScope()) counts.add(perFamily.computeIfAbsent(it.family(), k -> new Counts()));
            Optional<Generation> rg = reads ? model.generate(format.read(it.text()), 120) : Optional.empty();
            if (rg.isPresent()) {
                Generation g = rg.get();
                tokens += g.tokens().size();
                ms += g.totalMs();
                Reading r = Reading.parse(g.text());
                for (Counts c : counts) {
                    if (it.inScope()) {
                        c.inScope++;
                        if (r.family().equals(it.family())) c.familyRight++;
                        if (r.family().equals("none")) c.refused++;
                        if (readingRight(it, r)) c.readRight++;
                    } else {
                        c.outOfScope++;
                        if (r.family().equals("none")) c.recognised++;
                    }
                }
                if ((it.inScope() ? !readingRight(it, r) : !r.family().equals("none")) && failures.size() < 200)
                    failures.add("read " + it.id() + ": " + it.text() + " → " + g.text().replace("\n", " | "));
            } else {
                for (Counts c : counts) {
                    if (it.inScope()) c.inScope++;
                    else
                        c.outOfScope++;
                }
            }
            if (!it.inScope()) continue;
            counts.add(perSource.computeIfAbsent(source.apply(it), k -> new Counts()));
            ProblemContext ctx = context(it);
            String asked = problemText.apply(it);
            Optional<Decoded> sd = decoder.full(it, asked);
            if (sd.isPresent()) {
                ModelSolution s = ModelSolution.check(ctx, sd.get().generation(), (long) sd.get().ms());
                tokens += sd.get().tokens();
                ms += sd.get().ms();
                fullCost.add(sd.get());
                boolean right = answerRight(it, s.answer());
                boolean steps = right && ctx.checkable() && !s.steps().isEmpty()
                        && s.steps().stream().allMatch(ModelSolution.VerifiedStep::verified);
                fullCost.shown(sd.get(), right && steps);
                if (sd.get().shown() && !(right && steps)) // always listed: the tutor would show it as verified
                    failures.add("shown but wrong " + it.id() + " (" + it.family() + "): " + asked + " → "
                            + s.generation().text());
                boolean stated = ModelOutput.parse(s.generation().text()).answer().isPresent();
                for (Counts c : counts) {
                    c.full++;
                    if (right) c.answerRight++;
                    if (steps) c.allStepsValid++;
                    if (stated) {
                        c.answerLine++;
                        if (s.answerMatchedSteps()) c.answerLineAgrees++;
                    }
                }
                if (!right && failures.size() < 200)
                    failures.add("full " + it.id() + " (" + it.family() + "): " + asked + " → " + s.generation().text()
                            + (decoding.verified() ? " [" + sd.get().end() + "]" : ""));
            }
            Optional<Decoded> nd = decoder.first(it, asked);
            if (nd.isPresent()) {
                tokens += nd.get().tokens();
                ms += nd.get().ms();
                nextCost.add(nd.get());
                ModelOutput fo = ModelOutput.parse(nd.get().text());
                boolean nextOk = !fo.steps().isEmpty() && ctx.checkable()
                        && HintService.verifies(ctx, List.of(), fo.steps().get(0).math());
                nextCost.shown(nd.get(), nextOk);
                if (nd.get().shown() && !nextOk)
                    failures.add("shown but invalid next " + it.id() + " (" + it.family() + "): " + asked + " → "
                            + nd.get().text());
                for (Counts c : counts) {
                    c.next++;
                    if (nextOk) c.nextValid++;
                }
            }
            if (++done % 20 == 0) progress.accept(done + " problems done");
        }
        Map<String, Object> fig = new LinkedHashMap<>();
        fig.put("all", all.toMap(reads));
        Map<String, Object> styles = new TreeMap<>();
        perStyle.forEach((k, v) -> styles.put(k, v.toMap(reads)));
        fig.put("perStyle", styles);
        Map<String, Object> fams = new TreeMap<>();
        perFamily.forEach((k, v) -> fams.put(k, Map.of("fullAnswerRight", ModelEvaluation.rate(v.answerRight, v.full),
                "readingsRight", reads ? ModelEvaluation.rate(v.readRight, v.inScope) : Double.NaN, "n", v.full)));
        fig.put("perFamily", fams);
        Map<String, Object> sources = new TreeMap<>();
        perSource.forEach((k, v) -> sources.put(k, Map.of("fullAnswerRight", ModelEvaluation.rate(v.answerRight, v.full),
                "fullAnswerRightAllStepsValid", ModelEvaluation.rate(v.allStepsValid, v.full), "n", v.full)));
        fig.put("perReadingSource", sources);
        fig.put("speed", Map.of("tokensPerSecond", ms == 0 ? 0 : Math.round(tokens / (ms / 1000)), "tokens", tokens));
        fig.put("decodingCost", Map.of("fullSolution", fullCost.toMap(), "nextStep", nextCost.toMap()));
        Map<String, Object> protocol = new LinkedHashMap<>();
        protocol.put("decoding", decoding.name());
        protocol.put("problems", items.size());
        protocol.put("perReadingSource", "in-scope problems by who read them for the model: with --restated, \"reader\" (the"
                + " deterministic reader), \"model\" (the model's reading task) or \"unread\" (given as written); else"
                + " \"as written\"");
        protocol.put("verification", "grading module on every step; answers by AnswerChecker (physics 1 % relative)");
        protocol.put("nextStep", decoding.verified()
                ? "the first step from the problem alone as a hint gives it: up to " + decoding.candidates()
                        + " candidates (greedy, then samples at temperature 0.8, top-p 0.95), the first the grading module"
                        + " verifies against the tutor's reading; scored against the set's reading"
                : "the first step from the problem alone, verified by the grading module");
        if (decoding.verified())
            protocol.put("fullSolution", (decoding.wholeFirst()
                    ? "the greedy whole solution, shown when it verifies against the tutor's reading as it is; else its"
                            + " steps as far as each verifies, then step by step: up to "
                    : "step by step from the first step: up to ") + decoding.candidates() + " candidates per step, the first"
                    + " verified against the tutor's reading after the steps so far, until the model's answer agrees with"
                    + " the last step; " + VerifiedSolver.DEFAULT_MAX_STEPS + " steps and "
                    + VerifiedSolver.DEFAULT_BUDGET_MS / 1000 + " s at most; scored against the set's reading");
        fig.put("protocol", protocol);
        return new Result(fig, failures);
    }

    /** How the tutor checks working on this problem: its start line, or the physics givens. */
    static ProblemContext context(Item it) {
        Optional<Task> task = task(it.task());
        boolean physics = task.equals(Optional.of(Task.PHYSICS));
        Optional<String> start = physics
                ? Optional.ofNullable(it.unknown()).map(SetEvaluation::symbol)
                : Optional.ofNullable(it.start());
        Optional<String> answer = physics && it.answer().has("value")
                ? Optional.of(it.answer().path("value").asText())
                : Optional.empty();
        return new ProblemContext(it.text(), task, start, it.givens(), answer, List.of(), List.of());
    }

    static boolean answerRight(Item it, String answer) {
        if (answer == null || answer.isBlank()) return false;
        JsonNode a = it.answer();
        String kind = a.path("kind").asText();
        AnswerSpec spec = switch (kind) {
            case "equation" -> new AnswerSpec.Equation(a.path("value").asText());
            case "set" -> new AnswerSpec.SolutionSet(a.path("value").asText());
            case "system" -> {
                List<String> parts = new ArrayList<>();
                a.path("values").fields().forEachRemaining(e -> parts.add(e.getKey() + " = " + e.getValue().asText()));
                yield new AnswerSpec.SolutionSet(String.join(", ", parts));
            }
            case "numeric" -> new AnswerSpec.Numeric(a.path("value").asText(), AnswerSpec.Tolerance.EXACT, Optional.empty());
            case "quantity" ->
                new AnswerSpec.Quantity(a.path("value").asText(), Optional.of(AnswerSpec.Tolerance.DEFAULT_RELATIVE),
                        Optional.empty());
            default -> new AnswerSpec.Expression(a.path("value").asText(),
                    AnswerSpec.Form.fromLabel(a.path("form").asText("")));
        };
        try {
            return AnswerChecker.check(spec, answer).correct();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A model's reading, field by field (the shared contract in the model card). */
    record Reading(String family, String task, List<String> starts, String unknown, Map<String, String> givens) {
        static Reading parse(String generated) {
            String family = "", task = "", unknown = "";
            List<String> starts = new ArrayList<>();
            Map<String, String> givens = new LinkedHashMap<>();
            for (String line : generated.replace(ControlTokens.END, "").split("\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) continue;
                String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT), value = line.substring(colon + 1).strip();
                switch (key) {
                    case "family" -> family = value;
                    case "task" -> task = value;
                    case "start" -> starts.add(value);
                    case "unknown" -> unknown = value;
                    case "given" -> {
                        int eq = value.indexOf('=');
                        if (eq > 0) givens.put(symbol(value.substring(0, eq)), value.substring(eq + 1).strip());
                    }
                    default -> {
                        // a field this evaluation does not score
                    }
                }
            }
            return new Reading(family, task, starts, unknown, givens);
        }
    }

    /** Family and task right; the start equivalent to the set's (each equation of a system); the unknown and givens right. */
    static boolean readingRight(Item it, Reading r) {
        Optional<Task> task = task(it.task());
        if (!r.family().equals(it.family()) || task.isEmpty() || !Task.of(r.task()).equals(task)) return false;
        boolean physics = task.get() == Task.PHYSICS;
        if (!physics && it.start() != null) {
            String[] want = it.start().split(";");
            if (want.length != r.starts().size()) return false;
            for (int i = 0; i < want.length; i++) if (!sameMath(want[i].strip(), r.starts().get(i))) return false;
        }
        if (it.unknown() != null) {
            String want = it.unknown().replace(" ", "");
            String got = r.unknown().replace(" ", "");
            if (physics ? !symbol(want).equals(symbol(got)) : !want.equals(got)) return false;
        }
        if (physics) {
            if (r.givens().size() < it.givens().stream().filter(g -> !g.symbol().equals("g")).count()) return false;
            for (Problem.Given g : it.givens()) {
                if (g.symbol().equals("g") && !r.givens().containsKey("g")) continue; // g = 9.8 is the runtime's to add
                String got = r.givens().get(g.symbol());
                if (got == null || !sameQuantity(g.value(), got)) return false;
            }
        }
        return true;
    }

    static boolean sameMath(String a, String b) {
        try {
            if (a.contains("=") != b.contains("=")) return false;
            if (!a.contains("=")) return Equivalence.of(Parser.parseExpression(a), Parser.parseExpression(b)).equivalent();
            Statement x = Statement.collapse(Parser.parse(a)), y = Statement.collapse(Parser.parse(b));
            return a.replace(" ", "").equals(b.replace(" ", ""))
                    || Equivalence.of(Parser.parseExpression(difference(a)), Parser.parseExpression(difference(b))).equivalent()
                    || Equivalence.of(Parser.parseExpression(difference(a)), Parser.parseExpression("-(" + difference(b) + ")"))
                            .equivalent()
                    || x.equals(y);
        } catch (MathSyntaxException | RuntimeException e) {
            return false;
        }
    }

    private static String difference(String equation) {
        int eq = equation.indexOf('=');
        return "(" + equation.substring(0, eq) + ") - (" + equation.substring(eq + 1) + ")";
    }

    static boolean sameQuantity(String want, String got) {
        try {
            double a = Quantity.parse(want).si(), b = Quantity.parse(got).si();
            return Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
        } catch (MathSyntaxException | RuntimeException e) {
            return false;
        }
    }
}
