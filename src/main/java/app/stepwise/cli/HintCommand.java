package app.stepwise.cli;

import app.stepwise.lesson.TeacherSettings;
import app.stepwise.model.LocalModel;
import app.stepwise.model.ModelException;
import app.stepwise.tutor.HintService;
import app.stepwise.tutor.ProblemContext;
import app.stepwise.tutor.ReadWork;
import app.stepwise.tutor.ProblemKinds;
import app.stepwise.tutor.ProblemReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stepwise hint}: the next-step hint for a pack problem or free text, verified by the math engine where possible. */
@Command(name = "hint", description = "A verified next-step hint: from the local model, else the solver, else the authored ladder.")
final class HintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(arity = "0..2", paramLabel = "PACK PROBLEM_ID")
    List<String> args = List.of();

    @Option(names = "--text", description = "free problem text, read into a checkable problem where Stepwise can")
    String text;

    @Option(names = "--work", description = "the student's working so far, one line per step (a file, or - for standard input)")
    String work;

    @Option(names = "--level", defaultValue = "3", description = "1 a nudge, 2 the operation, 3 the resulting line")
    int level;

    @Option(names = "--no-model", description = "solver and authored hints only")
    boolean noModel;

    @Option(names = "--json")
    boolean json;

    @Mixin
    ModelOption modelOption;

    @Mixin
    TeacherOption teacherOption;

    @Override
    public Integer call() {
        ProblemContext ctx = null;
        TeacherSettings limits = TeacherSettings.OPEN;
        if (text != null) {
            // read below, once the model (whose reading task may help) is loaded
        } else if (args.size() == 2) {
            PackArg named = PackArg.read(args.get(0), args.get(1));
            if (named.problem().isEmpty()) return GradeCommand.error(spec.commandLine().getOut(), named.error());
            ctx = ProblemContext.of(ReadWork.complete(named.problem().get()));
            limits = teacherOption.store().settingsFor(named.pack().get());
        } else {
            return GradeCommand.error(spec.commandLine().getOut(), "give PACK PROBLEM_ID, or --text \"problem\"");
        }
        if (level < 1 || level > 3) return GradeCommand.error(spec.commandLine().getOut(), "--level is 1, 2 or 3");
        List<String> lines;
        try {
            lines = work == null
                    ? List.of()
                    : work.equals("-")
                            ? new String(System.in.readNBytes(1_000_000), StandardCharsets.UTF_8).lines().toList()
                            : Files.readAllLines(Path.of(work), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return GradeCommand.error(spec.commandLine().getOut(), "cannot read the work file: " + e.getMessage());
        }
        Optional<LocalModel> model = Optional.empty();
        String modelProblem = null;
        String modelDetail = null;
        if (!noModel && limits.modelHints()) {
            try {
                model = Optional.of(modelOption.load());
            } catch (ModelException e) {
                modelProblem = e.getMessage(); // hints still come from the solver or the ladder
                modelDetail = e.withDetail();
            }
        }
        try {
            if (ctx == null) ctx = ProblemContext.fromText(text, model);
            final Optional<LocalModel> m = model;
            HintService.Hint h = new HintService(() -> m, 4, 3000).next(ctx, lines, level, s -> {}, () -> false, limits);
            int shownLevel = Math.min(level, limits.maxHintLevel());
            Map<String, Object> out = new LinkedHashMap<>();
            if (text != null) {
                out.put("reading", ctx.reading().map(ProblemReader.Reading::summary)
                        .orElse(ProblemReader.whyNotRead(text).english()));
                ctx.reading().ifPresent(r -> out.put("family", r.family()));
                ctx.reading().ifPresent(r -> out.put("readBy", r.source()));
            }
            out.put("hint", h.hint());
            out.put("step", h.step());
            out.put("verified", h.verified());
            out.put("source", h.source().id());
            out.put("candidates", h.candidates());
            out.put("ms", h.ms());
            out.put("level", shownLevel);
            if (shownLevel < level) out.put("limitedByTeacher", "hints for this pack go up to level " + shownLevel);
            out.put("ladder", h.ladder());
            if (!h.note().isEmpty()) out.put("note", h.note());
            if (modelProblem != null) out.put("modelProblem", modelProblem);
            boolean refused = text != null && ctx.reading().isEmpty() && !h.verified();
            if (refused) out.put("refusal", ProblemKinds.refusal(text).english()); // what it can check, and an example
            if (json) {
                spec.commandLine().getOut().println(Json.write(out));
            } else if (refused) {
                // said once, as solve --text does (the empty hint's "can't check" and "(none, not verified)" add nothing)
                spec.commandLine().getOut().println(ProblemKinds.refusal(text).english());
            } else {
                if (text != null)
                    spec.commandLine().getOut()
                            .println(ctx.reading().map(r -> r.summary() + ".").orElse(ProblemReader.CANNOT_CHECK));
                spec.commandLine().getOut().println(h.hint());
                if (shownLevel < level)
                    spec.commandLine().getOut()
                            .println("(the teacher allows hints up to level " + shownLevel + " for this pack)");
                spec.commandLine().getOut()
                        .println("(" + h.source().id() + (h.verified()
                                ? ", verified" + ModelReadNote.of(ctx.reading())
                                : ", not verified") + ", " + h.ms() + " ms)");
                if (modelProblem != null)
                    spec.commandLine().getErr().println("stepwise: the model could not be used: " + modelDetail);
            }
            if (refused) {
                // a problem Stepwise cannot read and no verified hint: a refusal, not a success
                spec.commandLine().getErr().println("stepwise: " + ProblemReader.CANNOT_CHECK);
                return 1;
            }
            return 0;
        } finally {
            model.ifPresent(LocalModel::close);
        }
    }
}
