package app.stepwise.cli;

import app.stepwise.app.AppPaths;
import app.stepwise.app.ErrorLog;
import app.stepwise.app.Logs;
import app.stepwise.model.Offline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code stepwise} command: the desktop app and the verbs teachers and our own checks use. */
@Command(name = "stepwise", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class, description = "Offline tutor for math and physics.", subcommands = {
        AppCommand.class, ValidateCommand.class, ListCommand.class, VersionCommand.class, GradeCommand.class,
        CheckStepsCommand.class, BenchCommand.class, SolveCommand.class, CorpusCommand.class, HintCommand.class,
        EvalModelCommand.class, TeacherCommand.class, FormatCommand.class, ImportCommand.class, ExportCommand.class})
public final class Main implements Runnable {
    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        Offline.enforce();
        AppPaths.keepNativeCachesInDataFolder();
        Logs.start();
        if (args.length == 0) args = new String[]{"app"};
        CommandLine cl = commandLine();
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        System.exit(code);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            ErrorLog.shared().report("stepwise " + cmd.getCommandName(), ex);
            cmd.getErr().println("stepwise: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
            return 2;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("stepwise: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return 2;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
