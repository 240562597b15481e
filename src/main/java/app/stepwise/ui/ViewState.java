package app.stepwise.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Skin;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.VirtualFlow;

/**
 * What a screen shows that lives in its controls rather than in its view model: the chosen row of a list or table and
 * how far it is scrolled, the open tab, the chosen item of a drop-down, typed text, a scroll pane's position. A screen
 * said again in another language over the same view model ({@link Screen#relabeled}) carries it from its old view to
 * the new one, so a language change loses none of it: taken before the view model is said again (its lists are
 * replaced), set on the new view. Controls are matched by their ids.
 */
final class ViewState {
    /** Each control's state, read when the state was taken, as what sets it on the same control of another view. */
    private final Map<String, java.util.function.Consumer<Node>> kept = new LinkedHashMap<>();

    private ViewState() {}

    /** The state of every control with an id in {@code view}, read now (before its view model is said again). */
    static ViewState of(Node view) {
        ViewState state = new ViewState();
        byId(view).forEach((id, old) -> {
            java.util.function.Consumer<Node> restore = restorer(old);
            if (restore != null) state.kept.put(id, now -> {
                if (now.getClass() == old.getClass()) restore.accept(now);
            });
        });
        return state;
    }

    /**
     * A screen said again in a new language: its state is taken, its view model said again ({@code relabelModel}), the
     * new screen built over it ({@code build}) and given the state.
     */
    static java.util.Optional<Screen> sayAgain(Node old, Runnable relabelModel, java.util.function.Supplier<Screen> build) {
        ViewState kept = of(old);
        relabelModel.run();
        Screen again = build.get();
        kept.restore(again.view());
        return java.util.Optional.of(again);
    }

    /** Sets the state taken on the controls with the same ids in {@code view}. */
    void restore(Node view) {
        Map<String, Node> fresh = byId(view);
        kept.forEach((id, restore) -> {
            Node now = fresh.get(id);
            if (now != null) restore.accept(now);
        });
    }

    private static java.util.function.Consumer<Node> restorer(Node old) {
        switch (old) {
            case ListView<?> a -> {
                int chosen = a.getSelectionModel().getSelectedIndex();
                int first = firstShown(a);
                return now -> {
                    ListView<?> b = (ListView<?>) now;
                    select(b.getSelectionModel(), chosen, b.getItems().size());
                    scrollWhenShown(b, first, b::scrollTo);
                };
            }
            case TableView<?> a -> {
                int chosen = a.getSelectionModel().getSelectedIndex();
                int first = firstShown(a);
                return now -> {
                    TableView<?> b = (TableView<?>) now;
                    select(b.getSelectionModel(), chosen, b.getItems().size());
                    scrollWhenShown(b, first, b::scrollTo);
                };
            }
            case ComboBox<?> a -> {
                int chosen = a.getSelectionModel().getSelectedIndex();
                return now -> select(((ComboBox<?>) now).getSelectionModel(), chosen, ((ComboBox<?>) now).getItems().size());
            }
            case TabPane a -> {
                int chosen = a.getSelectionModel().getSelectedIndex();
                return now -> select(((TabPane) now).getSelectionModel(), chosen, ((TabPane) now).getTabs().size());
            }
            case TextInputControl a -> {
                String text = a.getText();
                return now -> ((TextInputControl) now).setText(text);
            }
            case ScrollPane a -> {
                double h = a.getHvalue();
                double v = a.getVvalue();
                // the new pane's content is laid out on its first pulse; its position is set after that
                return now -> Platform.runLater(() -> {
                    ((ScrollPane) now).setHvalue(h);
                    ((ScrollPane) now).setVvalue(v);
                });
            }
            default -> {
                return null;
            }
        }
    }

    private static void select(javafx.scene.control.SelectionModel<?> model, int index, int size) {
        if (index >= 0 && index < size) model.select(index);
    }

    /** The first row a list or table shows (-1 before it is drawn). */
    private static int firstShown(Node list) {
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null)
            return flow.getFirstVisibleCell().getIndex();
        return -1;
    }

    /** Scrolls once the control has its skin (a list scrolled before it is drawn ignores it). */
    private static void scrollWhenShown(javafx.scene.control.Control control, int row, java.util.function.IntConsumer scroll) {
        if (row <= 0) return;
        if (control.getSkin() != null) {
            scrollUntilSettled(control, row, scroll);
            return;
        }
        ChangeListener<Skin<?>> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Skin<?>> o, Skin<?> was, Skin<?> now) {
                control.skinProperty().removeListener(this);
                Platform.runLater(() -> scrollUntilSettled(control, row, scroll));
            }
        };
        control.skinProperty().addListener(once);
    }

    /** How long after a restored scroll the row is held at the top while the list measures its rows. */
    private static final java.time.Duration SETTLING = java.time.Duration.ofSeconds(5);

    /**
     * Scrolls so the row is the first shown, and keeps it there for a moment. Rows of different heights (the library's
     * packs, said in a new language) are measured a few at a time over the next layouts, and each new measure moves the
     * rows under an unchanged scroll position, so the list drifts a row or two from where it was put. After each layout
     * in the next {@link #SETTLING}, a drifted row is scrolled to again; the first scroll, click or key of the user's
     * own ends this.
     */
    private static void scrollUntilSettled(javafx.scene.control.Control control, int row, java.util.function.IntConsumer scroll) {
        scroll.accept(row);
        javafx.scene.Scene scene = control.getScene();
        if (scene == null) return;
        long until = System.nanoTime() + SETTLING.toNanos();
        boolean[] touched = {false};
        javafx.event.EventHandler<javafx.event.Event> byUser = e -> touched[0] = true;
        List<javafx.event.EventType<? extends javafx.event.Event>> moves = List.of(javafx.scene.input.ScrollEvent.SCROLL,
                javafx.scene.input.MouseEvent.MOUSE_PRESSED, javafx.scene.input.KeyEvent.KEY_PRESSED);
        moves.forEach(m -> control.addEventFilter(m, byUser));
        Runnable check = new Runnable() {
            @Override
            public void run() {
                if (touched[0] || control.getScene() != scene || System.nanoTime() > until) {
                    scene.removePostLayoutPulseListener(this);
                    moves.forEach(m -> control.removeEventFilter(m, byUser));
                    return;
                }
                int first = firstShown(control);
                if (first >= 0 && first != row) scroll.accept(row);
            }
        };
        scene.addPostLayoutPulseListener(check);
    }

    /** Every node with an id under {@code root}, tabs' contents and scroll panes' contents included. */
    private static Map<String, Node> byId(Node root) {
        Map<String, Node> found = new LinkedHashMap<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, Map<String, Node> found) {
        if (node == null) return;
        if (node.getId() != null) found.putIfAbsent(node.getId(), node);
        switch (node) {
            case TabPane tabs -> tabs.getTabs().stream().map(Tab::getContent).forEach(c -> collect(c, found));
            case ScrollPane pane -> collect(pane.getContent(), found);
            // the inside of a list, a table or a drop-down is its skin's, drawn from its items
            case ListView<?> l -> {
            }
            case TableView<?> t -> {
            }
            case ComboBox<?> c -> {
            }
            case Parent p -> p.getChildrenUnmodifiable().forEach(c -> collect(c, found));
            default -> {
            }
        }
    }
}
