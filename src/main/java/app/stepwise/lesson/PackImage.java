package app.stepwise.lesson;

import app.stepwise.text.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The pictures of a pack, read safely: a picture is a PNG or JPEG file directly in the pack's own {@code images/}
 * folder, no link, at most {@link #MAX_BYTES} bytes and {@link #MAX_SIDE} pixels a side. The size in pixels is read from
 * the file's header before anything decodes it, so a small file that claims a huge picture (a decompression bomb) is
 * refused without allocating its pixels. Everything here is checked again each time a picture is loaded, because the
 * file may have changed since the pack was read.
 */
public final class PackImage {
    /** Largest picture file; a clear diagram is far smaller. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    /** Widest and tallest picture, in pixels. */
    public static final int MAX_SIDE = 4096;
    /** Longest alt text (characters). */
    public static final int MAX_ALT_CHARS = 500;
    /** The folder of a pack's pictures, beside its pack file. */
    public static final String FOLDER = "images";

    private static final Pattern NAME = Pattern.compile("images/[A-Za-z0-9][A-Za-z0-9._-]{0,79}\\.(?i:png|jpe?g)");

    private PackImage() {}

    /** A picture that was read and checked: its bytes, type and size in pixels (from the header). */
    public record Loaded(byte[] bytes, String type, int width, int height) {}

    /** Why a picture is not shown, said for the teacher who wrote the pack. */
    public static final class Refused extends Exception {
        private final transient Message said;

        Refused(Message said) {
            super(said.english(), null, false, false);
            this.said = said;
        }

        /** Why, in the reader's language when rendered; {@link #getMessage()} is its English. */
        public Message said() {
            return said;
        }
    }

    /** Whether {@code file} is written as a picture reference may be: {@code images/NAME.png|jpg|jpeg}. */
    public static boolean wellNamed(String file) {
        return NAME.matcher(file).matches();
    }

    /** The reference for a picture file name: {@code scale.png} → {@code images/scale.png}. */
    public static String reference(String fileName) {
        return FOLDER + "/" + fileName;
    }

    /** The problem with a picture reference, or empty when it loads. */
    public static Optional<Message> problemWith(Path packFolder, String file) {
        try {
            load(packFolder, file);
            return Optional.empty();
        } catch (Refused e) {
            return Optional.of(e.said());
        }
    }

    /** Reads and checks the picture {@code file} (as written in the pack) of the pack in {@code packFolder}. */
    public static Loaded load(Path packFolder, String file) throws Refused {
        if (!wellNamed(file))
            throw new Refused(Message.of("image.badName", shorten(file)));
        Path images = packFolder.resolve(FOLDER);
        Path f = images.resolve(file.substring(FOLDER.length() + 1));
        try {
            if (Files.isSymbolicLink(images)) throw new Refused(Message.of("image.folderLink"));
            if (Files.isSymbolicLink(f)) throw new Refused(Message.of("image.link", file));
            if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS))
                throw new Refused(Message.of("image.missing", file));
            if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                throw new Refused(Message.of("image.notPlain", file));
            if (!f.toRealPath().startsWith(packFolder.toRealPath()))
                throw new Refused(Message.of("image.outside", file));
            if (hardLinks(f) > 1) throw new Refused(Message.of("image.hardLink", file));
            if (Files.size(f) > MAX_BYTES) throw tooLarge(file);
            byte[] bytes;
            try (InputStream in = Files.newInputStream(f, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1); // the file may grow while it is read
            }
            if (bytes.length > MAX_BYTES) throw tooLarge(file);
            return inspect(file, bytes);
        } catch (IOException | SecurityException e) {
            throw new Refused(Message.of("image.unreadable", file));
        }
    }

    /** "png" or "jpeg" by the file's first bytes, whatever its name says; empty for anything else. */
    public static Optional<String> type(byte[] b) {
        if (isPng(b)) return Optional.of("png");
        if (isJpeg(b)) return Optional.of("jpeg");
        return Optional.empty();
    }

    private static boolean isPng(byte[] b) {
        return b.length >= 24 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A;
    }

    private static boolean isJpeg(byte[] b) {
        return b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8;
    }

    /**
     * The type and size a picture's header declares (the bytes are not decoded); refuses what is not PNG or JPEG, does
     * not match its name's extension, or is larger than {@link #MAX_SIDE} pixels a side.
     */
    public static Loaded inspect(String file, byte[] b) throws Refused {
        String ext = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        boolean png = isPng(b);
        boolean jpeg = isJpeg(b);
        if (!png && !jpeg) throw new Refused(Message.of("image.notPicture", file));
        if (png != ext.equals("png"))
            throw new Refused(Message.of("image.wrongExtension", file, png ? "PNG" : "JPEG", png ? "png" : "jpg"));
        long width;
        long height;
        if (png) {
            if (b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R')
                throw new Refused(Message.of("image.damagedPng", file));
            width = u32(b, 16);
            height = u32(b, 20);
        } else {
            long[] wh = jpegSize(b);
            if (wh == null) throw new Refused(Message.of("image.damagedJpeg", file));
            width = wh[0];
            height = wh[1];
        }
        if (width == 0 || height == 0) throw new Refused(Message.of("image.empty", file));
        if (width > MAX_SIDE || height > MAX_SIDE)
            throw new Refused(Message.of("image.tooManyPixels", file, String.valueOf(width), String.valueOf(height),
                    String.valueOf(MAX_SIDE)));
        return new Loaded(b, png ? "png" : "jpeg", (int) width, (int) height);
    }

    /** Width and height from the first start-of-frame marker, or null when the markers end before one. */
    private static long[] jpegSize(byte[] b) {
        int i = 2;
        while (i + 3 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) return null;
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                i++;
                continue;
            }
            i += 2;
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue; // markers without a length
            if (marker == 0xD9 || marker == 0xDA) return null; // end of image, or scan data before any frame
            if (i + 1 >= b.length) return null;
            int length = ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
            if (length < 2) return null;
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (i + 6 >= b.length) return null;
                long height = ((b[i + 3] & 0xFF) << 8) | (b[i + 4] & 0xFF);
                long width = ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF);
                return new long[]{width, height};
            }
            i += length;
        }
        return null;
    }

    private static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static int hardLinks(Path f) {
        try {
            return ((Number) Files.getAttribute(f, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue();
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return 1; // a file system without link counts (Windows)
        }
    }

    private static Refused tooLarge(String file) {
        return new Refused(Message.of("image.tooLarge", file, String.valueOf(MAX_BYTES / (1024 * 1024))));
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
