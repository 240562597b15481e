package app.stepwise.model;

import java.nio.file.Path;

/**
 * Keeps DJL offline and quiet. Runs before any DJL class is touched: DJL's static start-up otherwise looks for the
 * network (engine downloads, telemetry). The engine is named explicitly (the tokenizers jar would make "Rust" the
 * default), and DJL's cache (where the tokenizer's native library is unpacked) goes under the user's folder.
 */
public final class Offline {
    private Offline() {}

    public static void enforce() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("ai.djl.default_engine", "OnnxRuntime");
        System.setProperty("ai.djl.onnx.disable_alternative", "true");
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
            String home = System.getProperty("stepwise.home");
            Path user = home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".stepwise") : Path.of(home);
            System.setProperty("DJL_CACHE_DIR", user.resolve("cache").resolve("djl").toString());
        }
    }

    /** The folder DJL unpacks native libraries into. */
    public static Path cacheDir() {
        String p = System.getProperty("DJL_CACHE_DIR", System.getenv("DJL_CACHE_DIR"));
        return Path.of(p == null ? "." : p);
    }
}
