package app.stepwise.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A problem's picture: what the reader accepts (a PNG or JPEG in the pack's own images folder, with alt text) and what
 * it refuses before anything decodes it. A refused picture is reported, but the pack stays usable: students see the alt
 * text instead.
 */
public class PackImageTest {
    @TempDir
    Path root;
    Path pack;

    /** A real PNG of the given size, written by the JDK's encoder. */
    public static byte[] png(int width, int height) throws Exception {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static byte[] jpeg(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }

    /**
     * A hostile PNG: a valid signature and header chunk (with its CRC) claiming {@code width} × {@code height} pixels,
     * followed by a tiny compressed stream — a few hundred bytes that would ask a decoder for tens of gigabytes.
     */
    public static byte[] claimingPng(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(8 + 25 + 12 + 12);
        b.put(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        byte[] ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        b.putInt(13).put(ihdr).putInt(crc(ihdr));
        byte[] idat = "IDAT".getBytes(StandardCharsets.US_ASCII);
        b.putInt(0).put(idat).putInt(crc(idat));
        byte[] iend = "IEND".getBytes(StandardCharsets.US_ASCII);
        b.putInt(0).put(iend).putInt(crc(iend));
        return b.array();
    }

    private static int crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return (int) c.getValue();
    }

    @BeforeEach
    void fixtures() throws Exception {
        pack = root.resolve("pack");
        Path images = Files.createDirectories(pack.resolve("images"));
        Files.write(images.resolve("scale.png"), png(40, 30));
        Files.write(images.resolve("photo.jpg"), jpeg(20, 10));
        Files.writeString(images.resolve("notes.png"), "this is text, not a picture");
        Files.write(images.resolve("photo-named.png"), jpeg(20, 10));
        byte[] big = Arrays.copyOf(png(10, 10), (int) PackImage.MAX_BYTES + 1); // a PNG padded past the cap
        Files.write(images.resolve("big.png"), big);
        Files.write(images.resolve("huge.png"), claimingPng(100_000, 100_000));
        Files.write(images.resolve("wide.png"), claimingPng(PackImage.MAX_SIDE + 1, 10));
        Files.write(images.resolve("flat.png"), claimingPng(10, 0));
        Files.write(images.resolve("clip.gif"), "GIF89a".getBytes(StandardCharsets.US_ASCII));
        Path outside = Files.write(root.resolve("secret.png"), png(5, 5));
        Files.createSymbolicLink(images.resolve("link.png"), outside);
        Files.createLink(images.resolve("hard.png"), outside);
    }

    PackProblem.Report read(String imageJson) throws Exception {
        Path file = pack.resolve("pack.json");
        Files.writeString(file, """
                {"schemaVersion": 1, "id": "pics", "title": "Pictures", "subject": "math", "problems": [
                  {"id": "p1", "statement": "How many newtons does the scale show?", "image": %s,
                   "answer": {"kind": "numeric", "value": "4"}}]}
                """.formatted(imageJson));
        return new PackReader().read(file);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            good PNG                 | {"file": "images/scale.png", "alt": "A spring scale showing 4 N"}
            good JPEG                | {"file": "images/photo.jpg", "alt": "A photo of a ramp"}
            """)
    void aPictureInTheImagesFolderWithAltTextIsAccepted(String name, String json) throws Exception {
        PackProblem.Report r = read(json);
        assertThat(r.problems()).isEmpty();
        Problem.Image image = r.pack().orElseThrow().problems().get(0).image().orElseThrow();
        assertThat(image.alt()).isNotBlank();
        assertThat(PackImage.load(image.folder(), image.file()).width()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            path escape               | {"file": "images/../../secret.png", "alt": "x"}    | must be a file in the pack's own images folder
            parent folder             | {"file": "../secret.png", "alt": "x"}              | must be a file in the pack's own images folder
            absolute path             | {"file": "/etc/passwd.png", "alt": "x"}            | must be a file in the pack's own images folder
            outside images folder     | {"file": "pack.json", "alt": "x"}                  | must be a file in the pack's own images folder
            backslash                 | {"file": "images\\\\..\\\\x.png", "alt": "x"}      | must be a file in the pack's own images folder
            symbolic link             | {"file": "images/link.png", "alt": "x"}            | is a link; links are not followed
            hard link                 | {"file": "images/hard.png", "alt": "x"}            | is a link to another file
            wrong type (text)         | {"file": "images/notes.png", "alt": "x"}           | is not a PNG or JPEG picture
            wrong type (GIF)          | {"file": "images/clip.gif", "alt": "x"}            | must be a file in the pack's own images folder
            JPEG named .png           | {"file": "images/photo-named.png", "alt": "x"}     | holds a JPEG picture; name it .jpg
            oversized bytes           | {"file": "images/big.png", "alt": "x"}             | is larger than 2 MB
            oversized dimensions      | {"file": "images/huge.png", "alt": "x"}            | is 100000 × 100000 pixels; at most 4096 × 4096
            one side too wide         | {"file": "images/wide.png", "alt": "x"}            | is 4097 × 10 pixels
            zero pixels               | {"file": "images/flat.png", "alt": "x"}            | 0 pixels wide or tall
            missing file              | {"file": "images/none.png", "alt": "x"}            | is not in the pack's images folder
            missing alt               | {"file": "images/scale.png"}                       | needs "alt" text
            empty alt                 | {"file": "images/scale.png", "alt": "  "}          | needs "alt" text
            no file                   | {"alt": "a picture"}                               | has no "file"
            unknown field             | {"file": "images/scale.png", "alt": "x", "url": 1} | unknown field "url"
            """)
    void aRefusedPictureIsReportedAtItsFieldAndThePackStillOpens(String name, String json, String message) throws Exception {
        PackProblem.Report r = read(json);
        assertThat(r.problems()).extracting(PackProblem::message).anySatisfy(m -> assertThat(m).contains(message));
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.pointer()).startsWith("/problems/0/image"));
        assertThat(r.ok()).isFalse();
        assertThat(r.pack()).as("students still get the problem, with the alt text").isPresent();
    }

    @Test
    void aPictureChangedAfterReadingIsCheckedAgainWhenItIsLoaded() throws Exception {
        Problem.Image image = read("{\"file\": \"images/scale.png\", \"alt\": \"scale\"}").pack().orElseThrow().problems().get(0)
                .image().orElseThrow();
        Files.write(pack.resolve("images/scale.png"), claimingPng(100_000, 100_000));
        assertThatThrownBy(() -> PackImage.load(image.folder(), image.file())).isInstanceOf(PackImage.Refused.class)
                .hasMessageContaining("100000 × 100000");
    }

    @Test
    void aLinkedImagesFolderIsRefused() throws Exception {
        Path other = Files.createDirectories(root.resolve("other/images"));
        Files.write(other.resolve("scale.png"), png(4, 4));
        Path linked = Files.createDirectories(root.resolve("linked"));
        Files.createSymbolicLink(linked.resolve("images"), other);
        assertThatThrownBy(() -> PackImage.load(linked, "images/scale.png")).hasMessageContaining("images folder is a link");
    }

    @Test
    void theSizeOfAJpegIsReadFromItsFrameHeader() throws Exception {
        PackImage.Loaded l = PackImage.inspect("images/a.jpg", jpeg(33, 17));
        assertThat(l.type()).isEqualTo("jpeg");
        assertThat(l.width()).isEqualTo(33);
        assertThat(l.height()).isEqualTo(17);
        byte[] cut = Arrays.copyOf(jpeg(33, 17), 20); // ends before its frame header
        assertThatThrownBy(() -> PackImage.inspect("images/a.jpg", cut)).hasMessageContaining("damaged JPEG");
    }

    @Test
    void aPictureSurvivesASaveAndALoad() throws Exception {
        LessonPack p = read("{\"file\": \"images/scale.png\", \"alt\": \"A spring scale showing 4 N\"}").pack().orElseThrow();
        String written = PackWriter.write(p);
        assertThat(written).contains("\"image\": {\"file\": \"images/scale.png\", \"alt\": \"A spring scale showing 4 N\"}");
        Path again = pack.resolve("again.json");
        Files.writeString(again, written);
        PackProblem.Report r = new PackReader().read(again);
        assertThat(r.problems()).isEmpty();
        assertThat(r.pack().orElseThrow()).isEqualTo(p);
        assertThat(PackWriter.write(r.pack().orElseThrow())).isEqualTo(written);
    }
}
