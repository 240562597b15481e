package app.stepwise.cli;

import app.stepwise.app.Packs;
import app.stepwise.author.ContentCheck;
import app.stepwise.author.ImportException;
import app.stepwise.author.PackInstall;
import app.stepwise.lesson.Library;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.PackProblem;
import app.stepwise.app.AppPaths;
import app.stepwise.classroom.Classroom;
import java.nio.file.Files;
import java.time.Duration;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code stepwise import --from pack FILE [--replace|--keep-both]}: a pack file added to the packs folder, as the app's
 * Import pack… does; a zip, or a folder with a pack.json and its images (or that pack.json), is added as a folder with its
 * pictures. A pack whose id is already installed is replaced only with {@code --replace} (or added beside it
 * under a new id with {@code --keep-both}); without either, nothing is written and both versions are named.
 */
final class PackFileImport {
    private final PrintWriter o;
    private final Path source;
    private final Path packs;
    private final boolean replace;
    private final boolean keepBoth;

    PackFileImport(PrintWriter o, Path source, Path packs, boolean replace, boolean keepBoth) {
        this.o = o;
        this.source = source;
        this.packs = packs;
        this.replace = replace;
        this.keepBoth = keepBoth;
    }

    int run() {
        try {
            return install();
        } catch (IOException e) {
            o.println("Could not write into " + packs + " (" + e.getMessage() + "); the packs there are as they were.");
            return 1;
        } finally {
            if (in != null) PackInstall.discard(in); // an unpacked zip or folder not moved into place
        }
    }

    /** The pack being installed, once read (a zip or folder waits unpacked in the packs folder until it is placed). */
    private PackInstall.Incoming in;

    private int install() throws IOException {
        if (replace && keepBoth) {
            o.println("Give --replace or --keep-both, not both.");
            return 2;
        }
        try {
            // a zip or a folder with its pictures: unpacked with the same checks as import --from zip, then placed whole
            in = PackInstall.withPictures(source)
                    ? PackInstall.stage(source, Packs.reader(), packs)
                    : PackInstall.read(source, Packs.reader());
        } catch (PackInstall.Refused e) {
            o.println(source + " is not a pack Stepwise can read; nothing was written:");
            e.report().problems().forEach(p -> o.println("  " + p.describe()));
            return 1;
        } catch (ImportException e) {
            o.println(e.getMessage());
            o.println("Nothing was written; the packs in " + packs + " are as they were.");
            return 1;
        }
        LessonPack p = in.pack();
        List<Path> folders = new ArrayList<>(List.of(packs));
        if (packs.toAbsolutePath().normalize().equals(AppPaths.userPacks().toAbsolutePath().normalize()))
            folders.add(0, AppPaths.bundledLessons());
        List<PackProblem.Report> library = new Library(Packs.reader(), folders).load();
        Optional<PackInstall.Installed> there = PackInstall.installed(p.id(), library, packs);
        if (there.isEmpty()) {
            Path added = PackInstall.add(in, packs);
            o.println("Added \"" + p.title() + "\" (id " + p.id() + ", version " + version(p.version()) + ", "
                    + ListCommand.problems(p.problems().size()) + ") as " + added + ".");
            mistakes(p);
            return 0;
        }
        PackInstall.Installed i = there.get();
        boolean same = i.pack().map(x -> PackInstall.same(x, p)).orElse(false);
        describe(i, p, same);
        Set<String> taken = new HashSet<>();
        library.forEach(r -> r.pack().ifPresent(x -> taken.add(x.id())));
        if (replace) {
            if (!i.replaceable()) {
                o.println("Nothing was written: the installed pack came with Stepwise and is not replaced. Use --keep-both"
                        + " to add this file beside it under a new id.");
                return 2;
            }
            if (same) {
                o.println("Nothing to do: the file holds the same pack as the one installed.");
                return 0;
            }
            Path now = PackInstall.replace(in, i);
            o.println("Replaced " + i.file() + (now.equals(i.file()) ? "" : " (now " + now + ", with its images)")
                    + " with version " + version(p.version())
                    + ". Students keep their progress on every problem whose id remains.");
            mistakes(p);
            return 0;
        }
        if (keepBoth) {
            Path added = PackInstall.keepBoth(in, taken, packs);
            String id = added.getFileName().toString().equals(Library.FOLDER_PACK)
                    ? added.getParent().getFileName().toString()
                    : added.getFileName().toString().replaceFirst("\\.json$", "");
            o.println("Added it beside the installed pack as " + added + " (id " + id + "); its students start afresh.");
            mistakes(p);
            return 0;
        }
        o.println("Nothing was written. Run again with --replace to replace it"
                + (i.replaceable() ? "" : " (not possible: the installed pack came with Stepwise)")
                + ", or --keep-both to add this file as a separate pack with id " + PackInstall.freeId(p.id(), taken, packs)
                + ".");
        return 2;
    }

    /** Both versions, and what replacing would change. */
    private void describe(PackInstall.Installed i, LessonPack p, boolean same) {
        o.println("A pack with id " + p.id() + " is already installed: " + i.file());
        if (i.pack().isEmpty()) {
            o.println("  installed: a file Stepwise cannot read as a pack");
        } else {
            LessonPack old = i.pack().get();
            o.println("  installed: \"" + old.title() + "\", version " + version(old.version()) + ", "
                    + ListCommand.problems(old.problems().size()));
        }
        o.println("  this file: \"" + p.title() + "\", version " + version(p.version()) + ", "
                + ListCommand.problems(p.problems().size()));
        if (i.pack().isEmpty()) return;
        LessonPack old = i.pack().get();
        if (same) {
            o.println("  the two are the same pack");
            return;
        }
        PackInstall.compareVersions(p.version(), old.version()).filter(n -> n < 0)
                .ifPresent(n -> o.println("  this file is an OLDER version than the one installed"));
        if (p.version().strip().equals(old.version().strip()))
            o.println("  both say version " + version(p.version()) + ", but their content differs");
        PackInstall.Changes ch = PackInstall.changes(old, p);
        o.println("  replacing changes the problems: " + ch.added().size() + " new" + ids(ch.added()) + ", "
                + ch.changed().size() + " changed" + ids(ch.changed()) + ", " + ch.removed().size() + " removed"
                + ids(ch.removed()) + ", " + ch.unchanged() + " unchanged");
        if (!ch.removed().isEmpty()) o.println("  " + workOnRemoved(p, ch.removed()));
    }

    /** How long the question waits for this computer's progress file to count the work on removed problems. */
    private static final Duration WORK_BUDGET = Duration.ofSeconds(5);

    /** How many students of this computer have work on the removed problems (as the app's question says). */
    private static String workOnRemoved(LessonPack p, List<String> removed) {
        String which = p.version().isBlank() ? "this file" : "version " + p.version().strip();
        Path db = AppPaths.userDir().resolve("progress.db");
        if (!Files.isRegularFile(db)) return "no student has work on the problems that " + which + " removes (no progress here)";
        try (Classroom c = Classroom.open(db)) {
            Classroom.WorkOn w = c.workOn(p.id(), removed, WORK_BUDGET);
            return w.students() == 0
                    ? "no student has work on the problems that " + which + " removes"
                    : w.students() + (w.students() == 1 ? " student has" : " students have") + " work on " + w.problems()
                            + (w.problems() == 1 ? " problem" : " problems") + " that " + which
                            + " removes; their results stay in the class report";
        } catch (Classroom.ReportUnavailable e) {
            return "whether students have work on the problems that " + which + " removes could not be checked: "
                    + (e.busy() ? "the progress file is busy" : "the progress file cannot be read") + " (" + db
                    + "); any results on them stay in the class report";
        } catch (RuntimeException e) {
            return "whether students have work on the problems that " + which + " removes could not be checked: " + db
                    + " could not be opened";
        }
    }

    private static String ids(List<String> ids) {
        if (ids.isEmpty()) return "";
        return " (" + String.join(", ", ids.size() > 8 ? ids.subList(0, 8) : ids) + (ids.size() > 8 ? ", …" : "") + ")";
    }

    private static String version(String v) {
        return v.isBlank() ? "(none)" : v.strip();
    }

    private void mistakes(LessonPack p) {
        List<ContentCheck.Finding> errors = ContentCheck.check(p).stream().filter(ContentCheck.Finding::error).toList();
        if (errors.isEmpty()) return;
        o.println("Warning: " + errors.size() + " content mistake(s) can mark students' right work wrong; the first: "
                + errors.get(0).message() + " (at " + errors.get(0).pointer() + "). See: stepwise validate " + source);
    }
}
