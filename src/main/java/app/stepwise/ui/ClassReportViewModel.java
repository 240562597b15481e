package app.stepwise.ui;

import app.stepwise.tutor.TypedProblem;
import app.stepwise.app.Packs;
import app.stepwise.classroom.ClassReport;
import app.stepwise.classroom.Classroom;
import app.stepwise.classroom.ReportExport;
import app.stepwise.classroom.ResultsFile;
import app.stepwise.lesson.AtomicFile;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.PackProblem;
import app.stepwise.text.Message;
import app.stepwise.text.Refusal;
import app.stepwise.text.SkillNames;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The class report in teacher mode: this laptop's students plus imported results files; import, export (results
 * file, CSV tables, printable summary) and managing the students of this laptop. All file and database work runs in
 * the background.
 */
final class ClassReportViewModel {
    /** An import, the report and the practice without a name after it, each waiting for the progress file at most {@link Classroom#CLASS_BUDGET}. */
    private static final Duration BUDGET = Classroom.CLASS_BUDGET.multipliedBy(4);
    private AppContext app;
    private final Duration storeBudget;
    private final ReadOnlyObjectWrapper<ClassReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unnamed = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper exportNote = new ReadOnlyStringWrapper("");
    private volatile Map<String, String> titles;
    private volatile Map<String, String> problemNames = Map.of();

    ClassReportViewModel(AppContext app) {
        this(app, Classroom.CLASS_BUDGET);
    }

    /** For tests: how long the report and an import wait for a busy progress file before saying so. */
    ClassReportViewModel(AppContext app, Duration storeBudget) {
        this.app = app;
        this.storeBudget = storeBudget;
        report.addListener((o, was, now) -> noteExport());
        noteExport();
    }

    ReadOnlyObjectProperty<ClassReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** How much was practised on this computer without a name (not in the tables), or empty when nothing was. */
    ReadOnlyStringProperty unnamedProperty() {
        return unnamed.getReadOnlyProperty();
    }

    /**
     * Why the printable summary and the CSV tables cannot be made just now (no report was read, or it has no student),
     * or empty when they can: the view disables those buttons and says this beside them.
     */
    ReadOnlyStringProperty exportNoteProperty() {
        return exportNote.getReadOnlyProperty();
    }

    private void noteExport() {
        ClassReport r = report.get();
        exportNote.set(r == null
                ? app.texts().get("report.export.unread")
                : r.students().isEmpty() ? app.texts().get("report.export.empty") : "");
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private Classroom classroom() {
        return app.tutor().classroom();
    }

    void refresh() {
        run("class report", () -> null, ignored -> {});
    }

    /**
     * A new language: problem names and the unnamed-practice line are said in it (read again in the background), then
     * the report is handed to the view once more so it draws it in the new words; the last status line goes.
     */
    void relabel(Texts texts) {
        app = app.withTexts(texts);
        status.set("");
        run("class report in a new language", () -> {
            readNames();
            return Boolean.TRUE;
        }, again -> {
            ClassReport same = report.get(); // an equal report tells its listeners nothing
            report.set(null);
            report.set(same);
            noteExport();
        });
    }

    /** Imports results files; each one refused says why, the others still come in. */
    void importFiles(List<Path> files) {
        if (files.isEmpty()) return;
        run("import results", () -> {
            List<String> lines = new ArrayList<>();
            for (Path f : files) {
                try {
                    Classroom.Imported i = classroom().importResults(f, storeBudget);
                    lines.add(i.alreadyImported() || i.newRows() == 0
                            ? app.texts().get("report.import.again", i.file())
                            : app.texts().get("report.import.done", i.file(), i.students()));
                } catch (ResultsFile.RefusedException e) {
                    lines.add(app.texts().get(e.said()));
                }
            }
            return String.join("\n", lines);
        }, status::set);
    }

    void exportResults(Path file) {
        run("export results", () -> saving(file, () -> {
            classroom().exportResults(file);
            return app.texts().get("report.exported", file.getFileName());
        }), status::set);
    }

    void exportCsv(Path folder) {
        run("export CSV", () -> {
            if (report.get() == null) return app.texts().get("report.nothingToSave", folder.getFileName());
            List<Path> written = ReportExport.writeCsv(report.get(), folder);
            return app.texts().get("report.csv.done", written.size(), folder);
        }, status::set);
    }

    void exportSummary(Path file) {
        run("printable summary", () -> saving(file, () -> {
            // no report was read (a busy or unreadable progress file): nothing is written, and the reason is said
            if (report.get() == null) return app.texts().get("report.nothingToSave", file.getFileName());
            ClassReportTexts words = new ClassReportTexts(app.texts());
            AtomicFile.writeString(file, ReportExport.html(report.get(), app.texts().get("report.summary.title"),
                    app.texts().locale(), words::misconceptionName, this::problemName));
            return app.texts().get("report.summary.done", file.getFileName());
        }), status::set);
    }

    /**
     * Runs work that replaces {@code file} through AtomicFile; when it cannot be written (a full disk, a folder that
     * is read-only) says so, and that the file that was there is unchanged.
     */
    private String saving(Path file, ThrowingSupplier<String> work) throws Exception {
        try {
            return work.get();
        } catch (java.io.IOException e) {
            return app.texts().get("report.cannotSave", file.getFileName());
        }
    }

    void rename(String student, String name) {
        run("rename student", () -> {
            try {
                classroom().renameStudent(student, name);
                return app.texts().get("report.renamed", name);
            } catch (IllegalArgumentException e) {
                return e instanceof Refusal r ? app.texts().get(r.said()) : e.getMessage();
            }
        }, status::set);
    }

    void clearPictures(String student) {
        run("reset pictures", () -> {
            classroom().clearPicture(student);
            return app.texts().get("report.picturesCleared");
        }, status::set);
    }

    void delete(String student) {
        run("delete student", () -> {
            classroom().deleteStudent(student);
            return app.texts().get("report.deleted");
        }, status::set);
    }

    /** Whether the student is one of this laptop's (imported ones are managed on their own laptop). */
    boolean local(ClassReport.StudentRow s) {
        return s.origin().equals("this computer");
    }

    /**
     * Some work, then the report read again; the message (if any) goes to the status line. When the progress file is
     * busy the report shown stays as it was (none, at first) and the status line says so: never a class of no students.
     */
    private <T> void run(String name, ThrowingSupplier<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        BackgroundTask.wrap(ctx -> {
            T result = work.get();
            ClassReport read;
            try {
                read = classroom().report(skillTitles(), storeBudget);
            } catch (Classroom.ReportUnavailable e) {
                // the practice without a name is not asked for too: the file just failed to answer; its line says why
                return new Outcome<T>(result, null, unnamedLine(e), e.said());
            }
            return new Outcome<>(result, read, unnamedLine(), null);
        }).named(name).withBudget(BUDGET).onSuccess(o -> {
            busy.set(false);
            unnamed.set(o.unnamed());
            if (o.report() != null) report.set(o.report());
            if (o.result() != null) done.accept(o.result());
            if (o.unavailable() != null) {
                String said = app.texts().get(o.unavailable());
                status.set(o.result() instanceof String && !status.get().isEmpty() ? status.get() + "\n" + said : said);
            }
        }).onFailure(e -> {
            busy.set(false);
            status.set(app.texts().get("report.failed"));
        }).executeWith(app.tasks());
    }

    /**
     * The line on practice without a name: how much there was, nothing when there was none, or that it could not be
     * counted (a busy or unreadable progress file), never nothing then.
     */
    private String unnamedLine() {
        try {
            Classroom.Unnamed u = classroom().unnamedPractice(storeBudget);
            return u.answers() == 0 ? "" : app.texts().get("report.unnamed", u.answers(), u.problems());
        } catch (Classroom.ReportUnavailable e) {
            return app.texts().get(e.said());
        }
    }

    /** The line when the report itself could not be read: the count could not be either, for the same reason. */
    private String unnamedLine(Classroom.ReportUnavailable why) {
        return app.texts().get(why.forUnnamed());
    }

    /** What a piece of work gave, the report read after it (or why it could not be read) and the unnamed line. */
    private record Outcome<T>(T result, ClassReport report, String unnamed, Message unavailable) {}

    @FunctionalInterface
    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    /**
     * A problem as the students saw it, "Linear equations · problem 2", from the packs on this computer; one of a pack
     * not here (results from another laptop) by its ids.
     */
    String problemName(String pack, String problem) {
        skillTitles();
        if (pack.equals(TypedProblem.PACK_ID)) return app.texts().get("report.typedIn");
        String name = problemNames.get(pack + "/" + problem);
        return name != null ? name : pack + " / " + problem;
    }

    /** Skill titles and problem names from the packs on this computer (read once). */
    private Map<String, String> skillTitles() {
        if (titles == null) readNames();
        return titles;
    }

    private void readNames() {
        Texts t = app.texts();
        Map<String, String> out = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (PackProblem.Report r : Packs.library().load()) {
            if (r.pack().isEmpty()) continue;
            LessonPack p = r.pack().get();
            p.skills().forEach(s -> out.putIfAbsent(s.id(), t.get(SkillNames.of(s.id(), s.title()))));
            for (int i = 0; i < p.problems().size(); i++)
                names.putIfAbsent(p.id() + "/" + p.problems().get(i).id(), t.get("report.problem", p.title(), i + 1));
        }
        for (String id : SkillNames.ids()) out.putIfAbsent(id, t.get(SkillNames.of(id, ""))); // a typed-in problem's skills
        problemNames = names;
        titles = out;
    }
}
