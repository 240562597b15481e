package app.stepwise.ui;

import app.stepwise.app.AppPaths;
import app.stepwise.app.Packs;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.PackProblem;
import app.stepwise.lesson.Problem;
import app.stepwise.tutor.ProblemReader;
import app.stepwise.tutor.TypedProblem;
import app.stepwise.text.Message;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;

/** The library screen's state: the packs found in the bundled and user folders, read in the background. */
final class LibraryViewModel {
    private static final System.Logger LOG = System.getLogger(LibraryViewModel.class.getName());
    private static final Duration READ_BUDGET = Duration.ofSeconds(30);
    /**
     * How long the packs may take to read on a starved computer. Their first reading, while the Java runtime is still
     * warming up, took 41-54 s on a 2-core machine at load 25-28 with under 1 s of processor time of its own
     * (docs/reliability.md): the 30 s budget counts the processor time, this limit the time on the clock.
     */
    static final Duration READ_PATIENCE = Duration.ofMinutes(3);

    /** One pack as listed: a broken pack says what is wrong instead of its problem count. */
    record PackItem(String title, String details, boolean ok) {}

    private final AppContext app;
    private final Navigator navigator;
    private Texts t;
    private final ReadOnlyListWrapper<PackItem> packs = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    /** What the placeholder says while the packs are read (or why they were not), in whichever language is current. */
    private java.util.function.Function<Texts, String> placeholderSaid = any -> "";
    private final List<Optional<LessonPack>> loaded = new ArrayList<>();
    /** The folders as last read, so a language change says the list again without reading them. */
    private List<PackProblem.Report> reports = List.of();
    private final ReadOnlyStringWrapper reading = new ReadOnlyStringWrapper("");
    /** What the reading line says, in whichever language is current. */
    private java.util.function.Function<Texts, String> readingSaid = any -> "";
    private final ReadOnlyBooleanWrapper readingBusy = new ReadOnlyBooleanWrapper(false);
    private boolean slow; // the reading of the folders in progress was said to be slow
    private String[] readSoFar; // packs read and found so far by that reading, or null before the folders are listed
    private boolean readAgain; // the folders were asked for again while a reading ran: read them once more after it

    LibraryViewModel(AppContext app, Navigator navigator) {
        this.app = app;
        this.navigator = navigator;
        this.t = app.texts();
    }

    ReadOnlyListProperty<PackItem> packsProperty() {
        return packs.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** What the empty list says: reading (how far), still reading on a busy computer, no packs found, or why not read. */
    ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** Whether the last reading of the folders ended without a list (the screen offers to try again). */
    ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** How the typed-in problem was read ("Solving 5x = −27 for x"), or why Stepwise cannot check it. */
    ReadOnlyStringProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty readingBusyProperty() {
        return readingBusy.getReadOnlyProperty();
    }

    /**
     * The hint key (Ctrl+H) in the typed-in problem's box: there is no problem to give a hint on until it is read, so
     * the student is told how to get there. The box's text is left as it was (in a text box Ctrl+H would otherwise
     * delete a character).
     */
    void hintAskedBeforeReading(String text) {
        if (readingBusy.get()) return;
        say(text == null || text.isBlank() ? "library.own.hint.empty" : "library.own.hint.read");
    }

    /**
     * Reads a problem the student typed in (the same reader as {@code hint --text}); when it is one Stepwise can check,
     * opens it like a pack problem, otherwise says so. Read in the background; empty text is ignored.
     */
    void readOwnProblem(String text) {
        if (text == null || text.isBlank() || readingBusy.get()) return;
        BackgroundTask.wrap(ctx -> TypedProblem.read(text, t.locale())).named("read a typed-in problem").withBudget(READ_BUDGET)
                .onRunning(() -> {
                    readingBusy.set(true);
                    say("library.own.reading");
                })
                .onSuccess(r -> {
                    // a refusal that says why (three resistors: read18p) is said as the reader says it
                    if (r.pack().isPresent() || !r.reading().equals(ProblemReader.CANNOT_CHECK_SAID))
                        say(in -> in.get(r.reading()));
                    else
                        say("library.own.cannot");
                    r.pack().ifPresent(p -> navigator.go(new Routes.Problem(ownTitled(p), 0, Optional.of(r.reading()))));
                })
                .onFailure(e -> say("library.own.cannot"))
                .onFinished(() -> readingBusy.set(false))
                .executeWith(app.tasks());
    }

    /** The typed-in problem's pack, titled in the student's language (the tutor names it in English). */
    private LessonPack ownTitled(LessonPack p) {
        return new LessonPack(p.schemaVersion(), p.id(), t.get("library.own.title"), p.subject(), p.level(), p.authors(),
                p.version(), p.language(), p.skills(), p.problems(), p.description(), p.teacher());
    }

    private static final Pattern AGES = Pattern.compile("(?i)ages?\\s+(\\d{1,2})\\s*(?:[-–—]|to)\\s*(\\d{1,2})");
    private static final Pattern AGE = Pattern.compile("(?i)ages?\\s+(\\d{1,2})");

    /**
     * A pack's level as the library shows it: an age range written the usual way ("Ages 14-16") in the reader's
     * language; any other level is the pack's own words.
     */
    static String levelLabel(String level, Texts t) {
        String l = level.strip();
        Matcher m = AGES.matcher(l);
        if (m.matches()) return t.get("library.level.ages", m.group(1), m.group(2));
        m = AGE.matcher(l);
        if (m.matches()) return t.get("library.level.age", m.group(1));
        return l;
    }

    /**
     * Reads the pack folders in the background, saying how far it has got; on a computer so busy that the budget's
     * time passes first, it says it is still reading and goes on (see {@link #READ_PATIENCE}). Asked again while a
     * reading runs (the student came back to the library during the first reading), no second reading starts beside it
     * (on a starved computer the two would share its little processor time, and each would take twice as long): the
     * screen goes on showing how far the running one has got, and once it has listed the packs the folders are read
     * once more, so a pack added meanwhile (Import pack… in teacher mode) is listed too.
     */
    void load() {
        if (loading.get()) {
            readAgain = true;
            return;
        }
        readAgain = false;
        BackgroundTask.wrap(ctx -> Packs.library().load((done, total) -> ctx.progress(done + "/" + total), ctx::cancelled))
                .named("read lesson packs").withBudget(READ_BUDGET).withPatience(READ_PATIENCE)
                .onRunning(() -> {
                    loading.set(true);
                    failed.set(false);
                    readSoFar = null;
                    sayReading();
                })
                .onProgress(p -> {
                    readSoFar = p.split("/");
                    sayReading();
                })
                .onSlow(() -> {
                    slow = true;
                    sayReading();
                })
                .onSuccess(read -> {
                    reports = List.copyOf(read);
                    list();
                })
                .onFailure(e -> {
                    failed.set(true);
                    readAgain = false; // the student reads again with Try again
                    String key = unreadSaid(e);
                    placeholderSays(in -> in.get(key));
                })
                .onFinished(() -> {
                    loading.set(false);
                    slow = false;
                    if (readAgain) load();
                })
                .executeWith(app.tasks());
    }

    /** While the list is still empty: reading, how far (5 of 19), and on a busy computer that it is still at it. */
    private void sayReading() {
        if (!packs.isEmpty()) return;
        String[] n = readSoFar;
        placeholderSays(in -> {
            String count = n == null ? in.get("library.reading") : in.get("library.reading.count", n[0], n[1]);
            return slow ? in.get("library.reading.slow") + "\n" + count : count;
        });
    }

    /**
     * Why the packs were not listed: too slow even for a busy computer, no worker free, or the folders themselves (the
     * reading reports a folder it cannot list as a line of the list, so that is rare).
     */
    static String unreadSaid(Exception e) {
        return switch (e) {
            case BackgroundTask.TimedOut slowly -> "library.timedOut";
            case BackgroundTask.NotStarted busy -> "library.busy";
            default -> "library.unreadable";
        };
    }

    private void placeholderSays(java.util.function.Function<Texts, String> said) {
        placeholderSaid = said;
        placeholder.set(said.apply(t));
    }

    private void list() {
        loaded.clear();
        List<PackItem> items = new ArrayList<>();
        for (PackProblem.Report r : reports) {
            loaded.add(r.pack());
            items.add(item(r));
        }
        packs.setAll(items);
        placeholderSays(in -> in.get("library.empty", AppPaths.userPacks()));
    }

    private void say(String key) {
        say(in -> in.get(key));
    }

    private void say(java.util.function.Function<Texts, String> said) {
        readingSaid = said;
        reading.set(said.apply(t));
    }

    /** A new language: the packs as last read and the reading line are said in it (the folders are not read again). */
    void relabel(Texts texts) {
        t = texts;
        if (!loading.get() && !failed.get()) list();
        placeholder.set(placeholderSaid.apply(t));
        reading.set(readingSaid.apply(t));
    }

    /** One pack as the list shows it, in the reader's language (package-private for tests). */
    PackItem item(PackProblem.Report r) {
        if (r.pack().isPresent()) { // usable; formulas the LaTeX policy rejects are shown as plain text
            LessonPack p = r.pack().get();
            String subject = t.get("subject." + p.subject().name().toLowerCase(Locale.ROOT));
            String details = t.get("library.pack.details", subject, p.level().isEmpty() ? 0 : 1, levelLabel(p.level(), t),
                    p.problems().size());
            if (!r.problems().isEmpty()) {
                PackProblem first = r.problems().get(0);
                details += "\n" + t.get("library.pack.plainformulas", r.problems().size(),
                        t.get("library.pack.line", first.line(), t.get(first.said())));
            }
            return new PackItem(p.title(), details, true);
        }
        String why = r.problems().stream().limit(3)
                .map(pp -> pp.line() > 0 ? t.get("library.pack.line", pp.line(), t.get(pp.said())) : t.get(pp.said()))
                .collect(Collectors.joining("\n"));
        return new PackItem(t.get("library.pack.broken", r.file().getFileName()), why, false);
    }

    /** Opens the pack at this index of the list; a broken pack stays closed. */
    void open(int index) {
        if (index < 0 || index >= loaded.size()) return;
        loaded.get(index).ifPresent(p -> navigator.go(new Routes.Pack(p)));
    }

    /**
     * Opens a pack file (from {@code --open}) and, when given, one of its problems; read in the background. A pack that
     * cannot be read, or a problem id it lacks, is told to the user in words.
     */
    void openFile(Path file, Optional<String> problemId) {
        BackgroundTask.wrap(ctx -> Packs.reader().read(file)).named("read pack file").withBudget(READ_BUDGET)
                .onSuccess(report -> {
                    if (report.pack().isEmpty()) {
                        navigator.tell(t.get("open.broken.heading"),
                                t.get("open.broken", file.getFileName(), report.problems().get(0).describe()));
                        return;
                    }
                    LessonPack pack = report.pack().get();
                    // the log says which file a double-click opened (support, and the installer's smoke test)
                    LOG.log(System.Logger.Level.INFO, "Opened pack file " + file + ": " + pack.title());
                    navigator.go(new Routes.Pack(pack));
                    if (problemId.isEmpty()) return;
                    List<Problem> problems = pack.problems();
                    for (int i = 0; i < problems.size(); i++) {
                        if (problems.get(i).id().equals(problemId.get())) {
                            navigator.go(new Routes.Problem(pack, i));
                            return;
                        }
                    }
                    navigator.tell(t.get("open.noproblem.heading"), t.get("open.noproblem", pack.title(), problemId.get()));
                })
                .onFailure(e -> navigator.tell(t.get("open.broken.heading"), t.get("open.unreadable", file.getFileName())))
                .executeWith(app.tasks());
    }
}
