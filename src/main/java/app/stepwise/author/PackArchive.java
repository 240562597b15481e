package app.stepwise.author;

import app.stepwise.lesson.AtomicFile;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.PackImage;
import app.stepwise.lesson.PackProblem;
import app.stepwise.lesson.PackReader;
import app.stepwise.lesson.PackWriter;
import app.stepwise.text.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A pack with its images as one zip: {@code pack.json} and an {@code images/} folder. Unpacking refuses entries that
 * would land outside the target folder, links, anything but JSON and images, and archives that are too large, hold too
 * many entries or expand too much (a zip bomb) — the sizes are counted as bytes are actually read, not as the archive
 * claims.
 */
public final class PackArchive {
    public static final String PACK_ENTRY = "pack.json";
    public static final int MAX_ENTRIES = 500;
    public static final long MAX_ENTRY_BYTES = 10L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;
    /** The picture types a pack may show (see {@link PackImage}). */
    static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg");

    private PackArchive() {}

    /**
     * Writes the pack, the pictures its problems show (each read and checked as {@link PackImage#load} does, from the
     * folder the pack was read from), and every image of {@code images} (a further folder, may be absent) into a zip.
     * A picture the pack refers to that cannot be read is refused, so that the archive never lacks one.
     */
    public static void write(LessonPack pack, Path images, Path zip) throws IOException {
        java.util.Map<String, byte[]> shown = new java.util.TreeMap<>();
        for (var p : pack.problems()) {
            if (p.image().isEmpty()) continue;
            var ref = p.image().get();
            try {
                shown.put(ref.file(), PackImage.load(ref.folder(), ref.file()).bytes());
            } catch (PackImage.Refused e) {
                throw new IOException("problem " + p.id() + ": " + e.getMessage());
            }
        }
        List<Path> files = new ArrayList<>();
        if (images != null && Files.isDirectory(images, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> s = Files.list(images)) {
                s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && image(p.getFileName().toString())).sorted()
                        .forEach(files::add);
            }
        }
        AtomicFile.writeToShare(zip, out -> {
            ZipOutputStream z = new ZipOutputStream(out);
            z.putNextEntry(new ZipEntry(PACK_ENTRY));
            z.write(PackWriter.write(pack).getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            for (var e : shown.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
            for (Path f : files) {
                if (shown.containsKey("images/" + f.getFileName())) continue;
                z.putNextEntry(new ZipEntry("images/" + f.getFileName()));
                Files.copy(f, z);
                z.closeEntry();
            }
            z.finish(); // AtomicFile closes the file
        });
    }

    /** What unpacking gave: the pack's report (as the reader gives it) and the images written. */
    public record Unpacked(PackProblem.Report pack, Path packFile, List<Path> images) {}

    /**
     * Unpacks into {@code target} (created; must be empty or absent) and reads the pack. Nothing is left behind when the
     * archive is refused.
     */
    public static Unpacked read(Path zip, Path target, PackReader reader) throws ImportException {
        try {
            if (Files.isSymbolicLink(zip))
                throw new ImportException(Message.of("archive.sourceLink", zip.toString()));
            if (Files.size(zip) > MAX_TOTAL_BYTES)
                throw new ImportException(Message.of("archive.sourceTooLarge", zip.toString(), MAX_TOTAL_BYTES / MB));
            emptyTarget(target);
        } catch (IOException e) {
            throw new ImportException("cannot read " + zip + ": " + e.getMessage(),
                    Message.of("archive.notZip", zip.getFileName().toString()));
        }
        Path root = target.toAbsolutePath().normalize();
        Copies copies = new Copies(root, "archive.refused");
        Set<String> links;
        try {
            links = links(zip);
        } catch (IOException e) {
            throw new ImportException("cannot read " + zip + ": " + e.getMessage(),
                    Message.of("archive.notZip", zip.getFileName().toString()));
        }
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry e;
            boolean sawPack = false;
            while ((e = z.getNextEntry()) != null) {
                copies.count();
                if (e.isDirectory()) continue;
                String name = e.getName();
                Path out = copies.place(name);
                if (links.contains(name)) throw copies.refuse(Message.of("archive.why.link", name));
                sawPack |= name.equals(PACK_ENTRY);
                copies.copy(z, name, out);
            }
            if (!sawPack) throw copies.refuse(Message.of("archive.why.noPack"));
        } catch (ImportException ex) {
            copies.clean();
            throw ex;
        } catch (WriteFailed ex) {
            copies.clean();
            throw new ImportException("cannot unpack " + zip + ": " + ex.getMessage(), Message.of("archive.writeFailed"));
        } catch (IOException | IllegalArgumentException ex) {
            copies.clean();
            throw new ImportException("cannot unpack " + zip + ": it is not a readable zip archive (" + ex.getMessage() + ")",
                    Message.of("archive.notZip", zip.getFileName().toString()));
        }
        return copies.unpacked(reader);
    }

    /**
     * A pack folder as a teacher receives it ({@code pack.json} and its pictures in {@code images/}) copied into
     * {@code target} (created; must be empty or absent) with the checks of {@link #read}: no links, only the pack and
     * PNG/JPEG pictures (anything else in the folder is left where it is), the same limits on sizes and counts, the
     * bytes counted as they are read. Nothing is left behind when the folder is refused.
     */
    public static Unpacked readFolder(Path folder, Path target, PackReader reader) throws ImportException {
        String named = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        Path root = target.toAbsolutePath().normalize();
        Copies copies = new Copies(root, "archive.refusedFolder");
        try {
            if (Files.isSymbolicLink(folder)) throw copies.refuse(Message.of("archive.why.link", named));
            Path pack = folder.resolve(PACK_ENTRY);
            if (!Files.isRegularFile(pack, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.isSymbolicLink(pack)) throw copies.refuse(Message.of("archive.why.link", PACK_ENTRY));
                throw copies.refuse(Message.of("archive.why.noPack"));
            }
            emptyTarget(target);
            List<String> names = new ArrayList<>(List.of(PACK_ENTRY));
            Path images = folder.resolve(PackImage.FOLDER);
            if (Files.isSymbolicLink(images)) throw copies.refuse(Message.of("archive.why.link", PackImage.FOLDER));
            if (Files.isDirectory(images, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> s = Files.list(images)) {
                    for (Path f : s.sorted().toList()) {
                        String name = PackImage.FOLDER + "/" + f.getFileName();
                        if (!image(name)) continue; // a note or a thumbnail beside the pictures stays where it is
                        if (Files.isSymbolicLink(f)) throw copies.refuse(Message.of("archive.why.link", name));
                        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                            throw copies.refuse(Message.of("archive.why.other", name));
                        names.add(name);
                    }
                }
            }
            for (String name : names) {
                copies.count();
                Path out = copies.place(name);
                // opened without following a link put there since it was listed
                try (InputStream in = Files.newInputStream(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                    copies.copy(in, name, out);
                }
            }
        } catch (ImportException ex) {
            copies.clean();
            throw ex;
        } catch (WriteFailed ex) {
            copies.clean();
            throw new ImportException("cannot copy " + folder + ": " + ex.getMessage(), Message.of("archive.writeFailed"));
        } catch (IOException ex) {
            copies.clean();
            throw new ImportException("cannot read " + folder + ": " + ex.getMessage(),
                    Message.of("archive.folderUnreadable", named));
        }
        return copies.unpacked(reader);
    }

    private static final long MB = 1024 * 1024;

    /** A write into the target that failed (a full disk), told apart from an archive that cannot be read. */
    private static final class WriteFailed extends IOException {
        WriteFailed(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static void emptyTarget(Path target) throws IOException, ImportException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !isEmptyDir(target))
            throw new ImportException(target + " already exists and is not empty; nothing was overwritten");
        Files.createDirectories(target);
    }

    /**
     * The checks and counts shared by an archive and a folder: each entry's name and place, how many there are, and the
     * bytes actually copied, one entry and all of them together; what was written, to clean up after a refusal.
     */
    private static final class Copies {
        private final Path root;
        private final String refusal;
        private final List<Path> written = new ArrayList<>();
        private int entries;
        private long total;

        Copies(Path root, String refusal) {
            this.root = root;
            this.refusal = refusal;
        }

        ImportException refuse(Message why) {
            return new ImportException(Message.of(refusal, why));
        }

        void count() throws ImportException {
            if (++entries > MAX_ENTRIES) throw refuse(Message.of("archive.why.entries", MAX_ENTRIES));
        }

        /** Where entry {@code name} goes, once its name is checked: inside the folder, the pack or a picture. */
        Path place(String name) throws ImportException {
            if (name.contains("\\") || name.startsWith("/") || name.contains("\0") || name.matches("^[A-Za-z]:.*"))
                throw refuse(Message.of("archive.why.absolute", name));
            Path out = root.resolve(name).normalize();
            if (!out.startsWith(root) || out.equals(root)) throw refuse(Message.of("archive.why.outside", name));
            boolean isPack = name.equals(PACK_ENTRY);
            if (!isPack && !(name.startsWith("images/") && name.indexOf('/', 7) < 0 && image(name)))
                throw refuse(Message.of("archive.why.other", name));
            return out;
        }

        /** Copies one entry, counting the bytes as they are read (never as an archive claims). */
        void copy(InputStream in, String name, Path out) throws IOException, ImportException {
            try {
                Files.createDirectories(out.getParent());
            } catch (IOException e) {
                throw new WriteFailed(e);
            }
            long size = 0;
            byte[] buf = new byte[16384];
            OutputStream o;
            try {
                o = Files.newOutputStream(out);
            } catch (IOException e) {
                throw new WriteFailed(e);
            }
            try (o) {
                written.add(out);
                int n;
                while ((n = in.read(buf)) > 0) {
                    size += n;
                    total += n;
                    if (size > MAX_ENTRY_BYTES)
                        throw refuse(Message.of("archive.why.entryTooLarge", name, MAX_ENTRY_BYTES / MB));
                    if (total > MAX_TOTAL_BYTES) throw refuse(Message.of("archive.why.tooLarge", MAX_TOTAL_BYTES / MB));
                    try {
                        o.write(buf, 0, n);
                    } catch (IOException e) {
                        throw new WriteFailed(e);
                    }
                }
            }
        }

        void clean() {
            PackArchive.clean(root, written);
        }

        Unpacked unpacked(PackReader reader) {
            Path packFile = root.resolve(PACK_ENTRY);
            List<Path> images = written.stream().filter(p -> !p.equals(packFile)).toList();
            return new Unpacked(reader.read(packFile), packFile, images);
        }
    }

    /**
     * The names of entries the central directory marks as Unix symbolic links (mode bits S_IFLNK in the high half of the
     * external attributes). {@link ZipInputStream} does not show these attributes, so the directory is read here.
     */
    static Set<String> links(Path zip) throws IOException {
        byte[] b = Files.readAllBytes(zip);
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int eocd = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
            if (buf.getInt(i) == 0x06054b50) {
                eocd = i;
                break;
            }
        }
        Set<String> out = new java.util.HashSet<>();
        if (eocd < 0) return out;
        int count = Short.toUnsignedInt(buf.getShort(eocd + 10));
        long at = Integer.toUnsignedLong(buf.getInt(eocd + 16));
        for (int k = 0; k < count && at + 46 <= b.length; k++) {
            int p = (int) at;
            if (buf.getInt(p) != 0x02014b50) break;
            int nameLen = Short.toUnsignedInt(buf.getShort(p + 28));
            int extraLen = Short.toUnsignedInt(buf.getShort(p + 30));
            int commentLen = Short.toUnsignedInt(buf.getShort(p + 32));
            long external = Integer.toUnsignedLong(buf.getInt(p + 38));
            if (p + 46 + nameLen > b.length) break;
            String name = new String(b, p + 46, nameLen, StandardCharsets.UTF_8);
            if (((external >>> 16) & 0170000) == 0120000) out.add(name);
            at = at + 46 + nameLen + extraLen + commentLen;
        }
        return out;
    }

    private static void clean(Path root, List<Path> written) {
        for (Path p : written) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // best effort
            }
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a folder that is not empty stays
                }
            });
        } catch (IOException e) {
            // nothing to clean
        }
    }

    private static boolean isEmptyDir(Path p) throws IOException {
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) return false;
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        }
    }

    static boolean image(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && IMAGE_TYPES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String mb(long bytes) {
        return bytes / (1024 * 1024) + " MB";
    }
}
