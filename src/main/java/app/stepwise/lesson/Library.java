package app.stepwise.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The packs a student can open: the bundled folder and the user's own packs folder. */
public final class Library {
    private final PackReader reader;
    private final List<Path> folders;

    public Library(PackReader reader, List<Path> folders) {
        this.reader = reader;
        this.folders = List.copyOf(folders);
    }

    /** The extension of a pack file that double-clicking opens in Stepwise (the same JSON as a .json pack). */
    public static final String PACK_EXTENSION = ".stepwise-pack";

    /**
     * Every *.json (or *.stepwise-pack) file of the folders, each read and validated on its own, sorted by title; broken
     * packs are included with their problems, so one bad file never hides the others.
     */
    public List<PackProblem.Report> load() {
        List<PackProblem.Report> out = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(
                        f -> f.getFileName().toString().endsWith(".json") || f.getFileName().toString().endsWith(PACK_EXTENSION))
                        .sorted().forEach(f -> out.add(readAlone(f)));
            } catch (IOException e) {
                out.add(new PackProblem.Report(folder, Optional.empty(),
                        List.of(new PackProblem(folder, 0, 0, "", "cannot list this folder (" + e.getMessage() + ")"))));
            }
        }
        out.sort(Comparator.comparing((PackProblem.Report r) -> !r.ok())
                .thenComparing(r -> r.pack().map(LessonPack::title).orElse(r.file().toString())));
        return out;
    }

    /** One pack, whatever happens while reading it: a failure becomes that pack's report, never the library's. */
    private PackProblem.Report readAlone(Path file) {
        try {
            return reader.read(file);
        } catch (RuntimeException | StackOverflowError e) {
            return new PackProblem.Report(file, Optional.empty(), List.of(new PackProblem(file, 0, 0, "",
                    "this pack could not be read because of an error in Stepwise itself; please send the file to its developers")));
        }
    }

    public List<Path> folders() {
        return folders;
    }
}
