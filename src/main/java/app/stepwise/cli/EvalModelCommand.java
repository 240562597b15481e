package app.stepwise.cli;

import app.stepwise.lesson.AtomicFile;
import app.stepwise.model.LocalModel;
import app.stepwise.model.ModelException;
import app.stepwise.solve.Family;
import app.stepwise.solve.Solvers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stepwise eval-model}: the model's accuracy measured through the Java runtime and the math engine. */
@Command(name = "eval-model", description = "Evaluate a model: next-step validity, full solutions, feedback labels, speed.")
final class EvalModelCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--seed", defaultValue = "777")
    long seed;

    @Option(names = "--per-family", defaultValue = "10", description = "problems per family and split")
    int perFamily;

    @Option(names = "--families", split = ",")
    List<String> only = new ArrayList<>();

    @Option(names = "--set", description = "a set of problems written by people (models/eval/handwritten.jsonl): "
            + "readings, out-of-scope recognition, full solutions, first steps")
    Path set;

    @Option(names = "--generations", description = "with --set: score generations made elsewhere ({prompt, text} lines, "
            + "models/training/gen_eval.py) instead of generating; the model folder gives the prompt format")
    Path generations;

    @Option(names = "--restated", description = "with --set: give the model each problem as the tutor does, read by the "
            + "verified reader and restated in a training frame (as written when it cannot be read)")
    boolean restated;

    @Option(names = "--decoding", defaultValue = "greedy", description = "with --set: greedy (default); verified:K as the "
            + "tutor uses the model: the first step as a hint gives it (K candidates, greedy then samples, the first the "
            + "grading module verifies) and full solutions by the tutor's verified solver (the greedy whole solution when it "
            + "verifies, else on step by step from its last verified step); verified-steps:K the same, full solutions step "
            + "by step from the first step")
    String decoding;

    @Option(names = "--write-manifest", description = "record the figures in the model's model.json")
    boolean write;

    @Option(names = "--failures", description = "print up to 60 failures to standard error")
    boolean showFailures;

    @Mixin
    ModelOption modelOption;

    @Override
    public Integer call() throws Exception {
        List<Family> families = Solvers.families().stream().filter(f -> only.isEmpty() || only.contains(f.name())).toList();
        if (families.isEmpty()) return GradeCommand.error(spec.commandLine().getOut(), "no family matches " + only);
        SetEvaluation.Decoding decoded;
        try {
            decoded = SetEvaluation.Decoding.parse(decoding);
        } catch (IllegalArgumentException e) {
            return GradeCommand.error(spec.commandLine().getOut(), e.getMessage());
        }
        if (decoded.verified() && (set == null || generations != null))
            return GradeCommand.error(spec.commandLine().getOut(),
                    "--decoding " + decoding + " needs --set and the model itself (not --generations)");
        if (decoded.verified() && write)
            return GradeCommand.error(spec.commandLine().getOut(), "--write-manifest records greedy figures only");
        try (LocalModel m = modelOption.load()) {
            if (set != null) return evaluateSet(m, decoded);
            ModelEvaluation.Result r = ModelEvaluation.run(m, seed, perFamily, families,
                    s -> spec.commandLine().getErr().println(s));
            String json = Json.write(r.figures());
            spec.commandLine().getOut().println(json);
            if (showFailures) r.failures().forEach(spec.commandLine().getErr()::println);
            if (write) {
                ObjectNode evaluation = (ObjectNode) Json.MAPPER.readTree(json);
                recordInManifest(m.folder(), manifest -> {
                    if (manifest.path("evaluation").has("handwritten"))
                        evaluation.set("handwritten", manifest.path("evaluation").get("handwritten")); // from --set, kept
                    manifest.set("evaluation", evaluation);
                });
            }
            return 0;
        } catch (ModelException e) {
            return GradeCommand.error(spec.commandLine().getOut(), "the model cannot be used: " + e.getMessage());
        }
    }

    private int evaluateSet(LocalModel m, SetEvaluation.Decoding decoded) throws Exception {
        if (!Files.isRegularFile(set)) return GradeCommand.error(spec.commandLine().getOut(), "there is no set file at " + set);
        List<SetEvaluation.Item> items;
        try {
            items = SetEvaluation.read(set);
        } catch (java.io.IOException e) {
            return GradeCommand.error(spec.commandLine().getOut(), "the set " + set.getFileName() + " cannot be read: "
                    + e.getMessage());
        }
        Consumer<String> progress = s -> spec.commandLine().getErr().println(s);
        SetEvaluation.Result r = generations == null
                ? SetEvaluation.run(m, items, progress, restated, decoded)
                : SetEvaluation.run(SetEvaluation.Generator.fromFile(generations),
                        new app.stepwise.model.PromptFormat(m.manifest()),
                        m.manifest().can("read"), items, progress);
        String json = Json.write(r.figures());
        spec.commandLine().getOut().println(json);
        if (showFailures) r.failures().forEach(spec.commandLine().getErr()::println);
        if (write) {
            var all = Json.MAPPER.readTree(json).path("all");
            recordInManifest(m.folder(), manifest -> {
                ObjectNode evaluation = manifest.has("evaluation") && manifest.get("evaluation").isObject()
                        ? (ObjectNode) manifest.get("evaluation")
                        : manifest.putObject("evaluation");
                evaluation.set("handwritten", all);
            });
        }
        return 0;
    }

    /**
     * Rewrites the model's model.json with {@code update} applied, in one step: a full disk or a crash leaves the old
     * manifest whole (without it the model would not load).
     */
    private static void recordInManifest(Path folder, Consumer<ObjectNode> update) throws java.io.IOException {
        Path file = folder.resolve("model.json");
        ObjectNode manifest = (ObjectNode) Json.MAPPER.readTree(file.toFile());
        update.accept(manifest);
        AtomicFile.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
    }
}
