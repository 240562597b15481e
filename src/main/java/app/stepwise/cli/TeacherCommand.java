package app.stepwise.cli;

import app.stepwise.app.AppPaths;
import app.stepwise.lesson.TeacherSettings;
import app.stepwise.lesson.TeacherSettings.ShowSolution;
import app.stepwise.teacher.TeacherException;
import app.stepwise.teacher.TeacherSession;
import app.stepwise.teacher.TeacherStore;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stepwise teacher}: the teacher PIN and what students of each pack may see (docs/teacher-mode.md). */
@Command(name = "teacher", description = "Teacher mode: the PIN, and per-pack settings for solutions and hints.", subcommands = {
        TeacherCommand.Status.class, TeacherCommand.SetPin.class, TeacherCommand.Settings.class,
        TeacherCommand.ResetPin.class})
final class TeacherCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** The PIN from the terminal without echo, or the first line of standard input with --pin-stdin. */
    static char[] readPin(String prompt, boolean stdin, PrintWriter err) throws IOException {
        Console console = System.console();
        if (!stdin && console != null) {
            char[] pin = console.readPassword(prompt);
            return pin == null ? new char[0] : pin;
        }
        if (!stdin) err.println(prompt.strip() + " (reading standard input)");
        String line = standardInput().readLine();
        return line == null ? new char[0] : line.strip().toCharArray();
    }

    private static java.io.InputStream readFrom;
    private static BufferedReader reader;

    /**
     * One reader over standard input for the whole command: set-pin reads the current PIN and then the new one, and a
     * reader made for the first line had already buffered the second (so "current, new" on two lines failed).
     */
    private static synchronized BufferedReader standardInput() {
        if (readFrom != System.in) {
            readFrom = System.in;
            reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return reader;
    }

    /** Unlocks with the PIN, or says why not; empty when it did not work (the message is printed). */
    static Optional<TeacherSession> unlock(TeacherStore store, char[] pin, PrintWriter out) {
        return switch (store.unlock(pin)) {
            case TeacherStore.Unlock.Granted g -> Optional.of(g.session());
            case TeacherStore.Unlock.Wrong w -> {
                out.println("That PIN is not right." + (w.retryAfter().isZero()
                        ? ""
                        : " Wait " + Counted.of(w.retryAfter().toSeconds(), "second") + " before the next try."));
                yield Optional.empty();
            }
            case TeacherStore.Unlock.Locked l -> {
                out.println("Too many wrong PINs. Try again in " + Counted.of(Math.max(1, l.retryAfter().toSeconds()), "second")
                        + ".");
                yield Optional.empty();
            }
            case TeacherStore.Unlock.Unavailable u -> {
                out.println(u.message());
                yield Optional.empty();
            }
        };
    }

    @Command(name = "status", description = "Where the teacher file is, whether a PIN is set, and each pack's settings.")
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        HelpOption help;

        @Mixin
        TeacherOption teacher;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            TeacherStore store = teacher.store();
            out.println("Teacher file: " + store.file());
            store.problem().ifPresent(p -> out.println("Problem: " + p));
            out.println("PIN: " + (store.hasPin() ? "set" : "not set"));
            store.allOwnSettings().forEach((pack, s) -> out.println(pack + ": " + s.describe()));
            return store.problem().isPresent() ? 1 : 0;
        }
    }

    @Command(name = "set-pin", description = "Set the teacher PIN (the current one is asked for when one is set).")
    static final class SetPin implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        HelpOption help;

        @Mixin
        TeacherOption teacher;

        @Option(names = "--pin-stdin", description = "read the PINs from standard input, one a line (current first if set)")
        boolean stdin;

        @Option(names = "--system", description = "for every account of this computer: the teacher file in the install "
                + "folder (run as an administrator, e.g. with sudo, when installing Stepwise)")
        boolean system;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Path file = system ? AppPaths.appDir().resolve("teacher.json") : teacher.file();
            if (system && !Files.isWritable(file.getParent())) {
                out.println("Cannot write " + file.getParent() + ". Run this as an administrator (sudo on Linux and macOS, "
                        + "an administrator's command prompt on Windows).");
                return 1;
            }
            TeacherStore store = TeacherStore.open(file);
            try {
                if (store.hasPin()) {
                    Optional<TeacherSession> s = unlock(store, readPin("Current PIN: ", stdin, out), out);
                    if (s.isEmpty()) return 1;
                    store.changePin(s.get(), readPin("New PIN: ", stdin, out));
                } else {
                    store.setFirstPin(readPin("New PIN: ", stdin, out));
                }
                if (system) store.readableByEveryone(); // every account reads the PIN from it; none can change it
                out.println("The teacher PIN is set" + (system ? " for every account of this computer, in " + file : "")
                        + ".");
                Path systemFile = AppPaths.appDir().resolve("teacher.json");
                if (!file.equals(systemFile) && AppPaths.installedForEveryAccount(AppPaths.appDir()))
                    // sudo stepwise teacher set-pin on the installed package: root's own PIN, which no student meets
                    out.println("It is for this account only (" + file + "). Stepwise was installed for every account: "
                            + "set the PIN for all of them, as an administrator, with: stepwise teacher set-pin --system");
                return 0;
            } catch (TeacherException e) {
                out.println(e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "settings", description = "Show or change what students of one pack may see (changing asks for the PIN).")
    static final class Settings implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        HelpOption help;

        @Mixin
        TeacherOption teacher;

        @Parameters(paramLabel = "PACK_ID", description = "the pack's id (see `stepwise list PACK`)")
        String packId;

        @Option(names = "--show-solution", description = "always, after-attempts or never")
        String showSolution;

        @Option(names = "--after", description = "with --show-solution after-attempts: how many tries first")
        Integer after;

        @Option(names = "--model-hints", description = "on or off")
        String modelHints;

        @Option(names = "--max-hint-level", description = "1 a nudge, 2 the operation, 3 the resulting line")
        Integer maxHintLevel;

        @Option(names = "--clear", description = "forget this computer's settings for the pack (its own defaults apply)")
        boolean clear;

        @Option(names = "--pin-stdin", description = "read the PIN from standard input")
        boolean stdin;

        @Option(names = "--not-installed", description = "change the settings of a pack id that no installed pack has "
                + "(a pack to be installed later); without it a mistyped id is refused")
        boolean notInstalled;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            TeacherStore store = teacher.store();
            Optional<TeacherSettings> own = store.ownSettings(packId);
            boolean change = clear || showSolution != null || after != null || modelHints != null || maxHintLevel != null;
            if (!change) {
                out.println(packId + ": " + own.map(TeacherSettings::describe).orElse("no settings on this computer"));
                return 0;
            }
            TeacherSettings base = own.orElse(TeacherSettings.OPEN);
            ShowSolution show = base.showSolution();
            if (showSolution != null) {
                Optional<ShowSolution> parsed = ShowSolution.fromLabel(showSolution);
                if (parsed.isEmpty()) return usage(out, "--show-solution is always, after-attempts or never");
                show = parsed.get();
            }
            int n = after != null ? after : Math.max(1, base.afterAttempts());
            if (n < 1 || n > 99) return usage(out, "--after is a count from 1 to 99");
            boolean model = base.modelHints();
            if (modelHints != null) {
                if (!modelHints.equals("on") && !modelHints.equals("off")) return usage(out, "--model-hints is on or off");
                model = modelHints.equals("on");
            }
            int max = maxHintLevel != null ? maxHintLevel : base.maxHintLevel();
            if (max < 1 || max > 3) return usage(out, "--max-hint-level is 1, 2 or 3");
            // a mistyped id would leave the real pack as open as before, silently (review23); clearing is always allowed
            if (!clear && !notInstalled) {
                java.util.List<String> ids = installedIds();
                if (!ids.contains(packId)) return usage(out, notInstalledSaid(packId, ids));
            }
            Optional<TeacherSession> s = unlock(store, readPin("Teacher PIN: ", stdin, out), out);
            if (s.isEmpty()) return 1;
            try {
                if (clear) {
                    store.clearSettings(s.get(), packId);
                    out.println(packId + ": settings cleared; the pack's own defaults apply");
                } else {
                    TeacherSettings t = new TeacherSettings(show, n, model, max);
                    store.setSettings(s.get(), packId, t);
                    out.println(packId + ": " + t.describe());
                }
                return 0;
            } catch (TeacherException e) {
                out.println(e.getMessage());
                return 1;
            }
        }

        /** The ids of the packs this computer lists (bundled and the teacher's own), sorted. */
        private static java.util.List<String> installedIds() {
            return app.stepwise.app.Packs.library().load().stream().flatMap(r -> r.pack().stream())
                    .map(app.stepwise.lesson.LessonPack::id).distinct().sorted().toList();
        }

        /** Why an id is refused: the closest installed id when one is near, every installed id, and the override. */
        static String notInstalledSaid(String id, java.util.List<String> ids) {
            String near = ids.stream().filter(i -> distance(i, id) <= Math.max(2, id.length() / 5))
                    .min(java.util.Comparator.comparingInt(i -> distance(i, id))).map(i -> " Did you mean " + i + "?")
                    .orElse("");
            return "No installed pack has the id \"" + id + "\"; nothing was changed." + near + "\nThe installed packs' ids: "
                    + (ids.isEmpty() ? "(none)" : String.join(", ", ids))
                    + "\nFor a pack you will install later, give --not-installed.";
        }

        /** Edits (a letter added, removed or changed) from one id to the other. */
        static int distance(String a, String b) {
            int[] row = new int[b.length() + 1];
            for (int j = 0; j <= b.length(); j++) row[j] = j;
            for (int i = 1; i <= a.length(); i++) {
                int diagonal = row[0];
                row[0] = i;
                for (int j = 1; j <= b.length(); j++) {
                    int above = row[j];
                    row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
                            diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                    diagonal = above;
                }
            }
            return row[b.length()];
        }

        private static int usage(PrintWriter out, String message) {
            out.println(message);
            return 2;
        }
    }

    /**
     * How a new PIN is set after a reset. The app offers it only on a computer no one has practised on, and never for
     * the install folder's file (docs/decisions/0011, 0013), so the way that always works is said: set-pin, with
     * {@code --system} for the install folder's file.
     */
    static String nextPin(Path file) {
        boolean system = file.toAbsolutePath().normalize()
                .equals(AppPaths.appDir().resolve("teacher.json").toAbsolutePath().normalize());
        return system
                ? "Set a new PIN for every account with: stepwise teacher set-pin --system (as an administrator)."
                : "Set a new PIN with: stepwise teacher set-pin";
    }

    @Command(name = "reset-pin", description = "Forget the teacher PIN (settings are kept); see docs/teacher-mode.md.")
    static final class ResetPin implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        HelpOption help;

        @Mixin
        TeacherOption teacher;

        @Override
        public Integer call() {
            // the file is chosen once: a damaged install-folder file is moved aside by the reset, after which the
            // default would be this account's own file and the advice would lose its --system
            Path file = teacher.file();
            try {
                spec.commandLine().getOut().println(TeacherStore.resetPin(file));
                spec.commandLine().getOut().println(nextPin(file));
                return 0;
            } catch (TeacherException e) {
                spec.commandLine().getOut().println(e.getMessage());
                return 1;
            }
        }
    }
}
