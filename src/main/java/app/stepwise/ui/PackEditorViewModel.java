package app.stepwise.ui;

import app.stepwise.app.AppPaths;
import app.stepwise.app.Packs;
import app.stepwise.author.Autosave;
import app.stepwise.author.ContentCheck;
import app.stepwise.author.Generate;
import app.stepwise.lesson.AtomicFile;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.PackIds;
import app.stepwise.lesson.PackImage;
import app.stepwise.lesson.PackProblem;
import app.stepwise.lesson.PackReader;
import app.stepwise.text.Message;
import app.stepwise.lesson.PackWriter;
import app.stepwise.lesson.Problem;
import app.stepwise.text.SkillNames;
import app.stepwise.tutor.Checking;
import app.stepwise.tutor.ProblemSkills;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The pack editor's state and actions. The pack is held as editable drafts; after every change the pack-file text is
 * built from them and checked in the background by the same reader and content checks as {@code stepwise validate},
 * and autosaved. Saving writes the stable layout, and only a pack without errors and without unapproved generated
 * content.
 */
final class PackEditorViewModel {
    private static final Duration BUDGET = Duration.ofSeconds(20);
    private static final Pattern PROBLEM_POINTER = Pattern.compile("^/problems/(\\d+)(?:/([^/]+))?.*");

    /** One validation message, with the problem (or -1 for the pack) and the field it is about. */
    record Finding(int problem, String field, String message, boolean error, String pointer) {
        /** "✗ p3 · Answer: message", the pack and the field named as the editor names them in the teacher's language. */
        String label(List<ProblemDraft> problems, Texts t) {
            String where = problem >= 0 && problem < problems.size()
                    ? problems.get(problem).id.get()
                    : t.get("editor.finding.pack");
            return (error ? "✗ " : "⚠ ") + where
                    + (field.isEmpty() ? "" : " · " + EditorFieldNames.said(field, problem >= 0, t)) + ": " + message;
        }
    }

    private final AppContext app;
    private Texts t;
    private Path file;
    private final boolean bundled;

    final StringProperty packId = new SimpleStringProperty("");
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty subject = new SimpleStringProperty("math");
    final StringProperty level = new SimpleStringProperty("");
    final StringProperty language = new SimpleStringProperty("en");
    final StringProperty authors = new SimpleStringProperty("");
    final StringProperty version = new SimpleStringProperty("");
    final StringProperty description = new SimpleStringProperty("");
    /** One skill a line: "id: title". */
    final StringProperty skills = new SimpleStringProperty("");
    final ObservableList<ProblemDraft> problems = FXCollections.observableArrayList(ProblemDraft::fields);
    final IntegerProperty selected = new SimpleIntegerProperty(-1);
    final BooleanProperty dirty = new SimpleBooleanProperty(false);

    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tryVerdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper answerNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private Optional<LessonPack> valid = Optional.empty();
    /** The draft of the pack file being edited; a pack without a file yet has one of its own until it is saved. */
    private Autosave autosave;
    private boolean validating;
    private boolean asked;
    private boolean again;
    private ProblemDraft lastDeleted;
    private int lastDeletedAt = -1;
    private int counter;
    private final boolean newPack;

    PackEditorViewModel(AppContext app, Optional<Path> file, LessonPack pack) {
        this(app, file, pack, java.util.Set.of());
    }

    /** {@code takenIds}: the library's pack ids, which a new pack's id, made from its title, keeps clear of. */
    PackEditorViewModel(AppContext app, Optional<Path> file, LessonPack pack, java.util.Set<String> takenIds) {
        this(app, file, pack, takenIds, Optional.empty());
    }

    /**
     * {@code draft}: the autosaved draft of a pack never saved, left by a crash and chosen from the teacher's pack list;
     * the editor opens on it (as written, whether or not it reads as a pack yet) and goes on autosaving there.
     */
    PackEditorViewModel(AppContext app, Optional<Path> file, LessonPack pack, java.util.Set<String> takenIds,
            Optional<Path> draft) {
        this.app = app;
        this.t = app.texts();
        this.file = file.orElse(null);
        this.bundled = file.map(f -> f.toAbsolutePath().startsWith(AppPaths.bundledLessons().toAbsolutePath())).orElse(false);
        this.newPack = pack.title().isBlank();
        load(pack);
        selected.addListener((o, was, now) -> tryVerdict.set("")); // a verdict belongs to the problem it was tried on
        selected.addListener((o, was, now) -> noteAnswer());
        findings.addListener((ListChangeListener<Finding>) c -> noteAnswer());
        if (bundled) adoptImages(pack, imagesFolder());
        this.autosave = file.map(PackEditorViewModel::autosaveOf)
                .orElseGet(() -> draft.map(Autosave::at).orElseGet(() -> Autosave.unsaved(drafts())));
        boolean resumed = file.isEmpty() && draft.isPresent() && loadDraft(draft.get());
        if (resumed) {
            dirty.set(true); // not saved yet: leaving asks to save or discard
            asked = true; // the teacher chose this draft; it is not offered again
        }
        ListChangeListener<ProblemDraft> changed = c -> changed();
        problems.addListener(changed);
        for (StringProperty p : List.of(packId, title, subject, level, language, authors, version, description, skills))
            p.addListener((o, was, now) -> changed());
        counter = problems.size();
        if (newPack && file.isEmpty()) idFollowsTitle(takenIds);
        validate();
    }

    /**
     * A new pack's id follows its title as the teacher types it (ui18: every new pack was "my-pack"), until the teacher
     * types an id of their own.
     */
    private void idFollowsTitle(java.util.Set<String> takenIds) {
        String[] made = {packId.get()};
        title.addListener((o, was, now) -> {
            if (!packId.get().equals(made[0])) return; // the teacher's own id stays
            made[0] = newId(now, takenIds);
            packId.set(made[0]);
        });
    }

    /**
     * The id a new pack with this title gets: never one of {@code takenIds} (the library's packs, any case) nor that of
     * a pack file in the teacher's folder, saved since the library was read.
     */
    static String newId(String title, java.util.Set<String> takenIds) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        takenIds.forEach(id -> taken.add(id.toLowerCase(java.util.Locale.ROOT)));
        return PackIds.fromTitle(title, id -> taken.contains(id)
                || java.nio.file.Files.exists(AppPaths.userPacks().resolve(id + ".json")));
    }

    private static Path drafts() {
        return AppPaths.userDir().resolve("drafts");
    }

    private static Autosave autosaveOf(Path packFile) {
        return Autosave.of(drafts(), packFile);
    }

    private void load(LessonPack pack) {
        packId.set(pack.id());
        title.set(pack.title());
        subject.set(pack.subject().name().toLowerCase());
        level.set(pack.level());
        language.set(pack.language());
        authors.set(String.join(", ", pack.authors()));
        version.set(pack.version());
        description.set(pack.description());
        skills.set(String.join("\n", pack.skills().stream().map(s -> s.id() + ": " + s.title()).toList()));
        problems.setAll(pack.problems().stream().map(ProblemDraft::of).toList());
        selected.set(problems.isEmpty() ? -1 : 0);
    }

    /**
     * Whether the pack is new (no title yet): its properties come first. An existing pack opens on its problems, with
     * the properties one click away.
     */
    boolean isNewPack() {
        return newPack;
    }

    /** A new, empty pack for the editor, in English. */
    static LessonPack blank(String id) {
        return blank(id, "en");
    }

    /** A new, empty pack for the editor, in the teacher's language ("es"): what Generate writes into it follows. */
    static LessonPack blank(String id, String language) {
        Problem first = new Problem("p1", "", List.of(), 1, null, Optional.empty(), List.of(), List.of(), List.of(),
                Optional.empty());
        return new LessonPack(1, id, "", LessonPack.Subject.MATH, "", List.of(), "1.0", language, List.of(), List.of(first));
    }

    /** The pack's language as the editor holds it, for what Generate and Paste write into the pack. */
    private java.util.Locale packLanguage() {
        String tag = language.get() == null || language.get().isBlank() ? "en" : language.get().strip();
        return java.util.Locale.forLanguageTag(tag);
    }

    ObservableList<Finding> findings() {
        return findings;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyStringProperty tryVerdictProperty() {
        return tryVerdict.getReadOnlyProperty();
    }

    /**
     * What the checks say of the current problem's answer (its value, choices or kind: "11/12" is not an equation), shown
     * under the answer as the teacher types, in the teacher's language; "" when nothing. Saving a draft is never blocked
     * by it; saving the pack is, as by every error.
     */
    ReadOnlyStringProperty answerNoteProperty() {
        return answerNote.getReadOnlyProperty();
    }

    private void noteAnswer() {
        int i = selected.get();
        answerNote.set(findings.stream().filter(f -> f.problem() == i && f.field().equals("answer")).findFirst()
                .map(f -> (f.error() ? "✗ " : "⚠ ") + f.message()).orElse(""));
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    Optional<ProblemDraft> current() {
        int i = selected.get();
        return i >= 0 && i < problems.size() ? Optional.of(problems.get(i)) : Optional.empty();
    }

    Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /**
     * Where the pack is (or will be) saved: its own file, or the teacher's packs folder for a new pack or a copy of a
     * bundled one. Its pictures live in the {@code images/} folder beside it, and are checked there.
     */
    Path packFile() {
        return file != null && !bundled ? file : AppPaths.userPacks().resolve(packId.get().strip() + ".json");
    }

    /** The folder the editor copies chosen pictures into. */
    Path imagesFolder() {
        return packFile().toAbsolutePath().getParent().resolve(PackImage.FOLDER);
    }

    /**
     * "Choose picture": the file is checked like a pack's picture (PNG or JPEG, size, pixels from its header), copied
     * into the pack's images folder under a safe name, and set as the current problem's picture. The alt text stays for
     * the teacher to write; the validation panel asks for it until then.
     */
    void chooseImage(Path source) {
        Optional<ProblemDraft> d = current();
        if (d.isEmpty()) return;
        Path folder = imagesFolder();
        BackgroundTask.wrap(ctx -> copyImage(source, folder)).named("copy picture").withBudget(BUDGET)
                .onSuccess(name -> {
                    d.get().imageFile.set(PackImage.reference(name));
                    status.set(t.get("editor.image.added", PackImage.reference(name)));
                })
                .onFailure(e -> status.set(t.get("editor.image.refused",
                        e instanceof ImageRefusedException r ? r.reason(t) : t.get("editor.image.filter"))))
                .executeWith(app.tasks());
    }

    /** A file's size in MB, rounded up to a tenth: a file just over the limit never reads as the limit itself. */
    static double megabytes(long bytes) {
        return Math.ceil(bytes * 10.0 / (1024 * 1024)) / 10.0;
    }

    /** A picture the editor will not copy, with the reason for the teacher. */
    static final class ImageRefusedException extends RuntimeException {
        private final String key;
        private final Object[] args;

        /** A reason from the UI bundle: {@code key} with its arguments. */
        ImageRefusedException(String key, Object... args) {
            super(Texts.of("en").get(key, args)); // the English for logs; the screen says reason(t)
            this.key = key;
            this.args = args.clone();
        }

        /** The reason in the screen's language; an argument that is a message is said in it too. */
        String reason(Texts t) {
            Object[] said = new Object[args.length];
            for (int i = 0; i < args.length; i++) said[i] = args[i] instanceof Message m ? m.in(t.locale()) : args[i];
            return t.get(key, said);
        }
    }

    /** Copies a checked picture into {@code folder}; returns its file name there (an identical file is reused). */
    static String copyImage(Path source, Path folder) {
        try {
            if (Files.isSymbolicLink(source) || !Files.isRegularFile(source))
                throw new ImageRefusedException("editor.image.notFile", String.valueOf(source.getFileName()));
            if (Files.size(source) > PackImage.MAX_BYTES)
                throw new ImageRefusedException("editor.image.tooLarge", String.valueOf(source.getFileName()),
                        PackImage.MAX_BYTES / (1024 * 1024), megabytes(Files.size(source)));
            byte[] bytes;
            try (var in = Files.newInputStream(source)) {
                bytes = in.readNBytes((int) PackImage.MAX_BYTES + 1);
            }
            String type = PackImage.type(bytes)
                    .orElseThrow(
                            () -> new ImageRefusedException("editor.image.notPicture", String.valueOf(source.getFileName())));
            String stem = safeStem(source.getFileName().toString());
            String ext = type.equals("png") ? "png" : "jpg";
            try {
                PackImage.inspect(stem + "." + ext, bytes);
            } catch (PackImage.Refused r) {
                throw new ImageRefusedException("editor.image.checkFailed", r.said());
            }
            Files.createDirectories(folder);
            String name = stem + "." + ext;
            for (int n = 2; Files.exists(folder.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS); n++) {
                Path there = folder.resolve(name);
                if (Files.isRegularFile(there, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.size(there) == bytes.length
                        && java.util.Arrays.equals(Files.readAllBytes(there), bytes))
                    return name;
                name = stem + "-" + n + "." + ext;
            }
            AtomicFile.write(folder.resolve(name), out -> out.write(bytes));
            return name;
        } catch (java.io.IOException e) {
            throw new ImageRefusedException("editor.image.copyFailed", String.valueOf(e.getMessage()));
        }
    }

    /** A file name's stem in the letters pictures of a pack may use: "Scale photo (1).PNG" → "Scale-photo-1". */
    static String safeStem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = (dot > 0 ? fileName.substring(0, dot) : fileName).replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("^[^A-Za-z0-9]+", "").replaceAll("[-.]+$", "");
        if (stem.length() > 60) stem = stem.substring(0, 60);
        return stem.isEmpty() ? "picture" : stem;
    }

    /** A bundled pack's pictures, copied beside the teacher's copy so that it checks and saves with them. */
    static void adoptImages(LessonPack pack, Path to) {
        for (Problem p : pack.problems()) {
            if (p.image().isEmpty()) continue;
            Problem.Image i = p.image().get();
            try {
                PackImage.Loaded l = PackImage.load(i.folder(), i.file());
                Path target = to.resolve(i.file().substring(PackImage.FOLDER.length() + 1));
                if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
                AtomicFile.write(target, out -> out.write(l.bytes())); // a copy cut short is never left to be kept
            } catch (PackImage.Refused | java.io.IOException | RuntimeException e) {
                // the validation panel reports the picture as missing
            }
        }
    }

    // ------------------------------------------------------------------ skills

    /** A skill of the pack as the properties' Skills box lists it ("id: title" a line). */
    record PackSkill(String id, String title) {}

    /** The pack's skills, in the order the Skills box lists them. */
    List<PackSkill> packSkills() {
        List<PackSkill> out = new ArrayList<>();
        for (String line : skills.get().split("\\R")) {
            if (line.isBlank()) continue;
            int colon = line.indexOf(':');
            String id = (colon < 0 ? line : line.substring(0, colon)).strip();
            String title = (colon < 0 ? "" : line.substring(colon + 1)).strip();
            out.add(new PackSkill(id, title.isEmpty() ? id : title));
        }
        return out;
    }

    /** The skill ids the selected problem practises (its Skills field, comma separated). */
    List<String> problemSkills() {
        return current().map(d -> skillIds(d.skills.get())).orElse(List.of());
    }

    private static List<String> skillIds(String field) {
        List<String> out = new ArrayList<>();
        for (String s : field.split(",")) if (!s.isBlank() && !out.contains(s.strip())) out.add(s.strip());
        return out;
    }

    /** Gives the selected problem a skill of the pack, or takes it away. */
    void practise(String id, boolean on) {
        current().ifPresent(d -> {
            List<String> ids = skillIds(d.skills.get());
            if (on && !ids.contains(id)) ids.add(id);
            if (!on) ids.remove(id);
            d.skills.set(String.join(", ", ids));
        });
    }

    /**
     * A new skill, named by the teacher: listed among the pack's skills under an id made from its title (never one the
     * pack has) and given to the selected problem. Its id; empty for a blank title.
     */
    Optional<String> addSkill(String title) {
        String name = title.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) return Optional.empty();
        java.util.Set<String> taken = new java.util.HashSet<>();
        packSkills().forEach(s -> taken.add(s.id()));
        String id = PackIds.fromTitle(name.matches("(?s).*\\p{IsLatin}.*") ? name : "skill", taken::contains);
        listSkill(id, name);
        practise(id, true);
        return Optional.of(id);
    }

    /**
     * Adds a skill to the pack's list unless it is there already. A pack that listed none may only name listed skills
     * once it lists one: the ids its problems already name are listed first, so none of them becomes an error.
     */
    private void listSkill(String id, String title) {
        if (packSkills().stream().anyMatch(s -> s.id().equals(id))) return;
        if (packSkills().isEmpty())
            for (ProblemDraft p : problems)
                for (String named : skillIds(p.skills.get()))
                    if (!named.equals(id) && packSkills().stream().noneMatch(s -> s.id().equals(named))) {
                        String list = skills.get().strip();
                        skills.set((list.isEmpty() ? "" : list + "\n") + named + ": " + t.get(SkillNames.of(named, "")));
                    }
        String list = skills.get().strip();
        skills.set((list.isEmpty() ? "" : list + "\n") + id + ": " + title);
    }

    // ------------------------------------------------------------------ problem list

    void add() {
        String id;
        do
            id = "p" + ++counter;
        while (idTaken(id));
        ProblemDraft d = new ProblemDraft();
        d.id.set(id);
        d.kind.set(subject.get().equals("physics") ? "quantity" : "equation");
        if (subject.get().equals("physics")) d.task.set("physics");
        problems.add(d);
        selected.set(problems.size() - 1);
    }

    void duplicate() {
        current().ifPresent(d -> {
            String id = d.id.get() + "-copy";
            for (int n = 2; idTaken(id); n++) id = d.id.get() + "-copy-" + n;
            problems.add(selected.get() + 1, d.copy(id));
            selected.set(selected.get() + 1);
        });
    }

    /** Moves a problem (keyboard: Alt+Up/Down; drag and drop gives both indexes). */
    void move(int from, int to) {
        if (from < 0 || from >= problems.size() || to < 0 || to >= problems.size() || from == to) return;
        ProblemDraft d = problems.remove(from);
        problems.add(to, d);
        selected.set(to);
    }

    void delete() {
        int i = selected.get();
        if (i < 0 || i >= problems.size()) return;
        lastDeleted = problems.remove(i);
        lastDeletedAt = i;
        canUndo.set(true);
        selected.set(problems.isEmpty() ? -1 : Math.min(i, problems.size() - 1));
        status.set(t.get("editor.deleted", lastDeleted.id.get()));
    }

    /** Whether a deleted problem can be brought back ("Undo delete" is off otherwise). */
    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    void undoDelete() {
        if (lastDeleted == null) return;
        problems.add(Math.min(lastDeletedAt, problems.size()), lastDeleted);
        selected.set(Math.min(lastDeletedAt, problems.size() - 1));
        status.set(t.get("editor.restored", lastDeleted.id.get()));
        lastDeleted = null;
        canUndo.set(false);
    }

    private boolean idTaken(String id) {
        return problems.stream().anyMatch(p -> p.id.get().equals(id));
    }

    // ------------------------------------------------------------------ validation

    /** The pack-file form of what the editor holds. */
    String packText() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schemaVersion", 1);
        root.put("id", packId.get().strip());
        root.put("title", title.get().strip());
        root.put("subject", subject.get());
        if (!level.get().isBlank()) root.put("level", level.get().strip());
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (String s : authors.get().split(",")) if (!s.isBlank()) a.add(s.strip());
        if (!a.isEmpty()) root.set("authors", a);
        if (!version.get().isBlank()) root.put("version", version.get().strip());
        root.put("language", language.get().isBlank() ? "en" : language.get().strip());
        if (!description.get().isBlank()) root.put("description", description.get().strip());
        ArrayNode sk = JsonNodeFactory.instance.arrayNode();
        for (String line : skills.get().split("\\R")) {
            if (line.isBlank()) continue;
            int colon = line.indexOf(':');
            ObjectNode s = sk.addObject();
            s.put("id", (colon < 0 ? line : line.substring(0, colon)).strip());
            s.put("title", (colon < 0 ? line : line.substring(colon + 1)).strip());
        }
        if (!sk.isEmpty()) root.set("skills", sk);
        ArrayNode ps = root.putArray("problems");
        problems.forEach(p -> ps.add(p.toJson()));
        return root.toPrettyString();
    }

    /**
     * A new language: the findings and the status are said in it (the pack is checked again); the edits stay. An
     * answer tried before the change is tried again by the teacher.
     */
    void relabel(Texts texts) {
        t = texts;
        tryVerdict.set("");
        validate();
    }

    private void changed() {
        dirty.set(true);
        validate();
    }

    /**
     * The status line after a check: the errors to fix, or, with warnings only, that the pack is valid. With nothing
     * found it says nothing: the validation panel's one line says "no problems found" (ui17 saw both, one above the
     * other).
     */
    private String verdict(List<Finding> found) {
        long errors = found.stream().filter(Finding::error).count();
        if (errors > 0) return t.get("editor.errors", errors);
        return found.isEmpty() ? "" : t.get("editor.valid");
    }

    /** Checks the pack in the background; changes while it runs start one more check when it ends. */
    void validate() {
        if (validating) {
            again = true;
            return;
        }
        validating = true;
        String text = packText();
        Path name = packFile();
        BackgroundTask.wrap(ctx -> check(name, text, t.locale())).named("validate pack").withBudget(BUDGET)
                .onSuccess(result -> {
                    valid = result.pack();
                    findings.setAll(result.findings());
                    status.set(verdict(result.findings()));
                })
                .onFailure(e -> status.set(t.get("editor.validateFailed")))
                .onFinished(() -> {
                    validating = false;
                    storeDraft(text);
                    if (again) {
                        again = false;
                        validate();
                    }
                })
                .executeWith(app.tasks());
    }

    record Checked(Optional<LessonPack> pack, List<Finding> findings) {}

    static Checked check(Path name, String text) {
        return check(name, text, java.util.Locale.ENGLISH);
    }

    /** The pack read from the editor's text, with the reader's findings in the teacher's language. */
    static Checked check(Path name, String text, java.util.Locale language) {
        PackProblem.Report r = Packs.reader().read(name, text);
        Texts t = Texts.of(language.toLanguageTag());
        List<Finding> out = new ArrayList<>();
        for (PackProblem p : r.problems())
            out.add(finding(p.pointer(), EditorFieldNames.relabeled(p.said(), p.pointer(), t).in(language), true));
        if (r.pack().isPresent()) {
            for (ContentCheck.Finding f : ContentCheck.check(r.pack().get()))
                out.add(finding(f.pointer(), EditorFieldNames.relabeled(f.said(), f.pointer(), t).in(language), f.error()));
        }
        return new Checked(r.pack(), out);
    }

    static Finding finding(String pointer, String message, boolean error) {
        Matcher m = PROBLEM_POINTER.matcher(pointer);
        if (m.matches())
            return new Finding(Integer.parseInt(m.group(1)), m.group(2) == null ? "" : m.group(2), message, error,
                    pointer);
        return new Finding(-1, pointer.isEmpty() ? "" : pointer.substring(1).split("/")[0], message, error, pointer);
    }

    private void storeDraft(String text) {
        if (!dirty.get()) return;
        Autosave to = autosave;
        BackgroundTask.wrap(() -> {
            try {
                to.store(text);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).named("autosave pack").withBudget(BUDGET).onFailure(e -> status.set(t.get("editor.autosaveFailed")))
                .executeWith(app.tasks());
    }

    /**
     * A draft left by an editor that did not close normally, newer than the pack's file. Asked once, when the editor is
     * first shown: later drafts are this editor's own autosaves (Back from a preview, a language change).
     */
    Optional<String> recoverable() {
        if (asked) return Optional.empty();
        asked = true;
        try {
            if (!Files.isRegularFile(autosave.file())) return Optional.empty();
            if (file != null && Files.exists(file)
                    && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(autosave.file())) > 0)
                return Optional.empty();
            // as people write a date and a time, in the teacher's language and time zone ("4 Mar 2026, 12:06")
            return Optional.of(java.time.format.DateTimeFormatter
                    .ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                    .withLocale(t.locale()).withZone(java.time.ZoneId.systemDefault())
                    .format(Files.getLastModifiedTime(autosave.file()).toInstant()));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Takes the draft back into the editor, as it was typed: a draft with errors (a problem without its answer yet) comes
     * back too, for the validation panel to name them. A draft that no longer reads as JSON is left where it is.
     */
    boolean recover() {
        if (!loadDraft(autosave.file())) {
            status.set(t.get("editor.recoverPartial", autosave.file()));
            return false;
        }
        dirty.set(true);
        validate();
        return true;
    }

    /** The editor's fields from a draft's text as {@link #packText()} wrote it; false when it is not a JSON object. */
    private boolean loadDraft(Path draft) {
        try {
            if (Files.size(draft) > PackReader.MAX_FILE_BYTES) return false;
            var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(draft));
            if (root == null || !root.isObject()) return false;
            packId.set(root.path("id").asText(packId.get()));
            title.set(root.path("title").asText(""));
            subject.set(root.path("subject").asText("math"));
            level.set(root.path("level").asText(""));
            language.set(root.path("language").asText("en"));
            List<String> names = new ArrayList<>();
            root.path("authors").forEach(a -> names.add(a.asText("")));
            authors.set(String.join(", ", names));
            version.set(root.path("version").asText(""));
            description.set(root.path("description").asText(""));
            List<String> sk = new ArrayList<>();
            root.path("skills").forEach(x -> sk.add(x.path("id").asText("") + ": " + x.path("title").asText("")));
            skills.set(String.join("\n", sk));
            List<ProblemDraft> read = new ArrayList<>();
            root.path("problems").forEach(x -> read.add(ProblemDraft.fromJson(x)));
            problems.setAll(read);
            selected.set(problems.isEmpty() ? -1 : 0);
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** The teacher chose not to save: the changes and their autosaved draft go. */
    void discardChanges() {
        dirty.set(false);
        discardDraft();
    }

    void discardDraft() {
        try {
            autosave.discard();
        } catch (java.io.IOException e) {
            // stays; offered again next time
        }
    }

    // ------------------------------------------------------------------ save, try, generate, paste

    /** Why the pack cannot be saved now, or empty when it can; saving waits for the running check. */
    Optional<String> saveBlocker() {
        long errors = findings.stream().filter(Finding::error).count();
        if (validating) return Optional.of(t.get("editor.stillChecking"));
        if (errors > 0 || valid.isEmpty()) return Optional.of(t.get("editor.cannotSave", Math.max(errors, 1)));
        Optional<ProblemDraft> unapproved = problems.stream().filter(p -> p.generated.get()).findFirst();
        return unapproved.map(p -> t.get("editor.unapproved", p.id.get()));
    }

    /** Saves in the background; a bundled pack is saved as the teacher's own copy in the user's packs folder. */
    void save(Runnable done) {
        Optional<String> blocker = saveBlocker();
        if (blocker.isPresent()) {
            status.set(blocker.get());
            return;
        }
        LessonPack pack = valid.get();
        Path target = file == null || bundled ? AppPaths.userPacks().resolve(pack.id() + ".json") : file;
        if ((file == null || bundled) && Files.exists(target)) {
            status.set(t.get("editor.exists", target));
            return;
        }
        BackgroundTask.wrap(() -> {
            try {
                PackWriter.save(pack, target);
                autosave.discard();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).named("save pack").withBudget(BUDGET).onRunning(() -> busy.set(true))
                .onSuccess(v -> {
                    file = target;
                    autosave = autosaveOf(target); // later changes are this file's draft, offered when it is opened
                    dirty.set(false);
                    status.set(t.get("editor.saved", target));
                    done.run();
                })
                .onFailure(e -> status.set(t.get("editor.saveFailed", target)))
                .onFinished(() -> busy.set(false))
                .executeWith(app.tasks());
    }

    /** The pack as it would be saved, when it has no errors (for Preview as student). */
    Optional<LessonPack> validPack() {
        return validating ? Optional.empty() : valid;
    }

    /** "Try an answer": the real grader on the current problem as it stands. */
    void tryAnswer(String answer) {
        Optional<ProblemDraft> d = current();
        if (d.isEmpty()) return;
        int index = selected.get();
        String text = packText();
        BackgroundTask.wrap(ctx -> {
            Checked c = check(Path.of("editor.json"), text);
            if (c.pack().isEmpty()) return t.get("editor.try.fixFirst");
            Problem p = c.pack().get().problems().get(index);
            Checking.Result r = Checking.check(p, answer, List.of(), List.of());
            return r.answer().map(v -> (v.correct() ? "✓ " : v.partial() ? "≈ " : "✗ ") + t.get(v.said()))
                    .orElse(t.get("editor.try.empty"));
        }).named("try an answer").withBudget(BUDGET).onSuccess(tryVerdict::set)
                .onFailure(e -> tryVerdict.set(t.get("editor.try.failed"))).executeWith(app.tasks());
    }

    /** Longest a Generate may run, the local model included; Cancel stops it sooner. */
    private static final Duration GENERATE_BUDGET = Duration.ofSeconds(45);
    private final ReadOnlyBooleanWrapper generating = new ReadOnlyBooleanWrapper(false);
    private TaskHandle generation;

    ReadOnlyBooleanProperty generatingProperty() {
        return generating.getReadOnlyProperty();
    }

    /**
     * Generate: solution and hint ladder from the solvers; when no solver family applies, from the local model through
     * the verified problem reader, else the model's own solution with each step checked by the engine. Runs in the
     * background within {@link #GENERATE_BUDGET}; {@link #cancelGenerate()} stops it and changes nothing. What it offers
     * stays marked until the teacher approves it; steps the engine did not verify are flagged.
     */
    void generate() {
        Optional<ProblemDraft> d = current();
        if (d.isEmpty() || generating.get()) return;
        int index = selected.get();
        String text = packText();
        Optional<app.stepwise.model.LocalModel> model = app.tutor().model();
        boolean noAnswer = d.get().value.get().isBlank() && !d.get().kind.get().equals("choice");
        java.util.Locale written = packLanguage(); // the sentences are stored in the pack's language, as its statements
        generation = BackgroundTask.wrap(ctx -> {
            Problem read = problemAt(text, index);
            if (read == null) return Optional.<Generate.Generated>empty();
            // an answer not written yet is the generated one, not the placeholder the lenient reading filled in
            Problem p = noAnswer
                    ? new Problem(read.id(), read.statement(), read.skills(), read.difficulty(), null, read.work(),
                            read.givens(), read.hints(), read.solution(), read.solver(), read.image())
                    : read;
            Optional<Generate.Generated> bySolver = Generate.forProblem(p, written);
            if (bySolver.isPresent() || model.isEmpty() || ctx.cancelled()) return bySolver;
            ctx.progress(t.get("editor.generate.model"));
            return Generate.fromModel(p, model.get(), ctx::cancelled, written);
        }).named("generate").withBudget(GENERATE_BUDGET).onRunning(() -> {
            busy.set(true);
            generating.set(true);
            status.set(t.get("editor.generate.running"));
        })
                .onProgress(status::set)
                .onSuccess(g -> {
                    if (g.isEmpty()) {
                        status.set(t.get(model.isEmpty() ? "editor.generate.none" : "editor.generate.noneModel"));
                        return;
                    }
                    offer(d.get(), g.get());
                })
                .onCancelled(() -> status.set(t.get("editor.generate.cancelled")))
                .onFailure(e -> status.set(t.get(switch (e) {
                    case BackgroundTask.NotStarted busy -> "editor.generate.busy";
                    case BackgroundTask.TimedOut slow -> "editor.generate.timedOut";
                    default -> "editor.generate.failed";
                })))
                .onFinished(() -> {
                    busy.set(false);
                    generating.set(false);
                })
                .executeWith(app.tasks());
    }

    /** Stops a running Generate; nothing it made is offered. */
    void cancelGenerate() {
        if (generation != null) generation.cancel();
    }

    /** Puts generated content into the draft, marked until approved; unverified steps are named in its note. */
    void offer(ProblemDraft d, Generate.Generated g) {
        List<Integer> unverified = g.unverifiedSteps();
        String note = g.verified() && unverified.isEmpty()
                ? t.get("editor.generate.verified", t.get(g.source()))
                : t.get("editor.generate.unverified", t.get(g.source()),
                        String.join("; ", g.problems().stream().map(t::get).toList()));
        d.offer(g.solution(), g.hints(), note);
        d.unverifiedSteps.set(String.join(", ", unverified.stream().map(String::valueOf).toList()));
        if (d.givens.isEmpty())
            g.givens().forEach(x -> d.givens.add(new ProblemDraft.GivenRow(x.symbol(), x.value(), x.description())));
        if (d.skills.get().isBlank() && g.solver().isPresent()) {
            // the solver's skills, so the problem's answers count towards mastery; listed in the pack, titled as students read them
            List<String> ids = ProblemSkills.ofFamily(g.solver().get().family());
            ids.forEach(id -> listSkill(id, t.get(SkillNames.of(id, ""))));
            d.skills.set(String.join(", ", ids));
        }
        if (d.solverFamily.get().isBlank() && g.solver().isPresent()) {
            d.solverFamily.set(g.solver().get().family());
            d.solverParams.set(String.join(", ", new java.util.TreeMap<>(g.solver().get().params()).entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        if (d.value.get().isBlank() && !d.kind.get().equals("choice") && !g.answer().isBlank()) d.value.set(g.answer());
        status.set(note);
    }

    /** The problem at an index as the lenient reader sees it (answers may still be missing). */
    private static Problem problemAt(String text, int index) {
        Checked c = check(Path.of("editor.json"), text);
        if (c.pack().isPresent()) return c.pack().get().problems().get(index);
        // the pack has errors elsewhere: read this one problem alone in a minimal pack
        try {
            var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
            ObjectNode one = JsonNodeFactory.instance.objectNode();
            one.put("schemaVersion", 1);
            one.put("id", "one");
            one.put("title", "one");
            one.put("subject", tree.path("subject").asText("math"));
            ObjectNode p = (ObjectNode) tree.path("problems").path(index).deepCopy();
            p.remove("skills");
            ObjectNode answer = p.withObject("/answer");
            if (!answer.has("kind")) answer.put("kind", "equation");
            if (!answer.has("value") || answer.path("value").asText().isBlank()) answer.put("value", "x = 0");
            one.putArray("problems").add(p);
            return Packs.reader().read(Path.of("one.json"), one.toString()).pack().map(x -> x.problems().get(0)).orElse(null);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Approves the current problem's generated content. When the engine did not verify some of its steps, the first
     * Approve only says which (never a silent approval); a second Approve keeps them as the teacher now has them —
     * the validation panel still checks every step of the solution before the pack can be saved.
     */
    void approve() {
        current().ifPresent(d -> {
            if (!d.unverifiedSteps.get().isBlank() && !d.confirmUnverified.get()) {
                d.confirmUnverified.set(true);
                status.set(t.get("editor.approve.unverified", d.unverifiedSteps.get()));
                return;
            }
            d.generated.set(false);
            d.generatedNote.set("");
            d.unverifiedSteps.set("");
            d.confirmUnverified.set(false);
            status.set(t.get("editor.approved", d.id.get()));
        });
    }

    /** "Paste a problem": the reader's proposal becomes a new problem for the teacher to check. */
    void paste(String text) {
        String id;
        do
            id = "p" + ++counter;
        while (idTaken(id));
        String newId = id;
        java.util.Locale written = packLanguage();
        BackgroundTask.wrap(ctx -> Generate.fromText(newId, text, written)).named("read pasted problem").withBudget(BUDGET)
                .onSuccess(p -> {
                    if (p.isEmpty()) {
                        status.set(t.get("editor.paste.none"));
                        return;
                    }
                    ProblemDraft d = ProblemDraft.of(p.get());
                    d.generated.set(!p.get().solution().isEmpty());
                    d.generatedNote.set(t.get("editor.paste.note"));
                    problems.add(d);
                    selected.set(problems.size() - 1);
                    status.set(t.get("editor.paste.done", newId));
                })
                .onFailure(e -> status.set(t.get("editor.paste.none"))).executeWith(app.tasks());
    }
}
