package app.stepwise.ui;

import app.stepwise.app.AppPaths;
import app.stepwise.app.Packs;
import app.stepwise.author.Autosave;
import app.stepwise.author.ContentCheck;
import app.stepwise.author.ImportException;
import app.stepwise.author.ImportReport;
import app.stepwise.author.MoodleXml;
import app.stepwise.author.OatutorImport;
import app.stepwise.author.PackArchive;
import app.stepwise.author.PackInstall;
import app.stepwise.lesson.AtomicFile;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Library;
import app.stepwise.lesson.PackIds;
import app.stepwise.lesson.PackProblem;
import app.stepwise.lesson.TeacherSettings;
import app.stepwise.classroom.Classroom;
import app.stepwise.teacher.TeacherException;
import app.stepwise.teacher.TeacherSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Teacher mode's first screen: every pack (bundled and the teacher's own), to edit, create, import, or set what students see. */
final class TeacherPacksViewModel {
    private static final Duration BUDGET = Duration.ofSeconds(30);
    /** How long an import's question waits for the progress file to count the work on removed problems. */
    static final Duration WORK_BUDGET = Duration.ofSeconds(5);

    /** One pack as listed. */
    record Item(String title, String details, Path file, Optional<LessonPack> pack) {}

    private final AppContext app;
    private final Navigator navigator;
    private final TeacherSession session;
    private Texts t;
    /** The folders as last read, so a language change says the list again without reading them. */
    private List<PackProblem.Report> reports = List.of();
    private final ObservableList<Item> packs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    TeacherPacksViewModel(AppContext app, Navigator navigator, TeacherSession session) {
        this.app = app;
        this.navigator = navigator;
        this.session = session;
        this.t = app.texts();
    }

    ObservableList<Item> packs() {
        return packs;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A new pack's draft that was never saved (Stepwise closed before), as offered: its title and when it was autosaved. */
    record Unsaved(Path file, String said) {}

    private final ObservableList<Unsaved> unsaved = FXCollections.observableArrayList();
    private List<Autosave.Unsaved> drafts = List.of();

    /** The drafts of new packs never saved, newest first, offered back with Open and Discard. */
    ObservableList<Unsaved> unsaved() {
        return unsaved;
    }

    private record Read(List<PackProblem.Report> packs, List<Autosave.Unsaved> drafts) {}

    /** A reading of the folders runs (from its start to its end, failure included). */
    private boolean loading;
    /** The folders were asked for again while a reading ran: they are read once more after it. */
    private boolean readAgain;

    /**
     * Reads the pack folders and the unsaved drafts in the background. Asked again while a reading runs (the teacher
     * came back from the editor or the class report during the first reading), no second reading starts beside it, as
     * for the library (load23: on a starved computer the two would share its little processor time); once the running
     * one has listed the packs, the folders are read once more, so what changed meanwhile is listed too.
     */
    void load() {
        if (loading) {
            readAgain = true;
            return;
        }
        readAgain = false;
        BackgroundTask.wrap(ctx -> new Read(Packs.library().load(Library.Progress.NONE, ctx::cancelled),
                Autosave.leftUnsaved(AppPaths.userDir().resolve("drafts"))))
                .named("read packs for teacher mode").withBudget(BUDGET).withPatience(LibraryViewModel.READ_PATIENCE)
                .onRunning(() -> {
                    loading = true;
                    if (packs.isEmpty() && status.get().isEmpty()) status.set(t.get("library.reading")); // not a blank box
                })
                .onSlow(() -> status.set(t.get("library.reading.slow")))
                .onSuccess(read -> {
                    if (saidWhileReading()) status.set("");
                    reports = List.copyOf(read.packs());
                    drafts = List.copyOf(read.drafts());
                    list();
                })
                .onFailure(e -> {
                    readAgain = false; // the next return to the list reads again
                    status.set(t.get(LibraryViewModel.unreadSaid(e)));
                })
                .onFinished(() -> {
                    loading = false;
                    if (readAgain) load();
                })
                .executeWith(app.tasks());
    }

    /** Whether the status line says only that the packs are being read (what a teacher did meanwhile is kept). */
    private boolean saidWhileReading() {
        return status.get().equals(t.get("library.reading")) || status.get().equals(t.get("library.reading.slow"));
    }

    private void list() {
        List<Item> items = new ArrayList<>();
        for (PackProblem.Report r : reports) {
            String details = r.pack()
                    .map(p -> t.get("teacher.pack.details", p.problems().size(), describe(app.tutor().settingsFor(p), t)))
                    .orElse(r.problems().isEmpty() ? "" : t.get(r.problems().get(0).said()));
            items.add(new Item(r.pack().map(LessonPack::title).orElse(r.file().getFileName().toString()), details, r.file(),
                    r.pack()));
        }
        packs.setAll(items);
        var when = java.time.format.DateTimeFormatter
                .ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                .withLocale(t.locale()).withZone(java.time.ZoneId.systemDefault());
        unsaved.setAll(drafts.stream().map(d -> new Unsaved(d.file(), d.title().isEmpty()
                ? t.get("teacher.unsaved.untitled", when.format(d.written()))
                : t.get("teacher.unsaved", d.title(), when.format(d.written())))).toList());
    }

    /** Opens an unsaved pack's draft in the editor, which goes on autosaving into it until the pack is saved. */
    void openDraft(Unsaved d) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (PackProblem.Report r : reports) r.pack().ifPresent(p -> taken.add(p.id()));
        navigator.go(new AuthorRoutes.Editor(Optional.empty(),
                PackEditorViewModel.blank(PackEditorViewModel.newId("", taken), t.locale().getLanguage()),
                java.util.Set.copyOf(taken), Optional.of(d.file())));
    }

    /** The teacher does not want an unsaved pack's draft: it is deleted (it was never a pack in the library). */
    void discardDraft(Unsaved d) {
        BackgroundTask.wrap(() -> {
            try {
                Files.deleteIfExists(d.file());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).named("discard draft").withBudget(BUDGET).onSuccess(v -> {
            status.set(t.get("teacher.unsaved.discarded"));
            load();
        }).onFailure(e -> status.set(t.get("teacher.unsaved.discardFailed"))).executeWith(app.tasks());
    }

    /**
     * The pack to choose when the list is read (its index in {@code now}): a pack that was not there when the list was
     * last read ({@code before}), just made or imported, so Export and Edit act on it; else the one chosen before; else
     * the first, so Edit works at once (ui17: the list opened with nothing chosen, row 1's focus ring looked chosen, and
     * Edit said "choose a pack first").
     */
    static int toChoose(List<Path> before, List<Path> now, Path chosen) {
        if (!before.isEmpty())
            for (int i = 0; i < now.size(); i++)
                if (!before.contains(now.get(i))) return i;
        return chosen == null ? 0 : Math.max(0, now.indexOf(chosen));
    }

    /** A new language: the packs as last read are said in it; the last status line, said in the old one, goes. */
    void relabel(Texts texts) {
        t = texts;
        status.set("");
        list();
    }

    /** The class report: the students on this computer and the results files imported. */
    void classReport() {
        navigator.go(new ClassroomRoutes.ClassReport());
    }

    /** A pack was chosen in the list: "choose a pack first" no longer applies. */
    void chosen(int index) {
        if (index < 0) return;
        if (status.get().equals(t.get("teacher.choosePack", t.get("teacher.edit")))
                || status.get().equals(t.get("teacher.choosePack", t.get("teacher.settings")))
                || status.get().equals(t.get("teacher.choosePack", t.get("teacher.export"))))
            status.set("");
    }

    /** Opens the pack at {@code index} in the editor; with none chosen (-1), says to choose one first. */
    void edit(int index) {
        chosen(index, "teacher.edit")
                .ifPresent(i -> navigator.go(new AuthorRoutes.Editor(Optional.of(i.file()), i.pack().get())));
    }

    /** The readable pack at {@code index}; with none chosen (-1) or a broken one, the status says why there is none. */
    private Optional<Item> chosen(int index, String action) {
        if (index < 0) {
            status.set(t.get("teacher.choosePack", t.get(action)));
            return Optional.empty();
        }
        if (index >= packs.size()) return Optional.empty();
        Item i = packs.get(index);
        if (i.pack().isEmpty()) {
            status.set(t.get("teacher.pack.broken", i.file().getFileName()));
            return Optional.empty();
        }
        return Optional.of(i);
    }

    /** New pack: an empty pack in the editor, its id made from the title as the teacher types it (never one taken). */
    void create() {
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (PackProblem.Report r : reports) r.pack().ifPresent(p -> taken.add(p.id()));
        String id = PackEditorViewModel.newId("", taken);
        navigator.go(new AuthorRoutes.Editor(Optional.empty(), PackEditorViewModel.blank(id, t.locale().getLanguage()),
                java.util.Set.copyOf(taken)));
    }

    /** Imports a Moodle XML file or an OATutor folder and opens the result in the editor, with the report shown. */
    void importFrom(Path source) {
        String id = source.getFileName().toString().replaceFirst("\\.[A-Za-z]+$", "").replaceAll("[^A-Za-z0-9._-]+", "-");
        BackgroundTask.wrap(ctx -> {
            ImportReport r = Files.isDirectory(source) ? OatutorImport.read(source, id, id) : MoodleXml.read(source, id, "");
            return r;
        }).named("import").withBudget(BUDGET).onSuccess(r -> {
            navigator.go(new AuthorRoutes.Editor(Optional.empty(), r.pack()));
            if (!r.notCarried().isEmpty())
                navigator.tell(t.get("teacher.import.heading"), t.get("teacher.import.report", r.pack().problems().size(),
                        String.join("\n• ", r.notCarried())));
        }).onFailure(e -> status.set(e instanceof ImportException ? e.getMessage() : t.get("teacher.import.failed")))
                .executeWith(app.tasks());
    }

    /**
     * The file name Export suggests: the pack's title made safe for any system, not its id (new19: "my-pack"); a
     * {@code .zip} for a pack that shows pictures (they go along in it), else a {@code .stepwise-pack}.
     */
    String exportName(int index) {
        String name = index < 0 || index >= packs.size()
                ? "pack"
                : packs.get(index).pack().map(p -> PackIds.fileName(p.title(), p.id())).orElse("pack");
        return name + (withPictures(index) ? ZIP : Library.PACK_EXTENSION);
    }

    private static final String ZIP = ".zip";

    /** Whether the pack at {@code index} shows pictures, so that Export writes it as a zip with them. */
    boolean withPictures(int index) {
        return index >= 0 && index < packs.size()
                && packs.get(index).pack().map(p -> p.problems().stream().anyMatch(q -> q.image().isPresent())).orElse(false);
    }

    /**
     * Export: the chosen pack to copy to another computer or account, where Import pack… adds it. A pack without pictures
     * is one file ({@code .stepwise-pack}, the pack's own JSON); a pack that shows pictures (or any pack saved under a
     * {@code .zip} name) is a zip of its {@code pack.json} and {@code images/}, as {@code stepwise export --to zip}
     * writes it, so the pictures go along. Import pack… takes either back.
     */
    void exportPack(int index, Path target) {
        Optional<Item> c = chosen(index, "teacher.export");
        if (c.isEmpty()) return;
        Item i = c.get();
        LessonPack pack = i.pack().get();
        long pictures = pack.problems().stream().filter(p -> p.image().isPresent())
                .map(p -> p.image().get().file()).distinct().count();
        boolean zip = pictures > 0 || target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(ZIP);
        // readable by the colleague's account it is handed to (a copy of the private pack file was private too)
        BackgroundTask.wrap(ctx -> {
            if (zip) {
                // a folder pack's other pictures go along too, as the folder has them
                Path images = i.file().getFileName().toString().equals(Library.FOLDER_PACK)
                        ? i.file().getParent().resolve("images")
                        : null;
                PackArchive.write(pack, images, target);
            } else
                AtomicFile.writeToShare(target, out -> Files.copy(i.file(), out));
            return target;
        })
                .named("export pack").withBudget(BUDGET)
                .onSuccess(written -> status.set(zip
                        ? t.get("teacher.exported.zip", i.title(), written, pictures)
                        : t.get("teacher.exported", i.title(), written)))
                .onFailure(e -> status.set(t.get("teacher.export.failed", target)))
                .executeWith(app.tasks());
    }

    /** What importing a pack file came to: the pack added, or why not, in the teacher's language. */
    private record Added(boolean ok, String said, Optional<Conflict> conflict) {
        Added(boolean ok, String said) {
            this(ok, said, Optional.empty());
        }
    }

    /** What the teacher may do with a pack whose id is already installed. */
    enum Choice {
        REPLACE,
        KEEP_BOTH,
        CANCEL
    }

    /**
     * An import waiting for the teacher's choice: a pack of the same id is installed. {@code said} names both versions and
     * what replacing changes; Replace is offered only for the teacher's own copy and a file that differs from it.
     */
    record Conflict(PackInstall.Incoming incoming, PackInstall.Installed installed, String heading, String said,
            boolean canReplace, java.util.Set<String> taken) {}

    private final javafx.beans.property.ReadOnlyObjectWrapper<Conflict> conflict = new javafx.beans.property.ReadOnlyObjectWrapper<>();

    /** The import waiting for a choice (Replace, Keep both, Cancel), or null; the view asks the teacher. */
    javafx.beans.property.ReadOnlyObjectProperty<Conflict> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /**
     * Import pack…: a pack file (an exported {@code .stepwise-pack} or a {@code .json}) is read once and checked whole as
     * the library reads it, then added to this account's packs, where every student of the account finds it. When a pack
     * of the same id is already there, nothing is written yet: {@link #conflictProperty()} says which version is
     * installed, which is imported and what replacing changes, and {@link #resolve} does what the teacher chose.
     */
    void importPack(Path source) {
        Conflict waiting = conflict.get();
        conflict.set(null);
        if (waiting != null && waiting.incoming().staged().isPresent()) // a question never answered: its unpacked copy goes
            BackgroundTask.wrap(() -> PackInstall.discard(waiting.incoming())).named("import pack: discard")
                    .withBudget(BUDGET).executeWith(app.tasks());
        BackgroundTask.wrap(ctx -> {
            PackInstall.Incoming in;
            // a zip or a folder (or the pack.json in one) brings its pictures: unpacked with the command line's checks
            // into a hidden folder of the packs, then moved into place whole; a single file is read as before
            boolean withPictures = PackInstall.withPictures(source);
            Path named = source.getFileName() != null && source.getFileName().toString().equals(Library.FOLDER_PACK)
                    ? source.toAbsolutePath().getParent()
                    : source;
            try {
                in = withPictures
                        ? PackInstall.stage(source, Packs.reader(), AppPaths.userPacks())
                        : PackInstall.read(source, Packs.reader());
            } catch (PackInstall.Refused e) {
                PackProblem.Report r = e.report();
                return new Added(false, t.get("teacher.importPack.broken", named.getFileName(),
                        r.problems().isEmpty() ? "" : where(r.problems().get(0))));
            } catch (ImportException e) {
                return new Added(false, t.get("teacher.importPack.refused", named.getFileName(),
                        e.said().map(t::get).orElse(e.getMessage())));
            }
            try {
                LessonPack p = in.pack();
                List<PackProblem.Report> library = Packs.library().load();
                Optional<PackInstall.Installed> there = PackInstall.installed(p.id(), library, AppPaths.userPacks());
                if (there.isPresent()) {
                    java.util.Set<String> taken = new java.util.HashSet<>();
                    library.forEach(r -> r.pack().ifPresent(x -> taken.add(x.id())));
                    return new Added(false, "", Optional.of(conflict(in, there.get(), taken))); // unpacked, it waits
                }
                PackInstall.add(in, AppPaths.userPacks());
                return new Added(true, withMistakes(t.get("teacher.importPack.done", p.title()), p));
            } catch (java.io.IOException | RuntimeException e) {
                PackInstall.discard(in);
                throw e;
            }
        }).named("import pack").withBudget(BUDGET).onSuccess(a -> {
            if (a.conflict().isPresent()) {
                status.set(a.conflict().get().heading());
                conflict.set(a.conflict().get());
                return;
            }
            status.set(a.said());
            if (a.ok()) load();
        }).onFailure(e -> status.set(t.get("teacher.import.failed"))).executeWith(app.tasks());
    }

    /** The teacher's choice for the import waiting in {@link #conflictProperty()}. */
    void resolve(Choice choice) {
        Conflict c = conflict.get();
        if (c == null) return;
        conflict.set(null);
        LessonPack p = c.incoming().pack();
        if (choice == Choice.CANCEL || (choice == Choice.REPLACE && !c.canReplace())) {
            status.set(t.get("teacher.importPack.cancelled", p.title()));
            if (c.incoming().staged().isPresent()) // the unpacked zip or folder goes
                BackgroundTask.wrap(() -> PackInstall.discard(c.incoming())).named("import pack: discard")
                        .withBudget(BUDGET).executeWith(app.tasks());
            return;
        }
        BackgroundTask.wrap(ctx -> {
            try {
                if (choice == Choice.REPLACE) {
                    PackInstall.replace(c.incoming(), c.installed());
                    return withMistakes(
                            t.get("teacher.importPack.replaced", p.title(), version(c.incoming().pack().version())), p);
                }
                Path added = PackInstall.keepBoth(c.incoming(), c.taken(), AppPaths.userPacks());
                String id = added.getFileName().toString().equals(Library.FOLDER_PACK)
                        ? added.getParent().getFileName().toString()
                        : added.getFileName().toString().replaceFirst("\\.json$", "");
                return withMistakes(t.get("teacher.importPack.keptBoth", p.title(), id), p);
            } finally {
                PackInstall.discard(c.incoming()); // nothing once it was moved into place
            }
        }).named("import pack: " + choice).withBudget(BUDGET).onSuccess(said -> {
            status.set(said);
            load();
        }).onFailure(e -> status.set(t.get("teacher.importPack.writeFailed", p.title()))).executeWith(app.tasks());
    }

    /** The conflict as the teacher reads it: both versions, what replacing changes, what keeping both means. */
    private Conflict conflict(PackInstall.Incoming in, PackInstall.Installed there, java.util.Set<String> taken) {
        LessonPack p = in.pack();
        // what the teacher chose: a folder (Import pack folder…) is called a folder, a pack file or zip a file
        int folder = java.nio.file.Files.isDirectory(in.source()) ? 1 : 0;
        List<String> lines = new ArrayList<>();
        boolean same = there.pack().map(x -> PackInstall.same(x, p)).orElse(false);
        if (there.pack().isPresent()) {
            LessonPack old = there.pack().get();
            lines.add(t.get("teacher.conflict.installed", version(old.version()), old.problems().size()));
            lines.add(t.get("teacher.conflict.incoming", version(p.version()), p.problems().size(), folder));
            PackInstall.compareVersions(p.version(), old.version()).filter(n -> n < 0)
                    .ifPresent(n -> lines.add(t.get("teacher.conflict.older", folder)));
            if (same) lines.add(t.get("teacher.conflict.same", folder));
            else {
                PackInstall.Changes ch = PackInstall.changes(old, p);
                if (p.version().strip().equals(old.version().strip()))
                    lines.add(t.get("teacher.conflict.sameVersion", version(p.version())));
                lines.add(t.get("teacher.conflict.changes", ch.added().size(), ch.changed().size(), ch.removed().size(),
                        ch.unchanged()));
                if (!ch.removed().isEmpty()) lines.add(workOnRemoved(p, ch.removed(), folder));
            }
        } else {
            lines.add(t.get("teacher.conflict.unreadable", there.file().getFileName()));
            lines.add(t.get("teacher.conflict.incoming", version(p.version()), p.problems().size(), folder));
        }
        boolean canReplace = there.replaceable() && !same;
        if (canReplace) lines.add(t.get("teacher.conflict.replace"));
        else if (!there.replaceable()) lines.add(t.get("teacher.conflict.bundled"));
        lines.add(t.get("teacher.conflict.keepBoth", p.title() + " (" + (p.version().isBlank()
                ? PackInstall.freeId(p.id(), taken, AppPaths.userPacks()).substring(p.id().length() + 1)
                : p.version()) + ")", folder));
        List<ContentCheck.Finding> mistakes = ContentCheck.check(p).stream().filter(ContentCheck.Finding::error).toList();
        if (!mistakes.isEmpty())
            lines.add(t.get("teacher.conflict.mistakes", mistakes.size(), t.get(mistakes.get(0).said()), folder));
        return new Conflict(in, there, t.get("teacher.conflict.heading", p.title(), p.id()), String.join("\n", lines), canReplace,
                java.util.Set.copyOf(taken));
    }

    /**
     * How many students have work on the problems the new version removes, read from the progress file within
     * {@link #WORK_BUDGET}; a busy or unreadable file is said, never "no student".
     */
    private String workOnRemoved(LessonPack p, List<String> removed, int folder) {
        String which = p.version().isBlank()
                ? t.get("teacher.conflict.thisFile", folder)
                : t.get("teacher.conflict.versionNamed", p.version().strip());
        try {
            Classroom.WorkOn w = app.tutor().classroom().workOn(p.id(), removed, WORK_BUDGET);
            return w.students() == 0
                    ? t.get("teacher.conflict.removedNoWork", which)
                    : t.get("teacher.conflict.removedWork", w.students(), w.problems(), which);
        } catch (Classroom.ReportUnavailable e) {
            return t.get(e.busy() ? "teacher.conflict.removedBusy" : "teacher.conflict.removedUnreadable", removed.size(),
                    which);
        }
    }

    /** A pack's version as said ("1.2"), or "no version" when it gives none. */
    private String version(String v) {
        return v.isBlank() ? t.get("teacher.conflict.noVersion") : v.strip();
    }

    /** The status of an added pack, with its content mistakes when it has some: the teacher hears of them before a student. */
    private String withMistakes(String done, LessonPack p) {
        List<ContentCheck.Finding> mistakes = ContentCheck.check(p).stream().filter(ContentCheck.Finding::error).toList();
        return mistakes.isEmpty()
                ? done
                : done + " " + t.get("teacher.importPack.mistakes", mistakes.size(), t.get(mistakes.get(0).said()));
    }

    /** A reader's finding with its line when it has one ("line 3: a comma is missing …"), in the teacher's language. */
    private String where(PackProblem p) {
        return p.line() > 0 ? t.get("library.pack.line", p.line(), t.get(p.said())) : t.get(p.said());
    }

    /**
     * The teacher's settings for what students of a pack see; none for a broken pack, and none with no pack chosen (-1),
     * when the status says to choose one first.
     */
    Optional<TeacherSettings> settings(int index) {
        if (index < 0) status.set(t.get("teacher.choosePack", t.get("teacher.settings")));
        if (index < 0 || index >= packs.size() || packs.get(index).pack().isEmpty()) return Optional.empty();
        return Optional.of(app.tutor().settingsFor(packs.get(index).pack().get()));
    }

    void saveSettings(int index, TeacherSettings s) {
        if (index < 0 || index >= packs.size() || packs.get(index).pack().isEmpty()) return;
        String packId = packs.get(index).pack().get().id();
        try {
            app.tutor().teacher().setSettings(session, packId, s);
            status.set(t.get("teacher.settings.saved", packId, describe(s, t)));
            load();
        } catch (TeacherException e) {
            status.set(e.said().map(t::get).orElse(e.getMessage()));
        }
    }

    /** What students of a pack may see, in the teacher's language (the command line keeps TeacherSettings.describe). */
    static String describe(TeacherSettings s, Texts t) {
        String solution = switch (s.showSolution()) {
            case ALWAYS -> t.get("teacher.describe.always");
            case NEVER -> t.get("teacher.describe.never");
            case AFTER_ATTEMPTS -> t.get("teacher.describe.after", s.afterAttempts());
        };
        return t.get("teacher.describe", solution, s.modelHints() ? 1 : 0, s.maxHintLevel());
    }
}
