package app.stepwise.ui;

/**
 * A computer so busy with other programs that every task's budget passes on the clock before its work ends, while the
 * work itself has had little of the processor; this does what {@link FxTaskExecutor} then does, on the test thread and
 * without waiting: a task with a plain budget fails with {@link BackgroundTask.TimedOut}; a patient one is said to be
 * slow, and then ends as its work does. {@code BackgroundTaskTest} proves that the real executor does this.
 */
final class StarvedComputerExecutor extends CurrentThreadTaskExecutor {
    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        task.running();
        if (task.patience().isEmpty()) {
            task.failed(new BackgroundTask.TimedOut(task.name(), task.budget()));
            return finished(() -> {});
        }
        task.slow(); // the budget passed on the clock while the work went on
        runToEnd(task, () -> false);
        return finished(() -> {});
    }
}
