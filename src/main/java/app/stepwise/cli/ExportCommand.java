package app.stepwise.cli;

import app.stepwise.app.Packs;
import app.stepwise.author.MoodleXml;
import app.stepwise.author.PackArchive;
import app.stepwise.lesson.AtomicFile;
import app.stepwise.lesson.PackProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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

/** {@code stepwise export --to moodle-xml|zip PACK --out FILE}: a pack for Moodle, or as a zip with its images. */
@Command(name = "export", description = "Export a pack to a Moodle XML question file, or to a zip with its images.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--to", required = true, description = "moodle-xml or zip")
    String to;

    @Parameters(paramLabel = "PACK")
    Path pack;

    @Option(names = "--out", required = true)
    Path out;

    @Option(names = "--images", description = "with --to zip: the folder of images to include")
    Path images;

    @Option(names = "--force", description = "overwrite --out when it exists")
    boolean force;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PackProblem.Report r = Packs.reader().read(pack);
        if (r.pack().isEmpty()) {
            o.println("the pack cannot be exported: " + r.problems().get(0).describe());
            return 2;
        }
        if (Files.exists(out) && !force) {
            o.println(out + " already exists; nothing was overwritten (use --force)");
            return 2;
        }
        boolean replacing = Files.exists(out);
        try {
            switch (to) {
                case "moodle-xml" -> {
                    List<String> report = new ArrayList<>();
                    String xml = MoodleXml.write(r.pack().get(), report);
                    AtomicFile.writeToShare(out, file -> file.write(xml.getBytes(StandardCharsets.UTF_8)));
                    o.println("Wrote " + out + ": " + Counted.of(r.pack().get().problems().size(), "question") + ".");
                    if (!report.isEmpty()) {
                        o.println("Moodle will judge these differently (" + report.size() + "):");
                        report.forEach(line -> o.println("  - " + line));
                    }
                }
                case "zip" -> {
                    PackArchive.write(r.pack().get(), images, out);
                    o.println("Wrote " + out + ".");
                }
                default -> {
                    o.println("--to is moodle-xml or zip");
                    return 2;
                }
            }
        } catch (IOException e) { // a full disk, a folder that cannot be written: said, not a stack trace
            return cannotWrite(spec.commandLine().getErr(), out, replacing, e);
        }
        return 0;
    }

    /**
     * Says that {@code out}, written through {@link AtomicFile}, could not be written and that the file that was there
     * (if any) is unchanged; returns exit code 2.
     */
    static int cannotWrite(java.io.PrintWriter err, Path out, boolean replacing, IOException e) {
        err.println("stepwise: cannot write " + out + " (" + e.getMessage() + "); "
                + (replacing ? "the file that was there is unchanged" : "nothing was written"));
        return 2;
    }
}
