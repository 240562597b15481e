package app.stepwise.ui;

import app.stepwise.app.AppPaths;
import app.stepwise.tutor.Tutor;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The desktop window. {@link #start} builds the app's object graph once (settings, tutor with its progress store,
 * the background executor, the texts), registers the screens, and shows the library.
 */
public final class StepwiseApp extends Application {
    private AppContext app;
    private MainView main;

    /** @param args {@code --open=PACKFILE} and {@code --problem=ID}, both optional */
    public static void launchApp(String... args) {
        Application.launch(StepwiseApp.class, args);
    }

    /** Closes the splash picture an installed launcher showed: a command-line verb has no window to wait for. */
    public static void closeLauncherSplash() {
        Splash.close();
    }

    /** The student's screens; authoring and classroom screens register theirs here the same way. */
    static Screens screens() {
        return ClassroomRoutes.register(new Screens())
                .register(Routes.Library.class,
                        (r, app, nav) -> new LibraryView(new LibraryViewModel(app, nav), app.texts()))
                .register(Routes.Pack.class, (r, app, nav) -> new PackView(new PackViewModel(r.pack(), app, nav), app.texts()))
                .register(Routes.Problem.class,
                        (r, app, nav) -> new ProblemView(new ProblemViewModel(r.pack(), r.index(), r.reading(), app, nav),
                                app.texts()))
                .register(Routes.Summary.class,
                        (r, app, nav) -> new SummaryView(new SummaryViewModel(r.pack(), app, nav), app.texts()))
                .register(AuthorRoutes.Packs.class,
                        (r, app, nav) -> new TeacherPacksView(new TeacherPacksViewModel(app, nav, r.session()), app.texts()))
                .register(AuthorRoutes.Editor.class,
                        (r, app, nav) -> new PackEditorView(
                                new PackEditorViewModel(app, r.file(), r.pack(), r.takenIds(), r.draft()),
                                app.texts(), nav))
                .register(AuthorRoutes.Preview.class, PreviewScreen::create);
    }

    @Override
    public void start(Stage stage) {
        CrashDialog.install();
        try {
            SettingsStore settings = showLoading(stage);
            whenDrawn(() -> {
                if (!stage.isShowing()) return; // closed while it said "Loading…"
                try {
                    show(stage, settings);
                } catch (RuntimeException | LinkageError e) {
                    Splash.close();
                    CrashDialog.startFailed(stage, e);
                }
            });
        } catch (RuntimeException | LinkageError e) {
            Splash.close(); // the crash dialog is not hidden behind it
            CrashDialog.startFailed(stage, e); // never a blank window
        }
    }

    /**
     * The window at once, saying "Loading Stepwise…" in the theme and language of the settings (one small read): the
     * object graph and the first screen take seconds on a busy computer, and the window stood black all that time
     * (review24). The launcher's splash picture closes once this is drawn.
     */
    private SettingsStore showLoading(Stage stage) {
        AppPaths.ensureUserFolders();
        SettingsStore settings = SettingsStore.load(AppPaths.userDir().resolve("settings.json"));
        Texts texts = Texts.of(settings.get().language());
        Label loading = new Label(texts.get("app.loading"));
        loading.setId("loading");
        loading.getStyleClass().add("heading");
        StackPane root = new StackPane(loading);
        double[] size = Displays.startSize();
        Scene scene = new Scene(root, size[0], size[1]);
        Looks.apply(scene, settings);
        // the style sheets are read and the font loaded now, under the splash picture: the window, once mapped, draws
        // its first frame without them (it stood black while the first frame was made)
        root.applyCss();
        root.layout();
        stage.setTitle(texts.get("app.title"));
        stage.setMinWidth(Math.min(1000, size[0]));
        stage.setMinHeight(Math.min(560, size[1]));
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (main == null) return;
            e.consume(); // the window closes once every screen with unsaved changes has agreed (Save / Don't save)
            main.askToClose(() -> {
                stop();
                stage.close();
            });
        });
        stage.show();
        Splash.closeOnceDrawn();
        return settings;
    }

    /** Runs {@code then} once the window has drawn two frames: what is on it shows while {@code then} works. */
    static void whenDrawn(Runnable then) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < 2) return;
                stop();
                then.run();
            }
        }.start();
    }

    private void show(Stage stage, SettingsStore settings) {
        AppPaths.DataFolder data = AppPaths.ensureUserFolders();
        MathText.registerFonts();
        // the object graph, once: opening the progress file, while the window says "Loading…"
        Tutor tutor = Tutor.withProgressFile(AppPaths.userDir().resolve("progress.db"));
        FxTaskExecutor tasks = new FxTaskExecutor(4);
        app = new AppContext(tutor, tasks, settings, Texts.of(settings.get().language()));
        CrashDialog.useTexts(app.texts());
        main = new MainView(app, screens());
        main.dataFolder(data); // a folder that cannot keep the work is said on the window, not only on the command line
        Scene scene = stage.getScene();
        scene.setRoot(main);
        Looks.set(scene, settings.get()); // the text size on the new root
        main.home();
        // a shared laptop: the name picker first, once anyone has a name here
        if (!tutor.classroom().students().isEmpty()) main.go(new ClassroomRoutes.Students());
        // trouble with the progress file is shown once, with the offer to restore the backup; a file that cannot be
        // opened because the data folder is unusable is already said, with why and what to do, by the banner
        tutor.classroom().onTrouble(trouble -> {
            if (data.unusable() && !trouble.damaged()) return;
            javafx.application.Platform.runLater(() -> StoreTroubleDialog.show(main == null ? app : main.app(), trouble, stage));
        });
        var named = getParameters() == null ? Map.<String, String>of() : getParameters().getNamed();
        if (named.containsKey("open")) {
            LibraryViewModel opener = new LibraryViewModel(main.app(), main);
            opener.openFile(Path.of(named.get("open")), Optional.ofNullable(named.get("problem")));
        }
    }

    @Override
    public void stop() {
        if (main == null) return;
        main.shutdown(); // the current screen saves its work (a background write)
        main = null;
        app.tasks().close(); // waits briefly for that write
        app.tutor().close();
    }
}
