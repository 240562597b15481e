package app.stepwise.cli;

import app.stepwise.app.AppPaths;
import app.stepwise.app.Packs;
import app.stepwise.classroom.ClassReport;
import app.stepwise.classroom.ReportExport;
import app.stepwise.classroom.ResultsFile;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.PackProblem;
import app.stepwise.lesson.AtomicFile;
import app.stepwise.store.Health;
import app.stepwise.store.ProgressReader;
import app.stepwise.store.ProgressStore;
import app.stepwise.store.Records.Dataset;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stepwise report}: the class report of this machine's students plus the results files given, as JSON, CSV or
 * a printable HTML page; {@code --export FILE} writes this machine's results file.
 */
@Command(name = "report", description = {"The class report: this computer's students plus the results files given.",
        "Exit 0 done, 1 a results file was refused or this computer's progress could not be read (the reason is printed),"
                + " 2 bad usage."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    static final class Format {
        @Option(names = "--json", description = "every table as one JSON object")
        boolean json;

        @Option(names = "--csv", description = "one table as CSV on standard output (--table), or every table into --out DIR")
        boolean csv;
    }

    @ArgGroup(exclusive = true)
    Format format = new Format();

    @Option(names = "--table", defaultValue = "mastery", description = "with --csv: mastery, misconceptions, hints, time, timeline or students")
    String table;

    @Option(names = "--out", paramLabel = "DIR", description = "with --csv: write every table as DIR/NAME.csv (UTF-8 with BOM)")
    Path out;

    @Option(names = "--html", paramLabel = "FILE", description = "also write the printable one-page class summary")
    Path html;

    @Option(names = "--no-local", description = "leave out this computer's own students")
    boolean noLocal;

    @Option(names = "--export", paramLabel = "FILE", description = "write this computer's results file (for the teacher's USB stick) and stop")
    Path export;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "20", description = "how long to wait for this computer's progress file when another program holds it (default: ${DEFAULT-VALUE})")
    int waitSeconds;

    @Parameters(paramLabel = "RESULTS", arity = "0..*", description = "results files exported on other computers")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path db = AppPaths.userDir().resolve("progress.db");
        if (waitSeconds < 1) {
            err.println("stepwise: --wait takes a number of seconds, at least 1");
            return 2;
        }
        Duration wait = Duration.ofSeconds(waitSeconds);
        if (export != null) {
            if (!Files.exists(db)) {
                err.println("stepwise: there is no progress on this computer yet (" + db + ")");
                return 1;
            }
            try {
                Dataset d = ProgressReader.localDataset(db, wait);
                ResultsFile.write(d, export);
                o.println("Wrote the results of " + Counted.of(d.profiles().size(), "student") + " ("
                        + Counted.of(d.attempts().size(), "answer") + ") to " + export);
            } catch (ProgressReader.NotReadException e) {
                err.println("stepwise: " + e.getMessage() + "; no results file was written");
                return 1;
            }
            return 0;
        }
        List<ResultsFile.Read> read = new ArrayList<>();
        boolean refused = false;
        for (Path f : files) {
            try {
                read.add(ResultsFile.read(f));
            } catch (ResultsFile.RefusedException e) {
                err.println("stepwise: " + e.getMessage());
                refused = true;
            }
        }
        if (refused) return 1;
        boolean local = !noLocal && Files.exists(db);
        ClassReport report;
        try {
            report = local && read.isEmpty()
                    ? ClassReport.of(ProgressReader.classTotals(db, wait), skillTitles())
                    : withResultsFiles(local ? db : null, wait, read);
        } catch (ProgressReader.NotReadException e) {
            err.println("stepwise: " + e.getMessage() + (read.isEmpty()
                    ? ""
                    : " (or leave this computer's students out with --no-local)"));
            return 1;
        }
        if (html != null) {
            boolean replacing = Files.exists(html);
            try {
                AtomicFile.writeString(html, ReportExport.html(report, "Class summary"));
            } catch (IOException e) { // a full disk: the summary printed before stays whole
                return ExportCommand.cannotWrite(err, html, replacing, e);
            }
        }
        if (format.json) {
            o.println(Json.write(report));
        } else if (format.csv) {
            Map<String, String> tables = ReportExport.csvTables(report);
            if (out != null) {
                for (Path p : ReportExport.writeCsv(report, out)) err.println("wrote " + p);
            } else if (!tables.containsKey(table)) {
                err.println("stepwise: no table called \"" + table + "\"; use one of " + String.join(", ", tables.keySet()));
                return 2;
            } else {
                o.print(tables.get(table));
            }
        } else {
            printText(o, report);
        }
        o.flush();
        return 0;
    }

    /**
     * The report of this computer's class (when {@code db} is given) plus the results files, made in a scratch copy so
     * that the progress file itself is left as it is.
     */
    private static ClassReport withResultsFiles(Path db, Duration wait, List<ResultsFile.Read> read)
            throws IOException, ProgressReader.NotReadException {
        Path scratch = Files.createTempDirectory("stepwise-report");
        try {
            Path copy = scratch.resolve("class.db");
            if (db != null) ProgressReader.copy(db, copy, wait);
            try (ProgressStore cls = ProgressStore.open(copy)) {
                try {
                    for (ResultsFile.Read r : read) cls.importDataset(r.data(), r.sha256(), SCRATCH_BUDGET);
                    if (!cls.health().ok()) throw cannotMake(scratchTrouble(cls.health()));
                    return ClassReport.of(cls.classTotals(SCRATCH_BUDGET), skillTitles());
                } catch (ProgressStore.Unanswered e) { // never a class of nobody, nor one without some of its files
                    throw cannotMake(!cls.health().ok()
                            ? scratchTrouble(cls.health())
                            : e.busy()
                                    ? "the computer is too busy to put it together within " + SCRATCH_BUDGET.toSeconds()
                                            + " s; try again in a minute"
                                    : "its working copy could not be read (" + e.getMessage() + ")");
                }
            }
        } finally {
            try (Stream<Path> all = Files.walk(scratch)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * How long each step of putting the report together in its scratch copy (one results file added, the totals read)
     * may take: the copy is this command's own, so only a very busy computer makes it wait.
     */
    static final Duration SCRATCH_BUDGET = Duration.ofSeconds(60);

    private static IOException cannotMake(String why) {
        return new IOException("the report could not be made: " + why + "; nothing was written, and nothing was lost");
    }

    /**
     * Why the report's scratch copy could not be made, in the report's words (the store's own message speaks of the
     * student's progress, which is not at stake here).
     */
    private static String scratchTrouble(Health h) {
        return switch (h.kind()) {
            case FULL -> "there is no room on the disk for its working copy";
            default -> "its working copy in " + System.getProperty("java.io.tmpdir") + " could not be written";
        };
    }

    private static void printText(PrintWriter o, ClassReport r) {
        o.println(Counted.of(r.students().size(), "student") + ", " + Counted.of(r.skills().size(), "skill"));
        for (ClassReport.HintRow h : r.hintDependence()) {
            long mastered = r.mastery().stream().filter(c -> c.student().equals(h.student()) && c.mastered()).count();
            double minutes = r.time().stream().filter(t -> t.student().equals(h.student()))
                    .mapToDouble(ClassReport.TimeRow::minutes).sum();
            o.println(String.format(Locale.ROOT, "  %-24s %2d/%d %s mastered, %3d %-9s %4.1f hints/problem, %5.1f min", h.name(),
                    mastered, r.skills().size(), Counted.noun(r.skills().size(), "skill"), h.problemsTried(),
                    Counted.noun(h.problemsTried(), "problem") + ",", h.hintsPerProblem(), minutes));
        }
        r.misconceptions().stream().limit(5).forEach(m -> o.println(
                "  misconception: " + m.misconception() + " in "
                        + (m.pack().equals(app.stepwise.tutor.TypedProblem.PACK_ID)
                                ? "a typed-in problem"
                                : m.pack() + "/" + m.problem())
                        + " (" + m.times() + "×, "
                        + Counted.of(m.students(), "student") + ")"));
    }

    /** Skill titles from the packs on this computer. */
    private static Map<String, String> skillTitles() {
        Map<String, String> titles = new HashMap<>();
        for (PackProblem.Report r : Packs.library().load()) {
            r.pack().map(LessonPack::skills).orElse(List.of()).forEach(s -> titles.putIfAbsent(s.id(), s.title()));
        }
        return titles;
    }
}
