package app.stepwise.cli;

import app.stepwise.app.AppPaths;
import app.stepwise.app.ErrorLog;
import app.stepwise.app.Logs;
import app.stepwise.model.Offline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code stepwise} command: the desktop app and the verbs teachers and our own checks use. */
@Command(name = "stepwise", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class, description = "Offline tutor for math and physics.", subcommands = {
        AppCommand.class, ValidateCommand.class, ListCommand.class, VersionCommand.class, GradeCommand.class,
        CheckStepsCommand.class, BenchCommand.class, SolveCommand.class, CorpusCommand.class, HintCommand.class,
        EvalModelCommand.class, TeacherCommand.class, FormatCommand.class, EvalReaderCommand.class,
        VerifySamplesCommand.class, ReportCommand.class, ImportCommand.class, ExportCommand.class})
public final class Main implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--self-test", description = "check this installation: packs, grading, a worked solution, a verified model hint, "
            + "progress in a temporary profile; exit 0 when all pass")
    boolean selfTest;

    public static void main(String[] args) {
        AppPaths.pinUserDir(); // before anything looks for the data folder: portable mode keeps every cache on the stick
        Offline.enforce();
        AppPaths.keepNativeCachesInDataFolder();
        AppPaths.DataFolder data = AppPaths.ensurePrivateDataFolder(); // before the log or anything else writes into it
        Logs.start();
        data.report(System.err);
        args = routeOpenedFile(args);
        // an installed launcher asks for the splash picture on every start; a verb has no window to wait for
        if (Boolean.getBoolean("stepwise.launcherSplash") && !args[0].equals("app"))
            app.stepwise.ui.StepwiseApp.closeLauncherSplash();
        CommandLine cl = commandLine();
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        System.exit(code);
    }

    /**
     * No arguments opens the window; existing pack files as the only arguments (what a double-click on a .stepwise-pack
     * passes through the desktop entry's {@code %F}) open the window on the first of them: the window shows one pack.
     */
    static String[] routeOpenedFile(String[] args) {
        if (args.length == 0) return new String[]{"app"};
        if (!args[0].startsWith("-") && commandLine().getSubcommands().get(args[0]) == null
                && Arrays.stream(args).allMatch(arg -> Files.isRegularFile(Path.of(arg)))) {
            return new String[]{"app", "--open", Path.of(args[0]).toAbsolutePath().toString()};
        }
        return args;
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            ErrorLog.shared().report("stepwise " + cmd.getCommandName(), ex);
            cmd.getErr().println("stepwise: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
            return 2;
        });
        // an answer may start with a minus sign (grade PACK ID "-6, 6"): it is the answer, not an unknown option
        cl.getSubcommands().get("grade").setUnmatchedOptionsArePositionalParams(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("stepwise: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return 2;
        });
        return cl;
    }

    @Override
    public Integer call() {
        if (selfTest) return new SelfTest(spec.commandLine().getOut()).run();
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
