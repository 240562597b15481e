package app.stepwise.ui;

import java.util.ArrayList;
import java.util.List;

/** Starts each task and keeps its work until the test lets it run: a reading still going on a slow computer. */
final class HeldTaskExecutor extends CurrentThreadTaskExecutor {
    final List<Runnable> held = new ArrayList<>();
    int started;

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        started++;
        task.running();
        held.add(() -> runToEnd(task, () -> false));
        return finished(() -> {});
    }

    /** Lets the oldest held work run to its end. */
    void finishOne() {
        held.remove(0).run();
    }
}
