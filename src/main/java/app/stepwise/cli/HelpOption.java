package app.stepwise.cli;

import picocli.CommandLine.Option;

/** {@code -h}/{@code --help} for every verb: mix it into each subcommand with {@code @Mixin HelpOption help}. */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;
}
