package app.stepwise.author;

import app.stepwise.lesson.AtomicFile;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.PackImage;
import app.stepwise.lesson.PackProblem;
import app.stepwise.lesson.PackReader;
import app.stepwise.lesson.PackWriter;
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
            if (Files.isSymbolicLink(zip)) throw new ImportException(zip + " is a link; give the archive itself");
            if (Files.size(zip) > MAX_TOTAL_BYTES) throw new ImportException(zip + " is larger than " + mb(MAX_TOTAL_BYTES));
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !isEmptyDir(target))
                throw new ImportException(target + " already exists and is not empty; nothing was overwritten");
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new ImportException("cannot read " + zip + ": " + e.getMessage());
        }
        Path root = target.toAbsolutePath().normalize();
        List<Path> written = new ArrayList<>();
        Set<String> links;
        try {
            links = links(zip);
        } catch (IOException e) {
            throw new ImportException("cannot read " + zip + ": " + e.getMessage());
        }
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry e;
            int entries = 0;
            long total = 0;
            boolean sawPack = false;
            while ((e = z.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) throw refuse("it has more than " + MAX_ENTRIES + " entries");
                String name = e.getName();
                if (e.isDirectory()) continue;
                if (name.contains("\\") || name.startsWith("/") || name.contains("\0") || name.matches("^[A-Za-z]:.*"))
                    throw refuse("the entry \"" + name + "\" has an absolute or unusual path");
                Path out = root.resolve(name).normalize();
                if (!out.startsWith(root) || out.equals(root))
                    throw refuse("the entry \"" + name + "\" would be written outside the pack's folder");
                if (links.contains(name)) throw refuse("the entry \"" + name + "\" is a symbolic link");
                boolean isPack = name.equals(PACK_ENTRY);
                if (!isPack && !(name.startsWith("images/") && name.indexOf('/', 7) < 0 && image(name)))
                    throw refuse("the entry \"" + name + "\" is neither pack.json nor an image in images/");
                sawPack |= isPack;
                Files.createDirectories(out.getParent());
                long size = 0;
                byte[] buf = new byte[16384];
                try (OutputStream o = Files.newOutputStream(out)) {
                    written.add(out);
                    int n;
                    while ((n = z.read(buf)) > 0) {
                        size += n;
                        total += n;
                        if (size > MAX_ENTRY_BYTES)
                            throw refuse("the entry \"" + name + "\" is larger than " + mb(MAX_ENTRY_BYTES));
                        if (total > MAX_TOTAL_BYTES) throw refuse("it unpacks to more than " + mb(MAX_TOTAL_BYTES));
                        o.write(buf, 0, n);
                    }
                }
            }
            if (!sawPack) throw refuse("it holds no pack.json");
        } catch (ImportException ex) {
            clean(root, written);
            throw ex;
        } catch (IOException | IllegalArgumentException ex) {
            clean(root, written);
            throw new ImportException("cannot unpack " + zip + ": it is not a readable zip archive (" + ex.getMessage() + ")");
        }
        Path packFile = root.resolve(PACK_ENTRY);
        List<Path> images = written.stream().filter(p -> !p.equals(packFile)).toList();
        return new Unpacked(reader.read(packFile), packFile, images);
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

    private static ImportException refuse(String why) {
        return new ImportException("this pack archive is refused: " + why + ". Nothing was unpacked.");
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
