package app.stepwise.lesson;

import app.stepwise.text.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

    /** The file a pack unpacked into a folder of its own keeps its problems in (with its pictures in images/ beside it). */
    public static final String FOLDER_PACK = "pack.json";

    /** How far a reading of the folders has got: packs read so far, of how many found. */
    @FunctionalInterface
    public interface Progress {
        void read(int done, int total);

        Progress NONE = (done, total) -> {};
    }

    /**
     * Every *.json (or *.stepwise-pack) file of the folders, and every sub-folder holding a pack.json (a pack unpacked
     * from a zip, with its images), each read and validated on its own, sorted by title; broken
     * packs are included with their problems, so one bad file never hides the others.
     */
    public List<PackProblem.Report> load() {
        return load(Progress.NONE, () -> false);
    }

    /**
     * As {@link #load()}, telling {@code progress} after each pack (a slow computer can take a minute over the first
     * reading) and stopping between packs once {@code cancelled} says so (what was read is returned).
     */
    public List<PackProblem.Report> load(Progress progress, java.util.function.BooleanSupplier cancelled) {
        List<PackProblem.Report> out = new ArrayList<>();
        List<Path> packs = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(Library::isPack).sorted().forEach(f -> packs.add(packFile(f)));
            } catch (IOException e) {
                out.add(new PackProblem.Report(folder, Optional.empty(),
                        List.of(new PackProblem(folder, 0, 0, "",
                                Message.of("library.cannotList", String.valueOf(e.getMessage()))))));
            }
        }
        progress.read(0, packs.size());
        for (int i = 0; i < packs.size() && !cancelled.getAsBoolean(); i++) {
            out.add(readAlone(packs.get(i)));
            progress.read(i + 1, packs.size());
        }
        out.sort(Comparator.comparing((PackProblem.Report r) -> !r.ok())
                .thenComparing(r -> r.pack().map(LessonPack::title).orElse(r.file().toString())));
        return out;
    }

    /** A pack file, or a folder (not a link) with a pack.json that is a plain file; one level deep, no links followed. */
    private static boolean isPack(Path f) {
        String name = f.getFileName().toString();
        if (name.endsWith(".json") || name.endsWith(PACK_EXTENSION)) return true; // a folder so named is reported
        return Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS) && !name.startsWith(".")
                && Files.isRegularFile(f.resolve(FOLDER_PACK), LinkOption.NOFOLLOW_LINKS);
    }

    private static Path packFile(Path f) {
        String name = f.getFileName().toString();
        if (name.endsWith(".json") || name.endsWith(PACK_EXTENSION)) return f;
        return f.resolve(FOLDER_PACK);
    }

    /** One pack, whatever happens while reading it: a failure becomes that pack's report, never the library's. */
    private PackProblem.Report readAlone(Path file) {
        try {
            return reader.read(file);
        } catch (RuntimeException | StackOverflowError e) {
            return new PackProblem.Report(file, Optional.empty(),
                    List.of(new PackProblem(file, 0, 0, "", Message.of("library.internalError"))));
        }
    }

    public List<Path> folders() {
        return folders;
    }
}
