package app.stepwise.cli;

import app.stepwise.app.ProcessEnvironment;
import app.stepwise.ui.StepwiseApp;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stepwise app} (the default): opens the desktop window. */
@Command(name = "app", description = "Open the Stepwise window (the default when no verb is given).")
final class AppCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--open", paramLabel = "PACK", description = "open this pack file (e.g. one a colleague shared)")
    String pack;

    @Option(names = "--problem", paramLabel = "ID", description = "with --open: go straight to this problem")
    String problem;

    @Override
    public Integer call() {
        if (GraphicsEnvironment.isHeadless() && System.getenv("DISPLAY") == null
                && System.getenv("WAYLAND_DISPLAY") == null
                && !"Monocle".equals(System.getProperty("glass.platform"))) {
            spec.commandLine().getErr().println(
                    "stepwise: no display to open a window on. Run it on a desktop, or under Xvfb (xvfb-run ./stepwise).");
            return 2;
        }
        List<String> args = new ArrayList<>();
        if (pack != null) args.add("--open=" + pack);
        if (problem != null) args.add("--problem=" + problem);
        ProcessEnvironment.keepDesktopCachesInDataFolder(); // before GTK starts
        ProcessEnvironment.keepJavaFontCacheInDataFolder(); // before any other thread reads user.home
        StepwiseApp.launchApp(args.toArray(String[]::new));
        return 0;
    }
}
