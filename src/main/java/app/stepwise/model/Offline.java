package app.stepwise.model;

import ai.djl.engine.Engine;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the model runtime offline, quiet and tidy. {@link #enforce()} runs before any DJL class is touched: DJL's
 * static start-up otherwise looks for the network (engine downloads, usage tracking). The engine is named explicitly
 * (the tokenizers jar would make "Rust" the default), and DJL's cache (where the tokenizer's native library is unpacked)
 * goes under the user's data folder. {@link #onnxRuntime()} runs before a model is loaded: ONNX Runtime's native
 * libraries come from a versioned folder in that cache instead of a fresh temporary folder per start, and its telemetry
 * is switched off through its API.
 */
public final class Offline {
    private static final Logger LOG = LoggerFactory.getLogger(Offline.class);
    private static final String ORT_NATIVE_PATH = "onnxruntime.native.path";
    static final String ORT_NO_TELEMETRY = "ORT_DISABLE_TELEMETRY";
    private static boolean ortReady;

    private Offline() {}

    public static void enforce() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("ai.djl.default_engine", "OnnxRuntime");
        System.setProperty("ai.djl.onnx.disable_alternative", "true");
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null)
            System.setProperty("DJL_CACHE_DIR", dataFolder().resolve("cache").resolve("djl").toString());
        if (System.getProperty("jna.tmpdir") == null) // JNA (used by DJL) unpacks its library to ~/.cache/JNA otherwise
            System.setProperty("jna.tmpdir", dataFolder().resolve("cache").resolve("jna").toString());
    }

    /** The C library's setenv, through JNA (which DJL already ships). */
    interface LibC extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /**
     * ONNX Runtime 1.29's Linux and macOS builds carry telemetry (it looked up mobile.events.data.microsoft.com and wrote
     * a device id under ~/.cache/Microsoft). Its only complete opt-out is the environment variable ORT_DISABLE_TELEMETRY=1,
     * read once when the native library starts, so it is set in this process's own environment before that happens. The
     * launchers also export it; {@code setTelemetry(false)} below covers the Windows (ETW) telemetry.
     */
    static void disableTelemetryBeforeStart() {
        if ("1".equals(System.getenv(ORT_NO_TELEMETRY)) || ortPlatform().startsWith("win")) return;
        try {
            LibC c = Native.load("c", LibC.class);
            if (c.setenv(ORT_NO_TELEMETRY, "1", 1) != 0) LOG.warn("setenv {} failed", ORT_NO_TELEMETRY);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("{} could not be set: {}", ORT_NO_TELEMETRY, e.toString());
        }
    }

    /** The folder DJL unpacks native libraries into. */
    public static Path cacheDir() {
        String p = System.getProperty("DJL_CACHE_DIR", System.getenv("DJL_CACHE_DIR"));
        return Path.of(p == null ? "." : p);
    }

    /**
     * Prepares ONNX Runtime before the first model load; idempotent. DJL's engine must create the ONNX Runtime environment
     * (it passes thread-pool options and refuses an environment made before it), so the engine is started here and the
     * environment's telemetry is switched off at once, before any session exists.
     */
    public static synchronized void onnxRuntime() {
        enforce();
        if (ortReady) return;
        ortReady = true;
        disableTelemetryBeforeStart();
        useCachedNatives();
        try {
            Engine.getEngine("OnnxRuntime");
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("DJL's ONNX Runtime engine did not start: {}", e.toString()); // plain ONNX Runtime may still work
        }
        try {
            OrtEnvironment.getEnvironment().setTelemetry(false);
            LOG.info("ONNX Runtime telemetry switched off");
        } catch (OrtException | RuntimeException | LinkageError e) {
            LOG.warn("ONNX Runtime telemetry could not be switched off: {}", e.toString());
        }
        removeStaleTempFolders(Path.of(System.getProperty("java.io.tmpdir")), Duration.ofHours(1));
    }

    /** The ONNX Runtime environment, prepared by {@link #onnxRuntime()} (for code that uses ONNX Runtime without DJL). */
    public static OrtEnvironment ortEnvironment() {
        onnxRuntime();
        return OrtEnvironment.getEnvironment();
    }

    /**
     * Points ONNX Runtime at this platform's native libraries unpacked once into the cache (per version), unless the
     * installer already put them beside the app ({@code onnxruntime.native.path} set by the launcher). Without this, each
     * start unpacks 28 MB into a new /tmp/onnxruntime-java* folder that outlives the process.
     */
    static void useCachedNatives() {
        if (System.getProperty(ORT_NATIVE_PATH) != null) return;
        String platform = ortPlatform();
        List<String> libs = List.of(System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"));
        String version = OrtEnvironment.class.getPackage().getImplementationVersion();
        Path cache = cacheDir().toAbsolutePath();
        Path dir = (cache.getParent() == null ? cache : cache.getParent()).resolve("onnxruntime")
                .resolve((version == null ? "dev" : version) + "-" + platform);
        try {
            for (String lib : libs) {
                Path target = dir.resolve(lib);
                String resource = "/ai/onnxruntime/native/" + platform + "/" + lib;
                try (InputStream in = OrtEnvironment.class.getResourceAsStream(resource)) {
                    if (in == null) return; // natives not in the jar (stripped by the installer): ONNX Runtime finds its own
                    if (Files.isRegularFile(target)) continue;
                    Files.createDirectories(dir);
                    Path part = Files.createTempFile(dir, lib, ".part");
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            System.setProperty(ORT_NATIVE_PATH, dir.toString());
        } catch (IOException | RuntimeException e) {
            LOG.warn("ONNX Runtime's libraries could not be unpacked to {}: {}", dir, e.toString()); // falls back to /tmp
        }
    }

    /**
     * Removes empty onnxruntime-java* folders older than the given age from the temp folder: ONNX Runtime makes one per
     * start and cannot delete it when the process is killed. Only empty ones: a folder being filled now is never touched.
     */
    static int removeStaleTempFolders(Path tmp, Duration age) {
        int removed = 0;
        Instant before = Instant.now().minus(age);
        try (DirectoryStream<Path> s = Files.newDirectoryStream(tmp, "onnxruntime-java*")) {
            for (Path p : s) {
                try {
                    FileTime t = Files.getLastModifiedTime(p);
                    if (Files.isDirectory(p) && t.toInstant().isBefore(before) && isEmpty(p)) {
                        Files.delete(p);
                        removed++;
                    }
                } catch (IOException | SecurityException e) {
                    // someone else's folder, or gone already
                }
            }
        } catch (IOException | SecurityException e) {
            // no temp folder to tidy
        }
        return removed;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    /** ONNX Runtime's name for this platform's native folder (linux-x64, osx-aarch64, win-x64, …). */
    static String ortPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String o = os.contains("win") ? "win" : os.contains("mac") || os.contains("darwin") ? "osx" : "linux";
        String a = arch.equals("amd64") || arch.equals("x86_64")
                ? "x64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : arch;
        return o + "-" + a;
    }

    private static Path dataFolder() {
        String home = System.getProperty("stepwise.home");
        return home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".stepwise") : Path.of(home);
    }
}
