package app.stepwise.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The Stepwise version: the pom's {@code <version>}, written into {@code version.properties} when the jar is built. It
 * is the only place the version is kept; the installer scripts read the same file from the built jar.
 */
public final class AppVersion {
    private AppVersion() {}

    /** Where the version is kept inside the jar (the installer scripts read it there too). */
    public static final String RESOURCE = "app/stepwise/app/version.properties";

    /** Said when the classes were not built by Maven (an IDE that skips resource filtering). */
    static final String UNKNOWN = "dev";

    /** The version, e.g. {@code 0.1.0}; {@value #UNKNOWN} when the build did not fill it in. */
    public static String current() {
        return parse(AppVersion.class.getClassLoader().getResourceAsStream(RESOURCE));
    }

    static String parse(InputStream in) {
        if (in == null) return UNKNOWN;
        try (in) {
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            return v.isEmpty() || v.contains("${") ? UNKNOWN : v;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
