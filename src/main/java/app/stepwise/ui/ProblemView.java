package app.stepwise.ui;

import app.stepwise.tutor.Checking;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A problem: statement, working, answer, the feedback and Previous / Next, which scroll; under them Check / Hint /
 * What's wrong? / Show solution in a bar that stays put, so a hint scrolled into view never moves the button clicked.
 */
final class ProblemView extends javafx.scene.layout.BorderPane implements Screen {
    private static final KeyCombination CHECK = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination HINT = Shortcuts.HINT;
    private static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN);
    private static final javafx.css.PseudoClass PENDING = javafx.css.PseudoClass.getPseudoClass("pending");

    private final ProblemViewModel vm;
    private final Texts t;
    /** Everything but the buttons: it scrolls to show a new hint or solution while the buttons stay where they are. */
    private final ScrollPane scroll = new ScrollPane();
    private final TextArea work = MathInput.area();
    private final TextField answer = MathInput.field();
    private Node answerInput = answer;
    /** Stops following what {@link #reveal} last showed as it grows. */
    private Runnable stopRevealing = () -> {};
    /** The box the palette types into: the one that last had focus. */
    private TextInputControl paletteTarget = work;

    ProblemView(ProblemViewModel vm, Texts t) {
        this.vm = vm;
        this.t = t;
        ProblemViewModel.Display d = vm.display();
        VBox content = new VBox(10);
        content.getStyleClass().add("view");

        Label position = new Label(t.get("problem.position", d.number(), d.count()));
        position.setId("position");
        position.getStyleClass().add("muted");
        Button previous = new Button(t.get("problem.previous"));
        previous.setId("previous");
        previous.setDisable(!d.hasPrevious());
        previous.setOnAction(e -> vm.previous());
        Button next = new Button(t.get(d.isLast() ? "problem.finish" : "problem.next"));
        next.setId("next");
        next.setOnAction(e -> vm.next());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox moving = new HBox(8, position, gap, previous, next);
        moving.getStyleClass().add("moving");

        Label statementLabel = new Label(t.get("problem.statement"));
        statementLabel.getStyleClass().add("section");
        var statement = MathText.flow(d.statement(), Looks.mathSize(18));
        statement.setId("statement");
        statement.setAccessibleText(MathSpeech.plain(d.statement())); // a screen reader hears the math as plain text

        Label workLabel = new Label(t.get("problem.work"));
        workLabel.getStyleClass().add("section");
        work.setId("work");
        work.setPrefRowCount(6);
        work.setPromptText(d.workPrompt());
        work.textProperty().bindBidirectional(vm.workProperty());
        work.setAccessibleHelp(t.get("problem.work.keys"));
        workLabel.setLabelFor(work);
        Label workKeys = new Label(t.get("problem.work.keys"));
        workKeys.setId("work-keys");
        workKeys.getStyleClass().add("muted");
        workKeys.setWrapText(true);
        // Tab leaves the working box (a tab character means nothing in a line of math); Shift+Tab goes back
        work.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                if (e.isShiftDown()) statementFocus(previous, next).requestFocus();
                else
                    focusAnswer();
                e.consume();
            }
        });

        work.focusedProperty().addListener((o, was, now) -> {
            if (now) paletteTarget = work;
        });
        answer.focusedProperty().addListener((o, was, now) -> {
            if (now) paletteTarget = answer;
        });
        SymbolPalette palette = new SymbolPalette(t, () -> paletteTarget, vm.wantsUnits(), vm.unitAsked());

        // each typed line rendered as math beside the working, as the student types
        Label previewLabel = new Label(t.get("problem.preview"));
        previewLabel.getStyleClass().add("section");
        VBox previewLines = new VBox(4);
        previewLines.setId("preview");
        previewLines.getStyleClass().add("preview");
        vm.previewProperty().addListener((ListChangeListener<ProblemViewModel.PreviewLine>) c -> showPreview(previewLines));
        // the rendered lines scroll within the working's height: a line turning from text into a formula as the
        // student types never makes the row taller, so nothing on the screen moves
        ScrollPane previewScroll = new ScrollPane(previewLines);
        previewScroll.setId("preview-scroll");
        previewScroll.getStyleClass().add("preview-scroll");
        previewScroll.setFitToWidth(true);
        previewScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        previewScroll.setMinHeight(0);
        previewScroll.setPrefHeight(0);
        // the rendered column follows the line the caret is on, as the working box itself does
        Runnable followCaret = () -> {
            String text = work.getText() == null ? "" : work.getText();
            int lines = (int) text.chars().filter(ch -> ch == '\n').count();
            int caretLine = (int) text.substring(0, Math.min(work.getCaretPosition(), text.length())).chars()
                    .filter(ch -> ch == '\n').count();
            previewScroll.setVvalue(lines == 0 ? 0 : (double) caretLine / lines);
        };
        work.caretPositionProperty().addListener((o, was, now) -> followCaret.run());
        previewLines.heightProperty().addListener((o, was, now) -> followCaret.run());
        VBox.setVgrow(previewScroll, Priority.ALWAYS);
        VBox previewBox = new VBox(4, previewLabel, previewScroll);
        previewBox.setMinWidth(220);
        previewBox.prefWidthProperty().bind(widthProperty().multiply(0.38));
        HBox.setHgrow(work, Priority.ALWAYS);
        HBox workRow = new HBox(12, work, previewBox);

        VBox marks = new VBox(3);
        marks.setId("line-marks");
        marks.getStyleClass().add("line-marks");
        vm.lineMarksProperty().addListener((ListChangeListener<Checking.LineMark>) c -> showMarks(marks));
        // an edited line's mark stays where it was, dimmed, until the next check: the rows keep their size
        vm.markPendingProperty().addListener((ListChangeListener<Boolean>) c -> showPending(marks));

        Label answerLabel = new Label(t.get("problem.answer"));
        answerLabel.getStyleClass().add("section");
        answer.setId("answer");
        answer.setPromptText(d.answerPrompt());
        answer.textProperty().bindBidirectional(vm.answerProperty());
        answer.setOnAction(e -> vm.check());
        answerLabel.setLabelFor(answer);
        if (!d.choices().isEmpty()) { // a choice problem shows its options; the chosen one's text is what is graded
            VBox options = new VBox(6);
            options.setId("choices");
            ToggleGroup group = new ToggleGroup();
            for (int i = 0; i < d.choices().size(); i++) {
                RadioButton option = new RadioButton((char) ('A' + i) + ".  " + d.choices().get(i));
                option.setId("choice-" + i);
                option.setToggleGroup(group);
                option.setSelected(d.choices().get(i).equals(vm.answerProperty().get()));
                int chosen = i;
                option.setOnAction(e -> vm.choose(chosen));
                options.getChildren().add(option);
            }
            vm.answerProperty().addListener((o, was, now) -> { // restored work selects its option
                for (int i = 0; i < d.choices().size(); i++)
                    ((RadioButton) options.getChildren().get(i)).setSelected(d.choices().get(i).equals(now));
            });
            answerLabel.setLabelFor(options);
            answerInput = options;
        }

        Button check = new Button(t.get("problem.check"));
        check.setId("check");
        check.setOnAction(e -> vm.check());
        check.setTooltip(new Tooltip(t.get("problem.check.tip")));
        Button hint = new Button(t.get("problem.hint"));
        hint.setId("hint");
        hint.setOnAction(e -> vm.hint());
        hint.setTooltip(new Tooltip(t.get("problem.hint.tip")));
        hint.disableProperty().bind(vm.generatingProperty());
        Button wrong = new Button(t.get("problem.whatsWrong"));
        wrong.setId("whats-wrong");
        wrong.setOnAction(e -> vm.whatsWrong());
        wrong.disableProperty().bind(vm.canAskWhatsWrongProperty().not());
        Button solution = new Button(t.get("problem.solution"));
        solution.setId("solution");
        solution.setOnAction(e -> vm.showSolution());
        Button stop = new Button(t.get("problem.stop"));
        stop.setId("stop-hint");
        stop.setOnAction(e -> vm.stopHint());
        stop.visibleProperty().bind(vm.generatingProperty());
        stop.managedProperty().bind(vm.generatingProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(20, 20);
        busy.visibleProperty().bind(vm.checkingProperty().or(vm.generatingProperty()));
        busy.setAccessibleText(t.get("problem.working"));
        FlowPane buttons = new FlowPane(8, 8, check, hint, wrong, solution, stop, busy);
        buttons.setId("problem-buttons");
        Label stillWorking = new Label(); // a busy computer: the check (hint, "What's wrong?") is still going
        stillWorking.setId("still-working");
        stillWorking.setWrapText(true);
        stillWorking.getStyleClass().add("muted");
        stillWorking.textProperty().bind(vm.stillWorkingProperty());
        stillWorking.visibleProperty().bind(vm.stillWorkingProperty().isNotEmpty());
        stillWorking.managedProperty().bind(stillWorking.visibleProperty());

        Label verdict = new Label();
        verdict.setId("verdict");
        verdict.setWrapText(true);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        vm.verdictProperty().addListener((o, was, now) -> {
            showVerdict(verdict, now);
            // review24: at 1280×720 the verdict of a Check came below the fold, and the student saw nothing change; it is
            // scrolled into view (the part above the buttons scrolls; the buttons stay where they are)
            if (now.kind() != ProblemViewModel.Kind.NONE) reveal(verdict, verdict);
        });
        showVerdict(verdict, vm.verdictProperty().get());

        VBox hints = new VBox(6);
        hints.setId("hints");
        Runnable showHints = () -> {
            hints.getChildren().clear();
            for (ProblemViewModel.HintLine h : vm.hintsProperty()) {
                var f = MathText.flow(h.heading() + " " + h.text(), Looks.mathSize(15));
                f.getStyleClass().add("hint");
                f.setAccessibleText(h.heading() + " " + MathSpeech.plain(h.text()) + ". " + h.source());
                hints.getChildren().add(f);
            }
        };
        showHints.run();
        Label streaming = new Label();
        streaming.setId("hint-stream");
        streaming.getStyleClass().add("hint-stream");
        streaming.textProperty().bind(Bindings.concat(t.get("problem.thinking"), " ", vm.streamingProperty()));
        streaming.visibleProperty().bind(vm.generatingProperty());
        streaming.managedProperty().bind(vm.generatingProperty());
        Label source = new Label();
        source.setId("hint-source");
        source.getStyleClass().add("muted");
        source.textProperty().bind(vm.hintSourceProperty());
        // after a right answer the hints used are folded under one button, out of the way of "✓ Correct."
        ToggleButton hintsUsed = new ToggleButton();
        hintsUsed.setId("hints-used");
        hintsUsed.getStyleClass().add("hints-used");
        hintsUsed.visibleProperty().bind(vm.hintsFoldedProperty());
        hintsUsed.managedProperty().bind(vm.hintsFoldedProperty());
        hintsUsed.textProperty().bind(Bindings.createStringBinding(
                () -> t.get("problem.hintsUsed", vm.hintsProperty().size()) + (hintsUsed.isSelected() ? "  ▾" : "  ▸"),
                vm.hintsProperty(), hintsUsed.selectedProperty()));
        var hintsOpen = vm.hintsFoldedProperty().not().or(hintsUsed.selectedProperty());
        vm.hintsProperty().addListener((ListChangeListener<ProblemViewModel.HintLine>) c -> {
            showHints.run();
            if (!hints.getChildren().isEmpty()) reveal(hints.getChildren().getLast(), source); // never below the fold
        });
        VBox steps = new VBox(6);
        steps.setId("worked-solution");
        Runnable showSteps = () -> {
            steps.getChildren().clear();
            for (int i = 0; i < vm.solutionProperty().size(); i++) {
                var f = MathText.flow((i + 1) + ". " + vm.solutionProperty().get(i), Looks.mathSize(15));
                f.setAccessibleText((i + 1) + ". " + MathSpeech.plain(vm.solutionProperty().get(i)));
                steps.getChildren().add(f);
            }
        };
        vm.solutionProperty().addListener((ListChangeListener<String>) c -> {
            showSteps.run();
            if (!steps.getChildren().isEmpty()) reveal(steps, steps); // the solution's start, never below the fold
        });
        showSteps.run();

        content.getChildren().addAll(moving, statementLabel, statement);
        vm.image().ifPresent(ref -> content.getChildren().add(picture(ref)));
        if (vm.workCheckable() || d.choices().isEmpty()) // a choice problem whose working is not checked shows no working box
            content.getChildren().addAll(workLabel, workRow, palette, workKeys);
        content.getChildren().addAll(answerLabel, answerInput, verdict);
        // each line's mark comes below the verdict: the first Check adds rows there, and nothing the student types in
        // (the working, the answer box) moves; the buttons are in their own bar below the scrolling part
        if (vm.workCheckable() || d.choices().isEmpty()) content.getChildren().add(marks);
        content.getChildren().addAll(streaming, hintsUsed, hints, source, steps);
        // what is still empty takes no room, so a solution shown before any check or hint starts right below the buttons
        for (VBox list : List.of(marks, steps)) list.managedProperty().bind(Bindings.isNotEmpty(list.getChildren()));
        hints.visibleProperty().bind(hintsOpen);
        hints.managedProperty().bind(Bindings.isNotEmpty(hints.getChildren()).and(hintsOpen));
        source.visibleProperty().bind(hintsOpen);
        source.managedProperty().bind(source.textProperty().isNotEmpty().and(hintsOpen));
        VBox.setVgrow(workRow, Priority.SOMETIMES);
        // what the view model already holds (a screen rebuilt over it) is shown at once
        showPreview(previewLines);
        showMarks(marks);
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        // the buttons a student clicks again and again (Hint, Check) stay put: a new hint scrolls the part above them
        VBox actions = new VBox(6, buttons, stillWorking);
        actions.setId("problem-actions");
        actions.getStyleClass().add("problem-actions");
        setCenter(scroll);
        setBottom(actions);
        statement.prefWidthProperty().bind(widthProperty().subtract(48));
        // on the whole window while this screen is shown: a shortcut pressed while focus is still on its way to the
        // working box (just after Back or a restart, focus sits a moment on the top bar) is not lost
        javafx.event.EventHandler<KeyEvent> shortcuts = e -> {
            if (CHECK.match(e)) vm.check();
            else if (HINT.match(e)) vm.hint();
            else if (NEXT.match(e)) vm.next();
            else if (PREVIOUS.match(e)) vm.previous();
            else
                return;
            e.consume();
        };
        // once the student scrolls, clicks or types, a hint or solution still being drawn no longer moves the screen
        addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> stopRevealing.run());
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> stopRevealing.run());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> stopRevealing.run());
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) old.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            if (scene != null) scene.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
        });
    }

    private void showPreview(VBox lines) {
        lines.getChildren().clear();
        int n = 0;
        for (ProblemViewModel.PreviewLine p : vm.previewProperty()) {
            n++;
            if (p.typed().isBlank()) continue;
            Label number = new Label(n + ".");
            number.getStyleClass().add("muted");
            number.setMinWidth(24);
            Node shown;
            if (p.readable()) {
                shown = MathText.flow("$" + p.latex() + "$", Looks.mathSize(15));
            } else {
                Label raw = new Label(p.typed().strip() + "   (" + t.get("problem.preview.unreadable") + ")");
                raw.getStyleClass().add("muted");
                shown = raw;
            }
            HBox row = new HBox(6, number, shown);
            row.setAccessibleText(t.get("problem.line", n, p.typed().strip())); // the plain text, not the LaTeX
            shown.setAccessibleText(p.typed().strip());
            lines.getChildren().add(row);
        }
    }

    /**
     * The problem's picture under the statement: its alt text until the picture is decoded (in the background), and
     * for good when it is missing or refused; the picture is scaled to fit and a screen reader reads its alt text.
     */
    private Node picture(app.stepwise.lesson.Problem.Image ref) {
        String alt = ref.alt().isBlank() ? t.get("problem.image.noAlt") : ref.alt();
        Label altText = new Label(t.get("problem.image.alt", alt));
        altText.setId("problem-image-alt");
        altText.setWrapText(true);
        altText.getStyleClass().add("muted");
        javafx.scene.layout.StackPane box = new javafx.scene.layout.StackPane(altText);
        box.setId("problem-image");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        vm.loadImage(img -> img.ifPresentOrElse(i -> {
            javafx.scene.image.ImageView view = new javafx.scene.image.ImageView(i);
            view.setId("problem-image-view");
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(50, Math.min(i.getWidth(), getWidth() - 48)), widthProperty()));
            view.setAccessibleText(alt);
            view.setAccessibleRoleDescription(t.get("problem.image.role"));
            Tooltip.install(view, new Tooltip(alt));
            box.getChildren().setAll(view);
        }, () -> altText.getStyleClass().add("picture-unavailable"))); // the alt text stays, for good
        return box;
    }

    private static Node statementFocus(Button previous, Button next) {
        return previous.isDisabled() ? next : previous;
    }

    /** The verdict: a symbol and a word as well as a colour, so colour is never the only sign. */
    private void showVerdict(Label verdict, ProblemViewModel.Verdict v) {
        verdict.getStyleClass().removeAll("correct", "partial", "wrong", "info");
        boolean none = v.kind() == ProblemViewModel.Kind.NONE;
        verdict.setVisible(!none);
        verdict.setManaged(!none);
        if (none) {
            verdict.setText("");
            return;
        }
        String kind = v.kind().name().toLowerCase(Locale.ROOT);
        verdict.getStyleClass().add(kind);
        String symbol = switch (v.kind()) {
            case CORRECT -> "✓ ";
            case PARTIAL -> "◐ ";
            case WRONG -> "✗ ";
            default -> "ℹ ";
        };
        verdict.setText(symbol + v.text());
        verdict.setAccessibleText(t.get("verdict." + kind) + ": " + v.text());
    }

    /** Dims the marks whose line changed since the check (a style only: the row keeps its text and its size). */
    private void showPending(VBox marks) {
        for (int i = 0; i < marks.getChildren().size(); i++) {
            boolean pending = i < vm.markPendingProperty().size() && vm.markPendingProperty().get(i);
            Node row = marks.getChildren().get(i);
            row.pseudoClassStateChanged(PENDING, pending);
            if (row.getProperties().get("spoken") instanceof String spoken)
                row.setAccessibleText(pending ? spoken + " " + t.get("problem.line.pending") : spoken);
        }
    }

    /**
     * Scrolls so that a newly shown hint or worked solution (and the line under it, where it came from) is in view, now
     * and again each time it grows as its formulas are drawn (a solution has several, drawn one by one), until the
     * student scrolls, clicks or types, or something else is revealed; one taller than the view shows its start.
     */
    private void reveal(Node shown, Node below) {
        stopRevealing.run();
        Runnable scrollTo = () -> {
            applyCss();
            layout();
            Node content = scroll.getContent();
            double viewport = scroll.getViewportBounds().getHeight();
            double total = content.getLayoutBounds().getHeight();
            if (total <= viewport || shown.getScene() == null) return;
            javafx.geometry.Bounds b = content.sceneToLocal(shown.localToScene(shown.getLayoutBounds()));
            javafx.geometry.Bounds after = below.isVisible() && below.getScene() != null
                    ? content.sceneToLocal(below.localToScene(below.getLayoutBounds()))
                    : b;
            double top = scroll.getVvalue() * (total - viewport);
            double bottom = Math.max(b.getMaxY(), after.getMaxY());
            double wanted = top;
            if (bottom > top + viewport) wanted = bottom - viewport + 8;
            if (b.getMinY() < wanted) wanted = b.getMinY() - 8; // taller than the view: its start
            scroll.setVvalue(Math.clamp(wanted / (total - viewport), 0, 1));
        };
        javafx.application.Platform.runLater(scrollTo);
        javafx.beans.value.ChangeListener<javafx.geometry.Bounds> grown = (o, was, now) -> {
            if (now.getHeight() > was.getHeight()) javafx.application.Platform.runLater(scrollTo);
        };
        shown.layoutBoundsProperty().addListener(grown);
        stopRevealing = () -> shown.layoutBoundsProperty().removeListener(grown);
    }

    /** The widest a line is shown in its mark row: a longer one ends in "…", whole in its tooltip. */
    private static final double LINE_COLUMN_MAX = 360;
    /** The narrowest: a short line's message starts where a middling line's would. */
    private static final double LINE_COLUMN_MIN = 200;

    /**
     * The line marks, each row's line as wide as the widest line shown (within the bounds above), so every message
     * starts in one column, clear of the lines (ui18 saw "a = (25 - 5) / 4 Good step.").
     */
    private void showMarks(VBox marks) {
        marks.getChildren().clear();
        List<Label> lines = new ArrayList<>();
        for (Checking.LineMark l : vm.lineMarksProperty()) {
            HBox row = markRow(l);
            marks.getChildren().add(row);
            lines.add((Label) row.getChildren().get(1));
        }
        // the lines' font comes with the style sheet (and changes with the text size): the column is measured again
        lines.forEach(l -> l.fontProperty().addListener(o -> alignLines(lines)));
        alignLines(lines);
        showPending(marks);
    }

    private static void alignLines(List<Label> lines) {
        double widest = 0;
        for (Label l : lines)
            widest = Math.max(widest, TextWidths.width(l.getText(), l.getFont()) + l.snappedLeftInset() + l.snappedRightInset());
        double column = Math.clamp(Math.ceil(widest) + 1, LINE_COLUMN_MIN, LINE_COLUMN_MAX);
        for (Label l : lines) l.setPrefWidth(column);
    }

    /** One line's mark: a symbol, the line as typed, and what the checker says about it. */
    private HBox markRow(Checking.LineMark l) {
        String symbol = switch (l.mark()) {
            case RIGHT, RIGHT_OTHER_ROUTE -> "✓";
            case WRONG -> "✗";
            case UNREADABLE -> "?";
        };
        Label mark = new Label(symbol);
        mark.getStyleClass().addAll("mark", l.mark().label());
        Label text = new Label(t.get("problem.line", l.line(), l.text().strip()));
        text.getStyleClass().add("mark-line");
        text.setMaxWidth(LINE_COLUMN_MAX); // a very long line is cut with an ellipsis (full text in the tooltip), never squeezing the message
        // nor is the line squeezed by a long message: a Spanish why-line cut "3x = 20 + 5" to "3x = ..." and started its
        // message out of the column (teach23); the message wraps in the room left instead
        text.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setTooltip(new Tooltip(l.text().strip()));
        String why = t.get(l.said()) + l.misconception().map(m -> "  (" + t.get(m) + ")").orElse("");
        Label message = new Label(why);
        message.setWrapText(true);
        message.setMinWidth(240);
        message.getStyleClass().add("mark-message");
        HBox row = new HBox(8, mark, text, message);
        HBox.setMargin(message, new javafx.geometry.Insets(0, 0, 0, 8)); // the message clear of the line
        row.getStyleClass().addAll("mark-row", l.mark().label());
        String spoken = t.get("problem.line.accessible", l.line(), t.get("mark." + l.mark().label()), t.get(l.said()));
        row.setAccessibleText(spoken);
        row.getProperties().put("spoken", spoken);
        HBox.setHgrow(message, Priority.ALWAYS);
        return row;
    }

    /** The scrolling part (statement to worked solution), for tests of what is in view. */
    ScrollPane scroll() {
        return scroll;
    }

    @Override
    public Node view() {
        return this;
    }

    @Override
    public String title() {
        // a typed-in problem's "pack" is named by the screen, in the language it is shown in now (Settings may change it)
        String pack = vm.typedIn() ? t.get("library.own.title") : vm.display().packTitle();
        return t.get("problem.title", pack, vm.display().number(), vm.display().count());
    }

    @Override
    public Screen rebuilt() {
        return new ProblemView(vm, t);
    }

    @Override
    public java.util.Optional<Screen> relabeled(Texts texts) {
        vm.relabel(texts);
        return java.util.Optional.of(new ProblemView(vm, texts));
    }

    @Override
    public void leaving() {
        vm.leave();
    }

    private void focusAnswer() {
        if (answerInput instanceof VBox options && !options.getChildren().isEmpty()) options.getChildren().get(0).requestFocus();
        else
            answerInput.requestFocus();
    }

    @Override
    public void requestFocus() {
        if (vm.workCheckable()) work.requestFocus();
        else
            focusAnswer();
    }
}
