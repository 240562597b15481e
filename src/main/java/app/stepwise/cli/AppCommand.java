package app.stepwise.cli;

import app.stepwise.ui.StepwiseApp;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code stepwise app} (the default): opens the desktop window. */
@Command(name = "app", description = "Open the Stepwise window (the default when no verb is given).")
final class AppCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        if (java.awt.GraphicsEnvironment.isHeadless() && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null
                && !"Monocle".equals(System.getProperty("glass.platform"))) {
            System.err.println("stepwise: no display to open a window on. Run it on a desktop, or under Xvfb (xvfb-run ./stepwise).");
            return 2;
        }
        StepwiseApp.launchApp();
        return 0;
    }
}
