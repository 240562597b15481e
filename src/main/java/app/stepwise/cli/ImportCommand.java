package app.stepwise.cli;

import app.stepwise.app.AppPaths;
import app.stepwise.app.Packs;
import app.stepwise.author.ImportException;
import app.stepwise.author.ImportReport;
import app.stepwise.author.MoodleXml;
import app.stepwise.author.OatutorImport;
import app.stepwise.author.PackArchive;
import app.stepwise.author.PackMerge;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.PackProblem;
import app.stepwise.lesson.PackWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stepwise import --from oatutor|moodle-xml|zip PATH --out PACK.json}: other formats into a Stepwise pack, with a report. */
@Command(name = "import", description = "Import an OATutor content pool, a Moodle XML question file or a pack zip into a Stepwise pack,"
        + " or add a pack file (--from pack) to this account's packs.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--from", required = true, description = "oatutor, moodle-xml, zip or pack")
    String from;

    @Parameters(paramLabel = "PATH", description = "the content-pool folder, the .xml file, or the .zip (for pack: the pack"
            + " file, or a .zip or folder with its images)")
    Path source;

    @Option(names = "--out", description = "the pack file to write (for zip: the folder to unpack into; for pack: the packs"
            + " folder, default this account's)")
    Path out;

    @Option(names = "--replace", description = "pack: replace the installed pack of the same id (students keep their progress"
            + " on the problems whose ids remain)")
    boolean replace;

    @Option(names = "--keep-both", description = "pack: add it beside the installed pack of the same id, under a new id")
    boolean keepBoth;

    @Option(names = "--id", description = "the new pack's id (default: from the output file name)")
    String id;

    @Option(names = "--title", defaultValue = "", description = "the new pack's title")
    String title;

    @Option(names = "--merge", description = "add the imported problems to the existing --out pack; clashing ids are renamed")
    boolean merge;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        if (source != null && !Files.exists(source)) {
            o.println(source + " does not exist: give the path of the file or folder to import.");
            return 2;
        }
        try {
            if (from.equals("pack"))
                return new PackFileImport(o, source, out == null ? AppPaths.userPacks() : out, replace,
                        keepBoth).run();
            if (replace || keepBoth) {
                o.println("--replace and --keep-both are for --from pack (a pack file added to the packs folder).");
                return 2;
            }
            if (out == null) {
                o.println("--out is needed: the pack file to write (for zip: the folder to unpack into).");
                return 2;
            }
            if (from.equals("zip")) return unzip(o);
            if (Files.exists(out) && !merge) {
                o.println(out + " already exists; nothing was overwritten. Give another --out, or --merge to add to it.");
                return 2;
            }
            String packId = id != null
                    ? id
                    : out.getFileName().toString().replaceFirst("\\.json$", "")
                            .replaceAll("[^A-Za-z0-9._-]+", "-");
            ImportReport r = switch (from) {
                case "oatutor" -> OatutorImport.read(source, packId, title.isBlank() ? packId : title);
                case "moodle-xml" -> MoodleXml.read(source, packId, title);
                default -> throw new ImportException("--from is oatutor, moodle-xml, zip or pack");
            };
            List<String> report = new ArrayList<>(r.notCarried());
            LessonPack pack = r.pack();
            if (merge && Files.exists(out)) {
                PackProblem.Report existing = Packs.reader().read(out);
                if (existing.pack().isEmpty()) {
                    o.println("cannot merge into " + out + ": " + existing.problems().get(0).describe());
                    return 2;
                }
                pack = PackMerge.add(existing.pack().get(), pack.problems(), pack.skills(), report);
            }
            PackWriter.save(pack, out);
            o.println("Wrote " + out + ": " + Counted.of(r.pack().problems().size(), "problem") + " imported.");
            if (report.isEmpty()) {
                o.println("Everything was carried over.");
            } else {
                o.println("Not carried over, or changed (" + report.size() + "):");
                report.forEach(line -> o.println("  - " + line));
            }
            o.println("Check it with: stepwise validate " + out);
            return 0;
        } catch (ImportException e) {
            o.println(e.getMessage());
            return 2;
        }
    }

    private int unzip(PrintWriter o) throws ImportException {
        PackArchive.Unpacked u = PackArchive.read(source, out, Packs.reader());
        o.println("Unpacked into " + out + ": pack.json and " + u.images().size() + " image(s).");
        if (!u.pack().ok()) {
            u.pack().problems().forEach(p -> o.println(p.describe()));
            return 1;
        }
        return 0;
    }
}
