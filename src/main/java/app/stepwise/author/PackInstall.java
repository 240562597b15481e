package app.stepwise.author;

import app.stepwise.lesson.AtomicFile;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Library;
import app.stepwise.lesson.PackProblem;
import app.stepwise.lesson.PackReader;
import app.stepwise.lesson.PackWriter;
import app.stepwise.lesson.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adding a pack file to the teacher's packs folder: a new pack, or a new version of a pack already there (the same id).
 * The file is read once and validated whole before anything is written, and the bytes written are the bytes that were
 * checked; a replacement is atomic ({@link AtomicFile}), so a broken or hostile file never takes the place of a good
 * pack and a full disk leaves the installed one as it was. Students' progress is kept by pack id and problem id in the
 * progress file, so a replaced pack keeps every student's work on the problems whose ids remain.
 */
public final class PackInstall {
    private PackInstall() {}

    /**
     * A pack read whole and checked as the library reads it: {@link #bytes} is what will be written. A pack with its
     * pictures (a zip, a folder) waits unpacked in {@code staged}, a hidden folder of the packs folder that the library
     * does not list, until it is moved into place whole or {@link #discard}ed.
     */
    public record Incoming(Path source, byte[] bytes, LessonPack pack, Optional<Path> staged) {
        public Incoming(Path source, byte[] bytes, LessonPack pack) {
            this(source, bytes, pack, Optional.empty());
        }
    }

    /** The start of the hidden folders a zip or folder pack is unpacked into before it is installed. */
    static final String STAGED = ".incoming-";
    /** The start of the hidden folder a replaced folder pack is moved to, for the moment of the swap. */
    static final String ASIDE = ".replaced-";

    /**
     * Whether {@code source} is a pack with its pictures: a {@code .zip} (as {@code stepwise export --to zip} writes it), a
     * folder holding a {@code pack.json}, or that {@code pack.json} itself (a file dialog chooses files, not folders).
     * Such a pack is installed as a folder of its own, with its {@code images/}.
     */
    public static boolean withPictures(Path source) {
        String name = source.getFileName() == null ? "" : source.getFileName().toString();
        return Files.isDirectory(source) || name.toLowerCase(Locale.ROOT).endsWith(".zip") || name.equals(Library.FOLDER_PACK)
                || zipInside(source);
    }

    /**
     * Whether a file starts as a zip does ("PK", 3, 4), whatever its name: a zip renamed, or saved without its extension
     * by a mail program, was read as a pack file and refused as "not UTF-8 text" (review23).
     */
    private static boolean zipInside(Path source) {
        if (!Files.isRegularFile(source)) return false;
        try (InputStream in = Files.newInputStream(source)) {
            byte[] start = in.readNBytes(4);
            return start.length == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
        } catch (IOException e) {
            return false; // read as a pack file, whose reader says why it cannot be read
        }
    }

    /**
     * Unpacks a pack with its pictures ({@link #withPictures}) into a hidden folder of {@code userPacks}, with the checks
     * of {@link PackArchive} (the command line's own: links, paths leaving the folder, sizes counted as read, zip bombs,
     * anything but the pack and its pictures), and reads it as the library would. A refused or broken pack leaves nothing
     * behind; a good one waits there for {@link #add}, {@link #replace}, {@link #keepBoth} or {@link #discard}.
     */
    public static Incoming stage(Path source, PackReader reader, Path userPacks) throws Refused, ImportException {
        sweep(userPacks);
        Path staged = userPacks.resolve(STAGED + java.util.UUID.randomUUID());
        boolean zip = !Files.isDirectory(source) && !source.getFileName().toString().equals(Library.FOLDER_PACK);
        Path folder = Files.isDirectory(source) ? source : source.toAbsolutePath().getParent();
        PackArchive.Unpacked u = zip
                ? PackArchive.read(source, staged, reader)
                : PackArchive.readFolder(folder, staged, reader);
        if (!u.pack().ok()) {
            deleteTree(staged);
            throw new Refused(u.pack());
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(u.packFile());
        } catch (IOException e) {
            deleteTree(staged);
            throw new ImportException("cannot read " + u.packFile() + ": " + e.getMessage(),
                    app.stepwise.text.Message.of("archive.writeFailed"));
        }
        return new Incoming(source, bytes, u.pack().pack().get(), Optional.of(staged));
    }

    /** Deletes an incoming pack's unpacked folder, if it still waits (nothing when it was installed or is a file). */
    public static void discard(Incoming in) {
        in.staged().ifPresent(PackInstall::deleteTree);
    }

    /** Unpacked folders left by an import that never finished (Stepwise closed with the question open), after an hour. */
    private static void sweep(Path userPacks) {
        if (!Files.isDirectory(userPacks, LinkOption.NOFOLLOW_LINKS)) return;
        java.time.Instant hourAgo = java.time.Instant.now().minus(java.time.Duration.ofHours(1));
        try (java.util.stream.Stream<Path> s = Files.list(userPacks)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if ((name.startsWith(STAGED) || name.startsWith(ASIDE)) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(hourAgo))
                    deleteTree(p);
            }
        } catch (IOException e) {
            // what is left is hidden from the library; the next import tries again
        }
    }

    /** Deletes a folder and what is in it, links themselves and never what they point at. */
    static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        try (java.util.stream.Stream<Path> s = Files.walk(root)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: a hidden folder the library does not list
                }
            });
        } catch (IOException e) {
            // best effort
        }
    }

    /**
     * The pack with the incoming pack's id already in the library ({@code pack} empty when its file no longer reads as a
     * pack); {@code replaceable} when it is the teacher's own, not one that came with Stepwise.
     */
    public record Installed(Path file, Optional<LessonPack> pack, boolean replaceable) {
        /** Its version as the pack says it ("" when none, or unreadable). */
        public String version() {
            return pack.map(LessonPack::version).orElse("");
        }
    }

    /** A pack file that cannot be installed: the reader's findings (the first is the one to say). */
    public static final class Refused extends Exception {
        private final transient PackProblem.Report report;

        Refused(PackProblem.Report report) {
            super(report.problems().isEmpty() ? "not a pack" : report.problems().get(0).describe());
            this.report = report;
        }

        public PackProblem.Report report() {
            return report;
        }
    }

    /** What replacing the installed version with the incoming one changes, problem id by problem id. */
    public record Changes(List<String> added, List<String> changed, List<String> removed, int unchanged) {
        public Changes {
            added = List.copyOf(added);
            changed = List.copyOf(changed);
            removed = List.copyOf(removed);
        }

        /** Nothing of the problems differs. */
        public boolean noProblemChanges() {
            return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
        }
    }

    /**
     * Reads and validates {@code source} as the library would (size, UTF-8, JSON limits, every field); a file with any
     * finding is refused. The bytes are read once, so a file changed after the check is never the one installed.
     */
    public static Incoming read(Path source, PackReader reader) throws Refused {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(source) || Files.size(source) > PackReader.MAX_FILE_BYTES)
                throw new Refused(reader.read(source)); // the reader says why (a folder, a pipe, too large, missing)
            try (InputStream in = Files.newInputStream(source)) {
                bytes = in.readNBytes((int) PackReader.MAX_FILE_BYTES + 1);
            }
        } catch (IOException e) {
            throw new Refused(reader.read(source));
        }
        if (bytes.length > PackReader.MAX_FILE_BYTES) throw new Refused(reader.read(source));
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(reader.read(source)); // says "not UTF-8"
        }
        PackProblem.Report r = reader.read(source, text);
        if (!r.ok()) throw new Refused(r);
        return new Incoming(source, bytes, r.pack().get());
    }

    /**
     * The installed pack with this id among the library's packs: the teacher's own copy (in {@code userPacks}) when
     * there is one, since that is the one that can be replaced; else a bundled one, which cannot.
     */
    public static Optional<Installed> installed(String id, List<PackProblem.Report> library, Path userPacks) {
        Path own = userPacks.toAbsolutePath().normalize();
        Installed found = null;
        for (PackProblem.Report r : library) {
            if (r.pack().isEmpty() || !r.pack().get().id().equals(id)) continue;
            boolean mine = r.file().toAbsolutePath().normalize().startsWith(own);
            if (mine) return Optional.of(new Installed(r.file(), r.pack(), true));
            if (found == null) found = new Installed(r.file(), r.pack(), false);
        }
        // the file this id would be added as, there but not readable (a damaged copy): the teacher's to replace
        Path named = userPacks.resolve(id + ".json");
        if (Files.isRegularFile(named, LinkOption.NOFOLLOW_LINKS))
            return Optional.of(new Installed(named, Optional.empty(), true));
        Path inFolder = userPacks.resolve(id).resolve(Library.FOLDER_PACK);
        if (Files.isDirectory(userPacks.resolve(id), LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(inFolder, LinkOption.NOFOLLOW_LINKS))
            return Optional.of(new Installed(inFolder, Optional.empty(), true));
        return Optional.ofNullable(found);
    }

    /** The problems added, changed and removed from {@code from} to {@code to}, by id, in the new pack's order. */
    public static Changes changes(LessonPack from, LessonPack to) {
        Map<String, String> before = new LinkedHashMap<>();
        for (Problem p : from.problems()) before.put(p.id(), layout(from, p));
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        int same = 0;
        Set<String> seen = new HashSet<>();
        for (Problem p : to.problems()) {
            seen.add(p.id());
            String was = before.get(p.id());
            if (was == null) added.add(p.id());
            else if (!was.equals(layout(to, p))) changed.add(p.id());
            else
                same++;
        }
        List<String> removed = before.keySet().stream().filter(id -> !seen.contains(id)).toList();
        return new Changes(added, changed, removed, same);
    }

    /** A problem as the pack file writes it (where its picture was read from does not count, what it shows does). */
    private static String layout(LessonPack pack, Problem p) {
        return PackWriter.write(pack.withProblems(List.of(p))).replaceFirst("(?s)^.*?\"problems\"", "");
    }

    /** Whether the two packs are the same as files would write them (nothing to replace). */
    public static boolean same(LessonPack a, LessonPack b) {
        return PackWriter.write(a).equals(PackWriter.write(b));
    }

    /**
     * Adds a pack whose id is not installed: {@code userPacks/ID.json}, written atomically, never over an existing file.
     */
    public static Path add(Incoming in, Path userPacks) throws IOException {
        if (in.staged().isPresent()) return moveIn(in.staged().get(), userPacks.resolve(in.pack().id()));
        Path target = userPacks.resolve(in.pack().id() + ".json");
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) throw new FileAlreadyExistsException(target.toString());
        AtomicFile.write(target, out -> out.write(in.bytes()));
        return target;
    }

    /**
     * Replaces the installed version with the incoming one, in one step: the installed file stays whole until the new
     * content is complete on disk. Only the teacher's own copy of the same id is replaced.
     */
    public static Path replace(Incoming in, Installed installed) throws IOException {
        if (!installed.replaceable()) throw new IOException(installed.file() + " came with Stepwise and is not replaced");
        if (installed.pack().isPresent() && !installed.pack().get().id().equals(in.pack().id()))
            throw new IllegalArgumentException("a pack replaces only the pack of its own id");
        if (in.staged().isPresent()) return replaceWithFolder(in.staged().get(), installed.file());
        AtomicFile.write(installed.file(), out -> out.write(in.bytes()));
        return installed.file();
    }

    /** The pack file a folder pack's folder holds ({@code ID/pack.json}), or the folder's own pack file. */
    private static boolean inItsOwnFolder(Path packFile) {
        return packFile.getFileName().toString().equals(Library.FOLDER_PACK);
    }

    /**
     * A pack with its pictures in place of the installed one. An installed folder pack is swapped by two renames in the
     * same folder (the old one aside, the new one in, the old one back if the second fails), so at no moment is there no
     * pack of this id, and a full disk (renames write no data) cannot leave half of one. An installed pack file gives way
     * to a folder of the same id: the folder goes in first, then the file goes; if it cannot, the folder goes again.
     */
    private static Path replaceWithFolder(Path staged, Path installedFile) throws IOException {
        if (inItsOwnFolder(installedFile)) {
            Path folder = installedFile.getParent();
            Path aside = folder.resolveSibling(ASIDE + java.util.UUID.randomUUID());
            Files.move(folder, aside, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(staged, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.move(aside, folder, StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
            deleteTree(aside);
            return folder.resolve(Library.FOLDER_PACK);
        }
        Path id = Path.of(installedFile.getFileName().toString().replaceFirst("\\.(json|stepwise-pack)$", ""));
        Path folder = installedFile.resolveSibling(id);
        Path added = moveIn(staged, folder);
        try {
            Files.delete(installedFile);
        } catch (IOException e) {
            Files.move(added.getParent(), staged, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        return added;
    }

    /** Moves an unpacked pack's folder to {@code folder} in one rename, never over anything there. */
    private static Path moveIn(Path staged, Path folder) throws IOException {
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) throw new FileAlreadyExistsException(folder.toString());
        Files.move(staged, folder, StandardCopyOption.ATOMIC_MOVE);
        return folder.resolve(Library.FOLDER_PACK);
    }

    /** The id "keep both" gives the incoming pack: its own id with the first free number ("fractions-2"). */
    public static String freeId(String id, Set<String> taken, Path userPacks) {
        Set<String> lower = new HashSet<>();
        taken.forEach(t -> lower.add(t.toLowerCase(Locale.ROOT)));
        for (int n = 2;; n++) {
            String candidate = id + "-" + n;
            if (!lower.contains(candidate.toLowerCase(Locale.ROOT))
                    && !Files.exists(userPacks.resolve(candidate + ".json"), LinkOption.NOFOLLOW_LINKS)
                    && !Files.exists(userPacks.resolve(candidate), LinkOption.NOFOLLOW_LINKS))
                return candidate;
        }
    }

    /**
     * Keeps both: the incoming pack is added as a separate pack under a new id (its title says its version, so the two
     * can be told apart in the library). Its students start afresh: progress and the teacher's settings go by pack id.
     */
    public static Path keepBoth(Incoming in, Set<String> taken, Path userPacks) throws IOException {
        LessonPack p = in.pack();
        String id = freeId(p.id(), taken, userPacks);
        String suffix = p.version().isBlank() ? id.substring(p.id().length() + 1) : p.version();
        LessonPack copy = new LessonPack(p.schemaVersion(), id, p.title() + " (" + suffix + ")", p.subject(), p.level(),
                p.authors(), p.version(), p.language(), p.skills(), p.problems(), p.description(), p.teacher());
        if (in.staged().isPresent()) {
            // the pack.json of the unpacked folder says the new id; its pictures go with it unchanged
            PackWriter.save(copy, in.staged().get().resolve(Library.FOLDER_PACK));
            return moveIn(in.staged().get(), userPacks.resolve(id));
        }
        Path target = userPacks.resolve(id + ".json");
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) throw new FileAlreadyExistsException(target.toString());
        PackWriter.save(copy, target);
        return target;
    }

    /**
     * How version {@code a} compares with {@code b} when both are dotted numbers ("1.2" &lt; "1.10"): negative, zero or
     * positive; empty when either is not (then only "the same" or "different" can be said).
     */
    public static Optional<Integer> compareVersions(String a, String b) {
        if (!a.strip().matches("\\d+(\\.\\d+)*") || !b.strip().matches("\\d+(\\.\\d+)*")) return Optional.empty();
        String[] x = a.strip().split("\\.");
        String[] y = b.strip().split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            java.math.BigInteger u = new java.math.BigInteger(i < x.length ? x[i] : "0");
            java.math.BigInteger v = new java.math.BigInteger(i < y.length ? y[i] : "0");
            if (u.compareTo(v) != 0) return Optional.of(u.compareTo(v));
        }
        return Optional.of(0);
    }
}
