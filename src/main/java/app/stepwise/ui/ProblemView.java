package app.stepwise.ui;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.tutor.Checking;
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
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A problem: statement, working, answer, Check / Hint / Show solution, and the feedback. */
final class ProblemView extends ScrollPane {
    private final TextField answer = new TextField();

    ProblemView(ProblemViewModel vm) {
        VBox content = new VBox(10);
        content.getStyleClass().add("view");
        Label statementLabel = new Label("Problem");
        statementLabel.getStyleClass().add("section");
        var statement = MathText.flow(vm.problem.statement(), 18);
        statement.setId("statement");

        Label workLabel = new Label("Your working — one step per line (optional)");
        workLabel.getStyleClass().add("section");
        TextArea work = new TextArea();
        work.setId("work");
        work.setPrefRowCount(6);
        work.setPromptText(vm.problem.work().map(w -> w.start()).orElse(""));
        work.textProperty().bindBidirectional(vm.work);
        workLabel.setLabelFor(work);

        VBox marks = new VBox(3);
        marks.setId("line-marks");
        marks.getStyleClass().add("line-marks");
        vm.lineMarks.addListener((ListChangeListener<Checking.LineMark>) c -> {
            marks.getChildren().clear();
            for (Checking.LineMark l : vm.lineMarks) marks.getChildren().add(markRow(l));
        });

        Label answerLabel = new Label("Answer");
        answerLabel.getStyleClass().add("section");
        answer.setId("answer");
        answer.setPromptText("Type your final answer, e.g. x = 5");
        answer.textProperty().bindBidirectional(vm.answer);
        answer.setOnAction(e -> vm.check());
        answerLabel.setLabelFor(answer);

        Button check = new Button("Check");
        check.setId("check");
        check.setDefaultButton(false);
        check.setOnAction(e -> vm.check());
        check.disableProperty().bind(vm.busyProperty());
        Button hint = new Button("Hint");
        hint.setId("hint");
        hint.setOnAction(e -> vm.hint());
        Button solution = new Button("Show solution");
        solution.setId("solution");
        solution.setOnAction(e -> vm.showSolution());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(20, 20);
        busy.visibleProperty().bind(vm.busyProperty());
        Button wrong = new Button("What's wrong?");
        wrong.setId("whats-wrong");
        wrong.setOnAction(e -> vm.whatsWrong());
        wrong.disableProperty().bind(Bindings.isEmpty(vm.work));
        Button stop = new Button("Stop");
        stop.setId("stop-hint");
        stop.setOnAction(e -> vm.stopHint());
        stop.visibleProperty().bind(vm.generatingProperty());
        stop.managedProperty().bind(vm.generatingProperty());
        hint.disableProperty().bind(vm.generatingProperty());
        HBox buttons = new HBox(8, check, hint, wrong, solution, stop, busy);

        Label verdict = new Label();
        verdict.setId("verdict");
        verdict.setWrapText(true);
        verdict.textProperty().bind(vm.verdict);
        verdict.visibleProperty().bind(Bindings.isNotEmpty(vm.verdict));
        vm.verdictKind.addListener((o, was, now) -> {
            verdict.getStyleClass().removeAll("correct", "partial", "wrong", "info");
            if (!now.isEmpty()) verdict.getStyleClass().add(now);
        });

        VBox hints = new VBox(6);
        hints.setId("hints");
        vm.hints.addListener((ListChangeListener<String>) c -> {
            hints.getChildren().clear();
            for (int i = 0; i < vm.hints.size(); i++) {
                var f = MathText.flow("Hint " + (i + 1) + ": " + vm.hints.get(i), 15);
                f.getStyleClass().add("hint");
                hints.getChildren().add(f);
            }
        });
        Label streaming = new Label();
        streaming.setId("hint-stream");
        streaming.getStyleClass().add("hint-stream");
        streaming.setWrapText(true);
        streaming.textProperty()
                .bind(Bindings.when(vm.generatingProperty()).then(Bindings.concat("Thinking… ", vm.streaming)).otherwise(""));
        streaming.visibleProperty().bind(vm.generatingProperty());
        streaming.managedProperty().bind(vm.generatingProperty());
        Label source = new Label();
        source.setId("hint-source");
        source.getStyleClass().add("muted");
        source.textProperty().bind(vm.hintSource);
        VBox steps = new VBox(6);
        steps.setId("worked-solution");
        vm.solution.addListener((ListChangeListener<String>) c -> {
            steps.getChildren().clear();
            for (int i = 0; i < vm.solution.size(); i++)
                steps.getChildren().add(MathText.flow((i + 1) + ". " + vm.solution.get(i), 15));
        });

        // a choice problem shows its options; the chosen option's text is the answer the grader reads
        Node answerInput = answer;
        if (vm.problem.answer() instanceof AnswerSpec.MultipleChoice choice) {
            VBox options = new VBox(6);
            options.setId("choices");
            ToggleGroup group = new ToggleGroup();
            for (int i = 0; i < choice.choices().size(); i++) {
                String text = choice.choices().get(i);
                RadioButton option = new RadioButton(String.valueOf((char) ('A' + i)) + ".  " + text);
                option.setId("choice-" + i);
                option.setToggleGroup(group);
                option.setOnAction(e -> vm.answer.set(text));
                options.getChildren().add(option);
            }
            answerLabel.setLabelFor(options);
            answerInput = options;
        }

        content.getChildren().addAll(statementLabel, statement, workLabel, work, marks, answerLabel, answerInput, buttons,
                verdict,
                streaming, hints, source, steps);
        VBox.setVgrow(work, Priority.SOMETIMES);
        setContent(content);
        setFitToWidth(true);
        statement.prefWidthProperty().bind(widthProperty().subtract(48));
        content.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.check();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.hint();
                e.consume();
            }
        });
    }

    /** One line's mark: a symbol, the line as typed, and what the checker says about it. */
    private static HBox markRow(Checking.LineMark l) {
        String symbol = switch (l.mark()) {
            case RIGHT, RIGHT_OTHER_ROUTE -> "✓";
            case WRONG -> "✗";
            case UNREADABLE -> "?";
        };
        Label mark = new Label(symbol);
        mark.getStyleClass().addAll("mark", l.mark().label());
        Label text = new Label("Line " + l.line() + ":  " + l.text().strip());
        text.getStyleClass().add("mark-line");
        text.setMaxWidth(360); // a very long line is cut with an ellipsis (full text in the tooltip), never squeezing the message
        text.setTooltip(new Tooltip(l.text().strip()));
        String why = l.message() + l.misconception().map(m -> "  (" + m + ")").orElse("");
        Label message = new Label(why);
        message.setWrapText(true);
        message.setMinWidth(240);
        message.getStyleClass().add("mark-message");
        HBox row = new HBox(8, mark, text, message);
        row.getStyleClass().addAll("mark-row", l.mark().label());
        row.setAccessibleText("Line " + l.line() + " " + l.mark().label() + ": " + l.message());
        HBox.setHgrow(message, Priority.ALWAYS);
        return row;
    }

    @Override
    public void requestFocus() {
        answer.requestFocus();
    }
}
