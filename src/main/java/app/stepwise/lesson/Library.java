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

    /** Every *.json (or *.stepwise-pack) file of the folders, read and validated, sorted by title; broken packs are included with their problems. */
    public List<PackProblem.Report> load() {
        List<PackProblem.Report> out = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(
                        f -> f.getFileName().toString().endsWith(".json") || f.getFileName().toString().endsWith(PACK_EXTENSION))
                        .sorted().forEach(f -> out.add(reader.read(f)));
            } catch (IOException e) {
                out.add(new PackProblem.Report(folder, Optional.empty(),
                        List.of(new PackProblem(folder, 0, 0, "", "cannot list this folder (" + e.getMessage() + ")"))));
            }
        }
        out.sort(Comparator.comparing((PackProblem.Report r) -> !r.ok())
                .thenComparing(r -> r.pack().map(LessonPack::title).orElse(r.file().toString())));
        return out;
    }

    public List<Path> folders() {
        return folders;
    }
}
