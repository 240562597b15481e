package app.stepwise.cli;

import app.stepwise.grade.AnswerChecker;
import app.stepwise.lesson.AnswerSpec;
import app.stepwise.model.Generation;
import app.stepwise.model.GenerationOptions;
import app.stepwise.model.LocalModel;
import app.stepwise.model.ModelException;
import app.stepwise.model.ModelOutput;
import app.stepwise.model.PromptFormat;
import app.stepwise.solve.Family;
import app.stepwise.solve.Solvers;
import app.stepwise.solve.Worked;
import app.stepwise.solve.WrongWork;
import app.stepwise.tutor.HintService;
import app.stepwise.tutor.ModelSolution;
import app.stepwise.tutor.ProblemContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Measures a model the way the app uses it: greedy generation through the Java runtime, every step verified by the
 * math engine. Problems are fresh (their own seed) and honest: "validation" problems are ones whose text the corpus
 * would put in the validation split (so training never saw them), "test-wording" problems use the wordings that are
 * held out of training altogether.
 */
public final class ModelEvaluation {
    private ModelEvaluation() {}

    /** Counts for one split or one family. */
    public static final class Tally {
        public int next, nextValid, nextHintFromModel, full, fullAnswer, fullAllSteps, feedback, feedbackRight;

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("nextStepValid", rate(nextValid, next));
            m.put("hintFromModelWithin4Candidates", rate(nextHintFromModel, next));
            m.put("fullAnswerRight", rate(fullAnswer, full));
            m.put("fullAllStepsValid", rate(fullAllSteps, full));
            m.put("feedbackLabelRight", rate(feedbackRight, feedback));
            m.put("n", Map.of("next", next, "full", full, "feedback", feedback));
            return m;
        }
    }

    static double rate(int a, int n) {
        return n == 0 ? Double.NaN : Math.round(10000.0 * a / n) / 10000.0;
    }

    public record Result(Map<String, Object> figures, List<String> failures) {}

    public static Result run(LocalModel model, long seed, int perFamily, List<Family> families,
            Consumer<String> progress) throws ModelException {
        PromptFormat format = new PromptFormat(model.manifest());
        HintService hints = new HintService(() -> Optional.of(model), 4, 5000);
        Map<String, Tally> splits = new TreeMap<>();
        Map<String, Tally> perFamilyFull = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long tokens = 0;
        double genMs = 0;
        List<Double> firstToken = new ArrayList<>();
        for (Family f : families) {
            for (String split : List.of("validation", "test-wording")) {
                SplittableRandom r = new SplittableRandom(seed * 7919 + f.name().hashCode() * 31L + split.hashCode());
                Tally t = splits.computeIfAbsent(split, k -> new Tally());
                Tally tf = perFamilyFull.computeIfAbsent(f.name() + "/" + split, k -> new Tally());
                for (int i = 0; i < perFamily; i++) {
                    Worked w = draw(f, split, r);
                    ProblemContext ctx = ProblemContext.of(w);
                    // (a) the next step after a correct prefix
                    int k = r.nextInt(w.steps().size() + 1);
                    List<String> prefix = w.mathLines().subList(0, k);
                    Generation g = model.generate(format.next(w.statement(), prefix), GenerationOptions.greedy(96), null);
                    tokens += g.tokens().size();
                    genMs += g.totalMs();
                    firstToken.add(g.firstTokenMs());
                    ModelOutput out = ModelOutput.parse(g.text());
                    boolean ok;
                    if (k < w.steps().size()) {
                        ok = !out.steps().isEmpty() && HintService.verifies(ctx, prefix, out.steps().get(0).math());
                    } else {
                        ok = out.answer().isPresent() && answerRight(w, out.answer().get());
                    }
                    t.next++;
                    if (ok) t.nextValid++;
                    // as the app asks: greedy, then up to three samples, each verified; does the model (not the solver) answer?
                    if (ok || k < w.steps().size()
                            && hints.next(ctx, prefix, 3, null, () -> false).source() == HintService.Source.MODEL)
                        t.nextHintFromModel++;
                    else if (failures.size() < 60)
                        failures.add("next " + f.name() + "/" + split + ": " + w.statement() + " | " + prefix + " → " + g.text());
                    // (b) the full solution
                    ModelSolution s = ModelSolution.solve(model, ctx);
                    tokens += s.generation().tokens().size();
                    genMs += s.generation().totalMs();
                    boolean answer = !s.answer().isEmpty() && answerRight(w, s.answer());
                    boolean allSteps = !s.steps().isEmpty() && s.steps().stream().allMatch(ModelSolution.VerifiedStep::verified);
                    for (Tally x : List.of(t, tf)) {
                        x.full++;
                        if (answer) x.fullAnswer++;
                        if (answer && allSteps) x.fullAllSteps++;
                    }
                    if (!answer && failures.size() < 60)
                        failures.add("full " + f.name() + "/" + split + ": " + w.statement() + " → " + s.generation().text());
                    // (c) feedback on a wrong line
                    List<WrongWork.Wrong> wrong = WrongWork.generate(w, r, 1);
                    if (!wrong.isEmpty()) {
                        WrongWork.Wrong x = wrong.get(0);
                        List<String> lines = new ArrayList<>(w.mathLines().subList(0, x.after()));
                        lines.add(x.line());
                        Generation fg = model.generate(format.check(w.statement(), lines), GenerationOptions.greedy(96), null);
                        tokens += fg.tokens().size();
                        genMs += fg.totalMs();
                        ModelOutput fo = ModelOutput.parse(fg.text());
                        t.feedback++;
                        if (fo.feedback().map(lbl -> lbl.equals(x.intended().label())).orElse(false)) t.feedbackRight++;
                    }
                }
                progress.accept(f.name() + "/" + split + " done");
            }
        }
        Map<String, Object> fig = new LinkedHashMap<>();
        for (var e : splits.entrySet()) fig.put(e.getKey(), e.getValue().toMap());
        String worst = null;
        double worstRate = 2;
        Map<String, Object> fams = new TreeMap<>();
        for (var e : perFamilyFull.entrySet()) {
            double rr = rate(e.getValue().fullAnswer, e.getValue().full);
            fams.put(e.getKey(), rr);
            if (rr < worstRate) {
                worstRate = rr;
                worst = e.getKey();
            }
        }
        fig.put("worstFamilyFullAnswer", Map.of("family", String.valueOf(worst), "rate", worstRate));
        fig.put("perFamilyFullAnswer", fams);
        firstToken.sort(Double::compare);
        fig.put("speed",
                Map.of("tokensPerSecond", Math.round(tokens / (genMs / 1000)), "firstTokenMedianMs",
                        firstToken.isEmpty() ? 0 : Math.round(firstToken.get(firstToken.size() / 2) * 10) / 10.0,
                        "threads", "see --threads", "tokens", tokens));
        fig.put("protocol",
                Map.of("seed", seed, "perFamilyPerSplit", perFamily, "families", families.size(), "decoding", "greedy",
                        "verification", "grading module (StepChecker / PhysicsSteps) on every step; answers by AnswerChecker"));
        return new Result(fig, failures);
    }

    /** A fresh problem of the split: held-out wordings for test-wording; for validation, one the corpus would not train on. */
    static Worked draw(Family f, String split, SplittableRandom r) {
        for (int attempt = 0; attempt < 400; attempt++) {
            int n = f.wordings();
            int wording = split.equals("test-wording") ? n - 2 + r.nextInt(2) : r.nextInt(n - 2);
            Worked w = Solvers.generate(f, r, wording);
            if (split.equals("test-wording") || Math.floorMod(w.statement().hashCode() * 31 + 7, 20) == 0) return w;
        }
        throw new IllegalStateException(f.name() + ": no validation problem found");
    }

    static boolean answerRight(Worked w, String answer) {
        AnswerSpec spec = switch (w.answerKind()) {
            case "equation" -> new AnswerSpec.Equation(w.answer());
            case "set" -> new AnswerSpec.SolutionSet(w.answer());
            case "numeric" -> new AnswerSpec.Numeric(w.answer(), AnswerSpec.Tolerance.EXACT, Optional.empty());
            case "quantity" ->
                new AnswerSpec.Quantity(w.answer(), Optional.of(AnswerSpec.Tolerance.DEFAULT_RELATIVE), Optional.empty());
            default -> new AnswerSpec.Expression(w.answer(), Optional.empty());
        };
        return AnswerChecker.check(spec, answer).correct();
    }
}
