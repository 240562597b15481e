package app.stepwise.app;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets variables in this process's own environment (libc {@code setenv} through JNA), for native libraries that read
 * it once at start-up and that the installed launcher cannot configure. Linux and macOS only; elsewhere it does nothing.
 */
public final class ProcessEnvironment {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessEnvironment.class);

    private ProcessEnvironment() {}

    interface LibC extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /** Sets the variable (replacing any value); false when it could not be set. */
    public static boolean set(String name, String value) {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) return false;
        try {
            return Native.load("c", LibC.class).setenv(name, value, 1) == 0;
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("{} could not be set: {}", name, e.toString());
            return false;
        }
    }

    /**
     * GTK, dconf and Mesa keep caches in ~/.cache; for the window they go under the data folder instead, so Stepwise
     * writes nowhere but its data folder and the temp folder (installer/smoke-linux.sh checks it). Linux only.
     */
    public static void keepDesktopCachesInDataFolder() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) return;
        set("XDG_CACHE_HOME", AppPaths.userDir().resolve("cache").resolve("desktop").toString());
    }
}
