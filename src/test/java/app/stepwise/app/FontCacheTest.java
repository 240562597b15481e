package app.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDK's font-configuration cache ({@code ~/.java/fonts}) goes into the data folder, not the student's home: each
 * case runs a fresh JVM (the font system starts once per process) that draws text with AWT fonts, as formulas do.
 */
@EnabledOnOs(OS.LINUX)
class FontCacheTest {
    /** Draws a line of text with an AWT font; with "keep", first moves the font cache as the window's start does. */
    public static final class Probe {
        public static void main(String[] args) {
            String home = System.getProperty("user.home");
            if (args.length > 0 && args[0].equals("keep")) ProcessEnvironment.keepJavaFontCacheInDataFolder();
            BufferedImage image = new BufferedImage(200, 40, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 20));
            g.drawString("3x + 5 = 20", 5, 30);
            g.dispose();
            System.out.println(System.getProperty("user.home").equals(home) ? "user.home unchanged" : "user.home CHANGED");
        }
    }

    private static String run(Path tmp, Path userHome, Path data, String mode) throws Exception {
        Path out = tmp.resolve(mode + ".txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Duser.home=" + userHome, "-Dstepwise.home=" + data, "-cp",
                System.getProperty("java.class.path"), Probe.class.getName(), mode).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = Files.readString(out);
        assertThat(p.exitValue()).as(text).isZero();
        return text;
    }

    private static List<Path> files(Path dir) throws Exception {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void theFontCacheLandsInTheDataFolderAndTheHomeStaysEmpty(@TempDir Path tmp) throws Exception {
        Path plainHome = Files.createDirectories(tmp.resolve("plain-home"));
        run(tmp, plainHome, tmp.resolve("plain-data"), "plain");
        assumeTrue(!files(plainHome.resolve(".java/fonts")).isEmpty(),
                "this JDK or machine writes no font cache (no fontconfig?): nothing to move");

        Path home = Files.createDirectories(tmp.resolve("home"));
        Path data = tmp.resolve("data");
        String out = run(tmp, home, data, "keep");
        assertThat(out).contains("user.home unchanged");
        assertThat(files(home)).as("nothing in the student's home").isEmpty();
        assertThat(files(data.resolve("cache/java/.java/fonts"))).extracting(f -> f.getFileName().toString())
                .anyMatch(n -> n.startsWith("fcinfo"));
    }
}
