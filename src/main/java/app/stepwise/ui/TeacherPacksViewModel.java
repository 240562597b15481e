package app.stepwise.ui;

import app.stepwise.app.AppPaths;
import app.stepwise.app.Packs;
import app.stepwise.author.ContentCheck;
import app.stepwise.author.ImportException;
import app.stepwise.author.ImportReport;
import app.stepwise.author.MoodleXml;
import app.stepwise.author.OatutorImport;
import app.stepwise.lesson.AtomicFile;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Library;
import app.stepwise.lesson.PackIds;
import app.stepwise.lesson.PackProblem;
import app.stepwise.lesson.TeacherSettings;
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

    void load() {
        BackgroundTask.wrap(ctx -> Packs.library().load()).named("read packs for teacher mode").withBudget(BUDGET)
                .onSuccess(read -> {
                    reports = List.copyOf(read);
                    list();
                })
                .onFailure(e -> status.set(t.get("library.unreadable"))).executeWith(app.tasks());
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

    /** The file name Export suggests: the pack's title made safe for any system, not its id (new19: "my-pack"). */
    String exportName(int index) {
        String name = index < 0 || index >= packs.size()
                ? "pack"
                : packs.get(index).pack().map(p -> PackIds.fileName(p.title(), p.id())).orElse("pack");
        return name + Library.PACK_EXTENSION;
    }

    /**
     * Export: the chosen pack as one file ({@code .stepwise-pack}, the pack's own JSON) to copy to another computer or
     * account, where Import pack… adds it. A pack's pictures are not in that file; the status says so when it has some.
     */
    void exportPack(int index, Path target) {
        Optional<Item> c = chosen(index, "teacher.export");
        if (c.isEmpty()) return;
        Item i = c.get();
        boolean pictures = i.pack().get().problems().stream().anyMatch(p -> p.image().isPresent());
        // readable by the colleague's account it is handed to (a copy of the private pack file was private too)
        BackgroundTask.wrap(ctx -> {
            AtomicFile.writeToShare(target, out -> Files.copy(i.file(), out));
            return target;
        })
                .named("export pack").withBudget(BUDGET)
                .onSuccess(written -> status.set(t.get("teacher.exported", i.title(), written)
                        + (pictures ? " " + t.get("teacher.exported.pictures") : "")))
                .onFailure(e -> status.set(t.get("teacher.export.failed", target)))
                .executeWith(app.tasks());
    }

    /** What importing a pack file came to: the pack added, or why not, in the teacher's language. */
    private record Added(boolean ok, String said) {}

    /**
     * Import pack…: a pack file (an exported {@code .stepwise-pack} or a {@code .json}) is checked as the library reads
     * it and copied into this account's packs, where every student of the account finds it. A pack whose id is already
     * listed is refused rather than overwritten (its students' progress is kept by id).
     */
    void importPack(Path source) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        packs.forEach(i -> i.pack().ifPresent(p -> taken.add(p.id())));
        BackgroundTask.wrap(ctx -> {
            PackProblem.Report r = Packs.reader().read(source);
            if (!r.ok())
                return new Added(false, t.get("teacher.importPack.broken", source.getFileName(), r.problems().isEmpty()
                        ? ""
                        : where(r.problems().get(0))));
            LessonPack p = r.pack().get();
            Path target = AppPaths.userPacks().resolve(p.id() + ".json");
            if (taken.contains(p.id()) || Files.exists(target))
                return new Added(false, t.get("teacher.importPack.exists", p.title(), p.id()));
            Files.createDirectories(target.getParent());
            Files.copy(source, target);
            // imported even so, to be fixed in the editor; but the teacher hears of it now, before a student does
            List<ContentCheck.Finding> mistakes = ContentCheck.check(p).stream().filter(ContentCheck.Finding::error).toList();
            String done = t.get("teacher.importPack.done", p.title());
            return new Added(true, mistakes.isEmpty()
                    ? done
                    : done + " " + t.get("teacher.importPack.mistakes", mistakes.size(), t.get(mistakes.get(0).said())));
        }).named("import pack").withBudget(BUDGET).onSuccess(a -> {
            status.set(a.said());
            if (a.ok()) load();
        }).onFailure(e -> status.set(t.get("teacher.import.failed"))).executeWith(app.tasks());
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
