package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A refused name is told to the student on the UI thread. The screen's message is bound to a label, so changing it
 * from a worker crashed the screen ("Something went wrong") on Start with an empty name.
 */
class StudentsViewModelTest {

    @Test
    void aRefusedNameIsToldOnTheUiThreadInTheStudentsLanguage() throws Exception {
        BlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
        try (TestApp test = new TestApp(new FxTaskExecutor(1, ui::add)).inLanguage("es")) {
            StudentsViewModel vm = new StudentsViewModel(test.app(), test.navigator);
            vm.refresh(); // "nobody has a name on this computer yet"
            drain(ui, () -> vm.noneYetProperty().get());
            Thread uiThread = Thread.currentThread();
            List<String> changedOn = new ArrayList<>();
            vm.messageProperty().addListener((o, was, now) -> changedOn.add(
                    (Thread.currentThread() == uiThread ? "ui: " : "worker: ") + now));
            vm.create("  ", "");
            drain(ui, () -> changedOn.stream().anyMatch(c -> c.contains("escribe un nombre")));
            assertThat(changedOn).isNotEmpty().allMatch(c -> c.startsWith("ui: "));
            assertThat(vm.messageProperty().get()).isEqualTo("Primero escribe un nombre.");
        }
    }

    /**
     * Seen at 1366×768: after "I'm new here", the screen still said to press "I'm new here" under the name form. The
     * advice now stands in the empty list's place (not as the message under the buttons), and goes once pressed.
     */
    @Test
    void theAdviceToPressImNewGoesOncePressed() throws Exception {
        BlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
        try (TestApp test = new TestApp(new FxTaskExecutor(1, ui::add))) {
            StudentsViewModel vm = new StudentsViewModel(test.app(), test.navigator);
            vm.refresh();
            drain(ui, () -> vm.noneYetProperty().get());
            assertThat(vm.messageProperty().get()).as("not under the buttons").isEmpty();
            vm.creating();
            assertThat(vm.noneYetProperty().get()).isFalse();
            vm.create("  ", ""); // what the student does next is still answered
            drain(ui, () -> !vm.messageProperty().get().isEmpty());
            assertThat(vm.messageProperty().get()).isEqualTo("Type a name first.");
        }
    }

    private static void drain(BlockingQueue<Runnable> ui, java.util.function.BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!done.getAsBoolean() && System.nanoTime() < end) {
            Runnable r = ui.poll(100, TimeUnit.MILLISECONDS);
            if (r != null) r.run();
        }
    }
}
