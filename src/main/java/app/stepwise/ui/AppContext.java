package app.stepwise.ui;

import app.stepwise.tutor.Tutor;

/**
 * The app's object graph, built once in {@link StepwiseApp#start} and handed to every screen's view model: the tutor
 * (model, grading, progress store), the executor for background work, the user's settings and the UI texts in the
 * chosen language. Tests build one with a {@link CurrentThreadTaskExecutor} and a temporary progress file.
 */
public record AppContext(Tutor tutor, TaskExecutor tasks, SettingsStore settings, Texts texts) {
    /** The same graph with the texts of another language. */
    public AppContext withTexts(Texts other) {
        return new AppContext(tutor, tasks, settings, other);
    }
}
