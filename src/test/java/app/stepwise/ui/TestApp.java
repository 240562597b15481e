package app.stepwise.ui;

import app.stepwise.app.Packs;
import app.stepwise.lesson.LessonPack;
import app.stepwise.tutor.Tutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** An app object graph for view-model tests: a real progress file in a temporary folder, work run on the test thread. */
final class TestApp implements AutoCloseable {
    final Path home;
    final Tutor tutor;
    final TaskExecutor tasks;
    final SettingsStore settings;
    final RecordingNavigator navigator = new RecordingNavigator();
    private AppContext app;

    TestApp(TaskExecutor tasks) {
        try {
            home = Files.createTempDirectory("stepwise-vm");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.tutor = Tutor.withProgressFile(home.resolve("progress.db"));
        this.tasks = tasks;
        this.settings = SettingsStore.load(home.resolve("settings.json"));
        this.app = new AppContext(tutor, tasks, settings, Texts.of("en"));
    }

    TestApp() {
        this(new CurrentThreadTaskExecutor());
    }

    AppContext app() {
        return app;
    }

    TestApp inLanguage(String tag) {
        app = app.withTexts(Texts.of(tag));
        return this;
    }

    /** A pack of the bundled lessons folder. */
    static LessonPack bundled(String file) {
        return Packs.reader().read(Path.of("lessons", file)).pack().orElseThrow();
    }

    /** The pack in a file (pictures are found beside it). */
    static LessonPack read(Path file) {
        return Packs.reader().read(file).pack().orElseThrow();
    }

    static LessonPack pack(String json) {
        return Packs.reader().read(Path.of("test.json"), json).pack().orElseThrow();
    }

    @Override
    public void close() {
        tasks.close();
        tutor.close();
    }

    /** Records where the screens asked to go and what they told the user. */
    static final class RecordingNavigator implements Navigator {
        final List<Route> went = new ArrayList<>();
        final List<Route> replaced = new ArrayList<>();
        final List<String> told = new ArrayList<>();
        int backs;
        int homes;

        @Override
        public void go(Route route) {
            went.add(route);
        }

        @Override
        public void replace(Route route) {
            replaced.add(route);
        }

        @Override
        public void back() {
            backs++;
        }

        @Override
        public void home() {
            homes++;
        }

        @Override
        public void tell(String heading, String message) {
            told.add(heading + ": " + message);
        }
    }
}
