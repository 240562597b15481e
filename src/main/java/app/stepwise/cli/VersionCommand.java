package app.stepwise.cli;

import app.stepwise.app.AppVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stepwise version}. */
@Command(name = "version", description = "Print the Stepwise version and the Java it runs on.")
final class VersionCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    static String version() {
        return AppVersion.current();
    }

    @Override
    public void run() {
        spec.commandLine().getOut().println("stepwise " + version() + " (Java " + Runtime.version() + ")");
    }

    /** Feeds --version. */
    static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"stepwise " + version()};
        }
    }
}
