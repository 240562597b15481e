package app.stepwise.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The main window's frame: a top bar (Back, the current screen's title, the model status, Settings) and one screen at
 * a time. It is the {@link Navigator}: screens ask it to go to routes and never hold a reference to it beyond that
 * interface. It keeps the routes gone through, so a change of language rebuilds every screen.
 */
final class MainView extends BorderPane implements Navigator {
    /** One step of the way: the route, and its screen while it is built. */
    private static final class Entry {
        final Route route;
        Screen screen;

        Entry(Route route, Screen screen) {
            this.route = route;
            this.screen = screen;
        }
    }

    private final Screens screens;
    private final MainViewModel vm;
    private final Deque<Entry> history = new ArrayDeque<>();
    private final Label title = new Label();
    private final Button back = new Button();
    private final Button settings = new Button();
    private final Button help = new Button();
    private final Button teacher = new Button();
    private final Label modelStatus = new WholeUpTo(20);
    private final Button student = new Button();
    private final Button dismissBanner = new Button();
    private AppContext app;
    private Entry current;

    MainView(AppContext app, Screens screens) {
        this.app = app;
        this.screens = screens;
        this.vm = new MainViewModel(app);
        getStyleClass().add("main");
        back.setId("back");
        back.setOnAction(e -> back());
        back.setDisable(true);
        // shown only where there is somewhere to go back to: a greyed "← Back" on the first screen said nothing (review23)
        back.visibleProperty().bind(back.disableProperty().not());
        back.managedProperty().bind(back.visibleProperty());
        title.getStyleClass().add("title");
        title.setId("screen-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        modelStatus.setId("model-status");
        modelStatus.getStyleClass().add("model-status");
        modelStatus.textProperty().bind(vm.modelStatusProperty());
        Tooltip detail = new Tooltip();
        detail.textProperty().bind(vm.modelDetailProperty());
        vm.modelDetailProperty().addListener((o, was, now) -> modelStatus.setTooltip(now.isEmpty() ? null : detail));
        ProgressIndicator modelLoading = new ProgressIndicator();
        modelLoading.setMaxSize(16, 16);
        modelLoading.visibleProperty().bind(vm.modelLoadingProperty());
        modelLoading.managedProperty().bind(vm.modelLoadingProperty());
        settings.setId("settings");
        settings.setOnAction(e -> openSettings());
        help.setId("help");
        help.setOnAction(e -> showShortcuts());
        student.setId("student");
        student.setOnAction(e -> studentButton());
        teacher.setId("teacher");
        teacher.setOnAction(e -> openTeacherMode());
        // a long title gives way (ends in "…", its whole text a tooltip), never the buttons: a button cut to "…" cannot
        // be told from the others; nor the model's short line (its own min width)
        title.setMinWidth(0);
        tooltipWhenCut(title);
        for (Button b : List.of(back, student, help, teacher, settings)) b.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, back, title, spacer, modelLoading, modelStatus, student, help, teacher, settings);
        bar.getStyleClass().add("top-bar");
        setTop(new javafx.scene.layout.VBox(bar, dataFolderBanner()));
        label();
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        // both after Looks has the new size and ink (its listener is added after this one): a screen built for the new
        // language at once would paint formulas laid out before in the old theme's ink
        app.settings().settingsProperty().addListener((o, was, now) -> {
            if (!now.language().equals(was.language())) Platform.runLater(() -> relabel(Texts.of(now.language())));
            else if (now.fontScale() != was.fontScale() || now.theme() != was.theme()) Platform.runLater(this::redraw);
        });
        vm.loadChosenModel();
    }

    /**
     * Under the bar while the data folder cannot keep the user's work: why, and what to do (its owner's fix), in the
     * window's language; Close hides it for this run. Absent (no room taken) otherwise.
     */
    private Node dataFolderBanner() {
        Label said = new Label();
        said.setId("data-folder-warning");
        said.setWrapText(true);
        said.setMinHeight(Region.USE_PREF_SIZE);
        said.textProperty().bind(vm.dataFolderWarningProperty());
        HBox.setHgrow(said, Priority.ALWAYS);
        said.setMaxWidth(Double.MAX_VALUE);
        dismissBanner.setId("data-folder-dismiss");
        dismissBanner.setMinWidth(Region.USE_PREF_SIZE);
        dismissBanner.setOnAction(e -> vm.dismissDataFolderWarning());
        HBox banner = new HBox(12, said, dismissBanner);
        banner.setId("data-folder-banner");
        banner.getStyleClass().add("banner");
        banner.visibleProperty().bind(vm.dataFolderWarningProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** What the data folder's diagnosis found at start: an unusable folder is said on the banner. */
    void dataFolder(app.stepwise.app.AppPaths.DataFolder found) {
        vm.dataFolder(found);
    }

    private void label() {
        Texts t = app.texts();
        dismissBanner.setText(t.get("dialog.close"));
        back.setText(t.get("nav.back"));
        back.setTooltip(new Tooltip(t.get("nav.back.tip")));
        settings.setText(t.get("nav.settings"));
        help.setText(t.get("nav.shortcuts"));
        teacher.setText(t.get("nav.teacher"));
        labelStudent();
    }

    /** Who is signed in, on the bar: "Sign in", or the name with "Sign out". */
    private void labelStudent() {
        var who = app.tutor().classroom().current();
        student.setText(
                who.map(s -> app.texts().get("nav.student.signOut", s.name())).orElse(app.texts().get("nav.student.signIn")));
    }

    /** Signing out shows the session's summary, then the name picker. */
    private void studentButton() {
        var classroom = app.tutor().classroom();
        if (classroom.current().isEmpty()) {
            askThen(currentScreen(), () -> go(new ClassroomRoutes.Students()));
            return;
        }
        askThen(heldScreens(), () -> {
            leaveCurrent(); // the open problem keeps its work under this student
            BackgroundTask.wrap(ctx -> classroom.signOut()).named("sign out").withBudget(java.time.Duration.ofSeconds(10))
                    .onSuccess(summary -> {
                        summary.ifPresent(s -> SessionSummaryDialog.show(app.texts(), s, getScene().getWindow()));
                        homeNow();
                        go(new ClassroomRoutes.Students());
                    }).executeWith(app.tasks());
        });
    }

    /** Window-wide keys: Alt+Left goes back, F1 and Ctrl+/ list the shortcuts, Ctrl+H is kept from text boxes. */
    private void shortcut(KeyEvent e) {
        if (new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN).match(e)) {
            back();
            e.consume();
        } else if (e.getCode() == KeyCode.F1 || new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN).match(e)) {
            showShortcuts();
            e.consume();
        } else if (Shortcuts.HINT.match(e)) {
            // the hint key: the problem screen takes it first (a hint); elsewhere the screen says what it means there,
            // and it never falls through to a text box's own Ctrl+H, which deletes a character
            if (current != null && current.screen != null) current.screen.hintKey();
            e.consume();
        } else if (e.isShortcutDown()
                && (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.ADD)) {
            scaleText(1);
            e.consume();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT)) {
            scaleText(-1);
            e.consume();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.DIGIT0 || e.getCode() == KeyCode.NUMPAD0)) {
            scaleText(0);
            e.consume();
        }
    }

    /** Ctrl +/−/0: the text size, remembered in the settings. */
    private void scaleText(int direction) {
        Settings s = app.settings().get();
        double next = direction == 0 ? 1.0 : Looks.step(s.fontScale(), direction);
        app.settings().change(s.withFontScale(next), app.tasks(),
                problem -> tell(app.texts().get("settings.notSaved.heading"), app.texts().get("settings.notSaved", problem)));
    }

    private void openSettings() {
        new SettingsDialog(new SettingsViewModel(app, vm.dataFolderTrouble()), app.texts(), vm::loadModel, this::tell,
                getScene().getWindow())
                .showAndWait();
    }

    /** Teacher mode, behind the PIN (docs/teacher-mode.md). */
    private void openTeacherMode() {
        askThen(currentScreen(), () -> go(new ClassroomRoutes.TeacherGate()));
    }

    private void showShortcuts() {
        ShortcutsDialog.show(app.texts(), getScene().getWindow());
    }

    /**
     * A new language: the bar, and every screen, the current one and those Back returns to, said again over its view
     * model where it can be, so what it shows stays; the others are built again from their route (work is saved as the
     * old one is left).
     */
    private void relabel(Texts texts) {
        if (current != null && current.screen != null) current.screen.leaving();
        app = app.withTexts(texts);
        CrashDialog.useTexts(texts); // a bug after the change is told in the new language too
        vm.relabel(app);
        label();
        for (Entry e : history) e.screen = e.screen == null ? null : e.screen.relabeled(texts).orElse(null);
        if (current != null) {
            Optional<Screen> kept = current.screen == null ? Optional.empty() : current.screen.relabeled(texts);
            current.screen = kept.orElseGet(() -> screens.create(current.route, app, this));
            display(current);
        }
    }

    /** A new text size: the current screen is drawn again over its view model; the others when they are next shown. */
    private void redraw() {
        for (Entry e : history) {
            if (e.screen != null) e.screen = e.screen.rebuilt();
        }
        if (current != null && current.screen != null) {
            current.screen = current.screen.rebuilt();
            display(current);
        }
    }

    AppContext app() {
        return app;
    }

    @Override
    public void go(Route route) {
        leaveCurrent();
        if (current != null) history.push(current);
        display(new Entry(route, screens.create(route, app, this)));
    }

    @Override
    public void replace(Route route) {
        leaveCurrent();
        display(new Entry(route, screens.create(route, app, this)));
    }

    @Override
    public void back() {
        if (!history.isEmpty()) askThen(currentScreen(), this::backNow);
    }

    private void backNow() {
        if (history.isEmpty()) return;
        leaveCurrent();
        Route left = current.route;
        Entry previous = history.pop();
        if (previous.screen == null) previous.screen = screens.create(previous.route, app, this);
        display(previous);
        previous.screen.returnedFrom(left);
    }

    /** Home drops every screen the window holds, so each one with unsaved changes is asked first. */
    @Override
    public void home() {
        askThen(heldScreens(), this::homeNow);
    }

    private void homeNow() {
        leaveCurrent();
        history.clear();
        display(new Entry(new Routes.Library(), screens.create(new Routes.Library(), app, this)));
    }

    @Override
    public void tell(String heading, String message) {
        // a closing button (not OK) so Esc closes the message as well as Enter or Space on the focused button
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message,
                new ButtonType(app.texts().get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.setHeaderText(heading);
        alert.setTitle(app.texts().get("app.title"));
        if (getScene() != null) alert.initOwner(getScene().getWindow());
        alert.show();
    }

    /**
     * The one way off screens that may hold unsaved changes (Back, Home, Sign in / Sign out, Teacher, closing the
     * window): each screen about to be left, in order, asks its question (the pack editor: Save / Don't save /
     * Cancel); {@code then} runs once every one has agreed, and not at all when one is cancelled.
     */
    private void askThen(List<Screen> leaving, Runnable then) {
        if (leaving.isEmpty()) then.run();
        else
            leaving.get(0).askToLeave(getScene() == null ? null : getScene().getWindow(),
                    () -> askThen(leaving.subList(1, leaving.size()), then));
    }

    /** The screen on show, alone: what a move that keeps the others (Back, a new screen on top) leaves. */
    private List<Screen> currentScreen() {
        return current == null || current.screen == null ? List.of() : List.of(current.screen);
    }

    /** The screen on show, then those Back returns to, newest first: what Home and closing the window drop. */
    private List<Screen> heldScreens() {
        List<Screen> held = new java.util.ArrayList<>(currentScreen());
        for (Entry e : history)
            if (e.screen != null) held.add(e.screen);
        return held;
    }

    /** The window's close button (or the system's close): {@code close} runs once every screen has agreed. */
    void askToClose(Runnable close) {
        askThen(heldScreens(), close);
    }

    private void leaveCurrent() {
        if (current != null && current.screen != null) current.screen.leaving();
    }

    private void display(Entry entry) {
        current = entry;
        labelStudent();
        setCenter(entry.screen.view());
        title.textProperty().bind(entry.screen.titleValue());
        back.setDisable(history.isEmpty());
        entry.screen.shown();
        Node view = entry.screen.view();
        if (getScene() != null) takeFocus(view);
        else
            Platform.runLater(() -> { // the first screen: the window is made once it is built
                if (current == entry) takeFocus(view);
            });
    }

    /**
     * The screen takes the keys now, before the next pulse. The control that had them was just removed with the old
     * screen, and on its next pulse the scene would hand them to the first button ("← Back", ui18) unless they are
     * already in the new screen. Its skins are made first: a scroll pane's content joins the scene only then.
     */
    private static void takeFocus(Node view) {
        view.applyCss();
        view.requestFocus();
    }

    /** A label that a narrow window cuts to "…" shows its whole text as a tooltip (and none while it is whole). */
    private static void tooltipWhenCut(Label label) {
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(label.textProperty());
        InvalidationListener check = o -> label.setTooltip(label.getWidth() + 0.5 < label.prefWidth(-1) ? whole : null);
        label.widthProperty().addListener(check);
        label.textProperty().addListener(check);
        label.fontProperty().addListener(check);
    }

    /** A label kept whole up to a width of some em, past that it gives way (ends in "…") like any other. */
    private static final class WholeUpTo extends Label {
        private final double ems;

        WholeUpTo(double ems) {
            this.ems = ems;
        }

        @Override
        protected double computeMinWidth(double height) {
            return Math.min(computePrefWidth(height), ems * getFont().getSize());
        }
    }

    /** The window is closing: the current screen keeps its work. */
    void shutdown() {
        leaveCurrent();
    }
}
