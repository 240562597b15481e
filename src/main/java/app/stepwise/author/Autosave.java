package app.stepwise.author;

import app.stepwise.lesson.AtomicFile;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.PackProblem;
import app.stepwise.lesson.PackReader;
import app.stepwise.lesson.PackWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;

/**
 * Autosave for the editor: the pack being edited is written as a draft beside the user's data (never over the pack
 * itself) whenever it changes; saving removes the draft. A draft still there when the pack is opened again means the
 * editor did not close normally (a crash, a power cut), and the editor offers it back.
 */
public final class Autosave {
    private final Path draft;

    private Autosave(Path draft) {
        this.draft = draft;
    }

    /** The autosave of the pack file {@code pack}, kept in {@code draftsFolder}. */
    public static Autosave of(Path draftsFolder, Path pack) {
        String key = pack.toAbsolutePath().normalize().toString();
        String name = pack.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return new Autosave(draftsFolder.resolve(name + "." + Integer.toHexString(key.hashCode()) + ".autosave.json"));
    }

    /**
     * The autosave of a pack that has no file yet (a new or imported pack): a name of its own, so no other pack's draft
     * is ever taken for it (every new pack started as "my-pack", and was offered an earlier new pack's draft).
     */
    public static Autosave unsaved(Path draftsFolder) {
        return new Autosave(draftsFolder.resolve("unsaved-" + java.util.UUID.randomUUID() + ".autosave.json"));
    }

    /** The autosave that writes to an existing draft: an unsaved pack's draft taken up again after a crash. */
    public static Autosave at(Path draft) {
        return new Autosave(draft);
    }

    /** A draft of a pack that was never saved (a new or imported pack), left by an editor that did not close normally. */
    public record Unsaved(Path file, String title, Instant written) {}

    /**
     * The drafts of packs never saved, newest first. Each has a name of its own ({@link #unsaved}), so no editor asks for
     * them when it opens a pack: they are offered from the teacher's pack list instead. The title is read from the draft
     * as it is ("" when it has none, or does not read as JSON).
     */
    public static java.util.List<Unsaved> leftUnsaved(Path draftsFolder) {
        java.util.List<Unsaved> out = new java.util.ArrayList<>();
        if (!Files.isDirectory(draftsFolder)) return out;
        try (var files = Files.list(draftsFolder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("unsaved-")
                    && f.getFileName().toString().endsWith(".autosave.json")).toList()) {
                if (!Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
                out.add(new Unsaved(f, titleOf(f), Files.getLastModifiedTime(f).toInstant()));
            }
        } catch (IOException e) {
            return out; // nothing offered; the drafts stay for the next start
        }
        out.sort(java.util.Comparator.comparing(Unsaved::written).reversed());
        return out;
    }

    private static String titleOf(Path draft) {
        try {
            if (Files.size(draft) > PackReader.MAX_FILE_BYTES) return "";
            var node = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(Files.readString(draft, StandardCharsets.UTF_8));
            return node == null ? "" : node.path("title").asText("").strip();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    public Path file() {
        return draft;
    }

    /** Writes the draft (atomically: a crash during autosave keeps the previous draft). */
    public void store(LessonPack pack) throws IOException {
        PackWriter.save(pack, draft);
    }

    /**
     * Writes the editor's text as the draft, as it is (it may not read as a pack yet); atomically, so a full disk keeps
     * the previous draft.
     */
    public void store(String text) throws IOException {
        AtomicFile.writeString(draft, text);
    }

    /** The draft, with when it was written, when one exists and reads as a pack. */
    public record Draft(LessonPack pack, Instant written) {}

    public Optional<Draft> recover(PackReader reader) {
        if (!Files.isRegularFile(draft)) return Optional.empty();
        try {
            PackProblem.Report r = reader.read(draft, Files.readString(draft, StandardCharsets.UTF_8));
            FileTime t = Files.getLastModifiedTime(draft);
            return r.pack().map(p -> new Draft(p, t.toInstant()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** After a save, or when the teacher declines the draft. */
    public void discard() throws IOException {
        Files.deleteIfExists(draft);
    }
}
