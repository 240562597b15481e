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

    /**
     * The JDK writes a font-configuration cache to {@code ~/.java/fonts/<version>/} the first time AWT fonts are used on
     * Linux (formulas are laid out with AWT fonts). Reading {@code user.home} once, when the font system starts, is the
     * only say the JDK gives; so the font system is started here, with {@code user.home} pointing under the data folder
     * for that moment, and the cache lands in {@code <data>/cache/java/.java/fonts}. Call it before other threads run
     * (the start of the window): they would see the changed {@code user.home} for those milliseconds. Linux only.
     */
    public static void keepJavaFontCacheInDataFolder() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) return;
        String home = System.getProperty("user.home");
        String inData = AppPaths.userDir().resolve("cache").resolve("java").toString(); // userDir reads user.home: before
        System.setProperty("user.home", inData);
        try {
            new java.awt.Font(java.awt.Font.DIALOG, java.awt.Font.PLAIN, 12).getFamily(); // starts the font system once
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("the font system could not be started early: {}", e.toString());
        } finally {
            System.setProperty("user.home", home);
        }
    }
}
