package app.stepwise.cli;

import app.stepwise.solve.Corpus;
import app.stepwise.solve.Family;
import app.stepwise.solve.Solvers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stepwise corpus}: writes the model's training data (format: models/training/README.md). */
@Command(name = "corpus", description = "Write verified worked solutions as gzipped JSONL shards for model training.")
final class CorpusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--out", required = true, description = "output folder")
    Path out;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--problems", defaultValue = "200000")
    int problems;

    @Option(names = "--out-of-scope", defaultValue = "-1", description = "out-of-scope problems (family none) for the reading view (default: one per 20 problems)")
    int outOfScope;

    @Option(names = "--families", split = ",", description = "only these families (default: all)")
    List<String> only = new ArrayList<>();

    @Option(names = "--from-set", description = "instead of generating: records from these hand-written sets "
            + "(eval-reader's format): each text the verified reader reads to the set's answer (else, see --labels, read from "
            + "its labels), or refuses when out of scope")
    List<Path> fromSets = new ArrayList<>();

    @Option(names = "--exclude", description = "with --from-set: sets whose problems stay out (a held-out set), by id and text")
    List<Path> exclude = new ArrayList<>();

    @Option(names = "--repeat", defaultValue = "1", description = "with --from-set: copies of each record (each gets its own "
            + "wrong work; data.py varies the wording of each)")
    int repeat;

    @Option(names = "--labels", defaultValue = "solved", description = "with --from-set: a text the verified reader does not "
            + "read to the set's answer is read from the set's labels (family, task, start, unknown, givens): solved (the "
            + "default) where the labels' verified solution has the set's answer and their numbers are the text's; checked "
            + "where the model's reading checks accept them too; none to write the reader's readings only")
    String labels;

    @Override
    public Integer call() throws Exception {
        if (!fromSets.isEmpty()) {
            if (repeat < 1) return GradeCommand.error(spec.commandLine().getOut(), "--repeat must be at least 1");
            HandCorpus.Labels mode;
            try {
                mode = HandCorpus.Labels.valueOf(labels.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return GradeCommand.error(spec.commandLine().getOut(), "--labels is solved, checked or none");
            }
            HandCorpus.Summary s = HandCorpus.write(fromSets, exclude, repeat, mode, out);
            java.io.PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "wrote %d read, %d from labels (%d pass the model's reading checks), %d out-of-scope (x%d) "
                    + "to %s; left out %d (label does not solve to its answer: %d solve to another, %d no solver takes; %d "
                    + "labels not of the text as written, %d refused by the reading checks), %d out of scope but "
                    + "read, %d held out%n", s.read(), s.fromLabels(), s.labelsChecked(), s.none(), repeat, out,
                    s.labelErrorCount() + s.notOfText() + s.refused() + s.notRead() + s.outOfScopeRead(), s.otherAnswer(),
                    s.unsolved(), s.notOfText(), s.refused(), s.outOfScopeRead(), s.excluded());
            if (s.notRead() > 0) o.printf(Locale.ROOT, "without labels: %d not read or read wrongly left out%n", s.notRead());
            o.println("families: " + s.perFamily());
            s.labelErrors().stream().limit(30).forEach(e -> spec.commandLine().getErr().println("label error: " + e));
            if (s.labelErrors().size() > 30)
                spec.commandLine().getErr().println("… and " + (s.labelErrors().size() - 30) + " more label errors");
            return 0;
        }
        if (problems < 1) return GradeCommand.error(spec.commandLine().getOut(), "--problems must be at least 1");
        List<Family> families = new ArrayList<>();
        for (Family f : Solvers.families()) if (only.isEmpty() || only.contains(f.name())) families.add(f);
        if (families.isEmpty()) return GradeCommand.error(spec.commandLine().getOut(), "no family matches " + only);
        Corpus.Summary s = Corpus.write(out, seed, problems, outOfScope < 0 ? Math.max(1, problems / 20) : outOfScope, families);
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s of %s to %s in %.1f s (%.0f problems/s)%n",
                Counted.of(s.problems(), "problem"), Counted.of(families.size(), "family", "families"), out, s.seconds(),
                s.problems() / s.seconds());
        spec.commandLine().getOut().println("splits: " + s.perSplit());
        spec.commandLine().getOut().println("sha256: " + s.sha256());
        return 0;
    }
}
