package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.cli.CliTest;
import app.stepwise.lesson.PackImageTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files the teacher screens write, on a full disk (the shell's file size limit fails a write the same way): the file
 * that was there stays whole, no half-written or temporary file is left, and the screen says what failed. Written in
 * place, a full disk left the printable summary or the editor's draft cut short.
 */
class FullDiskTest {
    @TempDir
    Path dir;

    /** Does one write in a JVM of its own: {@code args[0]} says which, {@code args[1]} is the file; prints the status. */
    public static final class Write {
        public static void main(String[] args) {
            Path file = Path.of(args[1]);
            try (TestApp test = new TestApp()) {
                switch (args[0]) {
                    case "summary" -> {
                        ClassReportViewModel vm = new ClassReportViewModel(test.app());
                        vm.refresh(); // as the screen does when it opens
                        vm.exportSummary(file);
                        System.out.println(vm.statusProperty().get());
                    }
                    case "autosave" -> {
                        PackEditorViewModel vm = new PackEditorViewModel(test.app(), Optional.of(file),
                                TestApp.bundled("linear-equations.json"));
                        vm.title.set("Linear equations, changed"); // a change autosaves the draft
                        System.out.println(vm.statusProperty().get());
                    }
                    default -> throw new IllegalArgumentException(args[0]);
                }
            }
        }
    }

    private CliTest.Run write(String what, Path file) throws Exception {
        return CliTest.javaUnderFileSizeLimit(0, List.of("-Dstepwise.home=" + dir), Write.class.getName(), what,
                file.toString());
    }

    private static List<String> namesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void thePrintableSummaryThatWasThereStaysWhole() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out"));
        Path summary = Files.writeString(folder.resolve("summary.html"), "<html>last week's summary</html>");

        CliTest.Run r = write("summary", summary);

        assertThat(summary).as(r.err()).hasContent("<html>last week's summary</html>");
        assertThat(namesIn(folder)).containsExactly("summary.html");
        // under the file size limit of 0 the progress file cannot be opened either (sqlite's native library is not even
        // written out), so no report was read: the screen says the summary was not saved and why, never a bare failure
        assertThat(r.out()).as(r.err()).contains("summary.html was not saved").contains("progress could not be read")
                .contains("unchanged").doesNotContain("could not finish");
    }

    @Test
    void theEditorsLastDraftStaysWhole() throws Exception {
        Path pack = dir.resolve("packs").resolve("linear-equations.json");
        Path drafts = dir.resolve("drafts");
        Path draft = Files.writeString(Files.createDirectories(drafts).resolve(
                app.stepwise.author.Autosave.of(drafts, pack).file().getFileName()), "{\"the\": \"last draft\"}");

        CliTest.Run r = write("autosave", pack);

        assertThat(draft).as(r.err()).hasContent("{\"the\": \"last draft\"}");
        assertThat(namesIn(drafts)).containsExactly(draft.getFileName().toString());
        assertThat(r.out()).contains("Autosave failed");
    }

    /** Chosen in the editor, a picture is copied into the pack's images folder; a failed copy leaves nothing there. */
    @Test
    void aPictureThatCannotBeCopiedLeavesNoFileBehind() throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        Path source = Files.write(dir.resolve("scale.png"), PackImageTest.png(200, 200));
        CliTest.Run r = CliTest.javaUnderFileSizeLimit(0, List.of(), CopyImage.class.getName(), source.toString(),
                images.toString());
        assertThat(r.out()).as(r.err()).contains("could not be copied");
        assertThat(namesIn(images)).isEmpty();
    }

    /**
     * A bundled pack opened in the editor has its pictures copied beside the teacher's copy; a copy cut short by a full
     * disk was left there, and since a picture already there is not copied again, the teacher's pack kept a broken one.
     */
    @Test
    void aBundledPacksPictureThatCannotBeCopiedIsNotLeftHalfWritten() throws Exception {
        Path bundled = Files.createDirectories(dir.resolve("bundled"));
        Files.write(Files.createDirectories(bundled.resolve("images")).resolve("scale.png"), PackImageTest.png(200, 200));
        ProblemDraft d = PackEditorImageTest.scale();
        d.imageAlt.set("A spring scale showing 4 N");
        Path pack = Files.writeString(bundled.resolve("x.json"), PackEditorImageTest.packWith(d));
        Path images = dir.resolve("mine").resolve("images");

        CliTest.Run r = CliTest.javaUnderFileSizeLimit(0, List.of(), CopyImage.class.getName(), "adopt", pack.toString(),
                images.toString());

        assertThat(r.out()).as(r.err()).contains("adopted");
        assertThat(images.resolve("scale.png")).doesNotExist();
        if (Files.isDirectory(images)) assertThat(namesIn(images)).isEmpty();
    }

    /** Copies a picture into a pack's images folder in a JVM of its own and prints what the editor would say. */
    public static final class CopyImage {
        public static void main(String[] args) {
            try {
                if (args[0].equals("adopt")) {
                    PackEditorViewModel.adoptImages(TestApp.read(Path.of(args[1])), Path.of(args[2]));
                    System.out.println("adopted");
                } else
                    System.out.println(PackEditorViewModel.copyImage(Path.of(args[0]), Path.of(args[1])));
            } catch (RuntimeException e) {
                System.out.println(e.getMessage());
            }
        }
    }
}
