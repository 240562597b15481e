package app.stepwise.tutor;

import app.stepwise.app.AppPaths;
import app.stepwise.model.ModelException;
import app.stepwise.model.ModelIntegrity;
import app.stepwise.model.ModelManifest;
import app.stepwise.text.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The model folders Stepwise can use: the bundled ones and those in the user's models folder. */
public final class ModelCatalog {
    public static final String DEFAULT = "stepwise-tutor";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ModelCatalog.class);

    private ModelCatalog() {}

    /** One folder: its manifest when readable, else why not (said in the user's language); its size on disk. */
    public record Entry(Path folder, Optional<ModelManifest> manifest, Message problem, long bytes, boolean bundled) {
        public String name() {
            return manifest.map(ModelManifest::name).orElse(folder.getFileName().toString());
        }

        /** The model picker's line in English (the command line). */
        public String description() {
            return description(Locale.ENGLISH);
        }

        /** One line (two with evaluation figures) for the model picker: name, size, parameters, weights, validation figures. */
        public String description(Locale language) {
            StringBuilder sb = new StringBuilder(heading(language));
            if (manifest().isEmpty())
                return sb.append("  —  ").append(Message.of("model.entry.unusable", problem()).in(language)).toString();
            var m = manifest().get();
            if (m.parameters() > 0)
                sb.append(", ")
                        .append(Message.of("model.entry.parameters", String.format(Locale.ROOT, "%.1f", m.parameters() / 1e6))
                                .in(language));
            sb.append(", ").append(m.weights());
            var ev = m.evaluation().path("validation");
            if (!ev.isMissingNode()) {
                sb.append("\n    ").append(Message.of("model.entry.validation",
                        percent(ev.path("nextStepValid").asDouble()), percent(ev.path("fullAnswerRight").asDouble()))
                        .in(language));
            }
            sb.append("  [").append(Message.of(bundled() ? "model.entry.bundled" : "model.entry.yours").in(language)).append("]");
            return sb.toString();
        }

        /** The model's name (with its version, where model.json gives one) and its size on disk. */
        public String heading(Locale language) {
            return manifest().map(m -> named(m).in(language)).orElse(name())
                    + String.format(Locale.ROOT, "  —  %.1f MB", bytes() / 1e6);
        }

        /** Whether nothing found so far keeps the model from loading (its model.json reads, its files check out). */
        public boolean usable() {
            return manifest().isPresent() && problem().isEmpty();
        }

        /**
         * The entry with its files checked against the sizes and checksums in model.json: a missing or damaged file
         * makes it unusable, with the reason. Slow (reads every file): off the UI thread.
         */
        public Entry verified() {
            if (!usable()) return this;
            try {
                ModelIntegrity.verify(folder());
                return this;
            } catch (ModelException e) {
                LOG.warn("Model {} is not usable: {}{}", folder(), e.getMessage(),
                        e.detail().map(d -> " (" + d + ")").orElse("")); // the technical finding, for whoever reads the log
                return new Entry(folder(), manifest(), Tutor.said(e), bytes(), bundled());
            }
        }
    }

    /**
     * A rate as a percentage that never claims more than was measured: to one decimal, rounded down, without ".0"
     * (0.995 is "99.5", never "100"; 0.98 is "98").
     */
    static String percent(double rate) {
        double tenths = Math.floor(rate * 1000 + 1e-9) / 10;
        return tenths == Math.rint(tenths)
                ? String.format(Locale.ROOT, "%.0f", tenths)
                : String.format(Locale.ROOT, "%.1f", tenths);
    }

    /**
     * A model as a teacher tells one copy from another: its name and its version from model.json ("stepwise-tutor
     * 2.4.0"), or its name and that the version is not given.
     */
    public static Message named(ModelManifest m) {
        String version = m.version() == null ? "" : m.version().strip();
        if (version.isEmpty() || version.equals("?")) return Message.of("model.named.noVersion", m.name());
        return Message.of("model.named", m.name(), version);
    }

    public static List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        scan(AppPaths.bundledModels(), true, out);
        scan(AppPaths.userModels(), false, out);
        return out;
    }

    static void scan(Path dir, boolean bundled, List<Entry> out) {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.sorted().toList()) {
                if (!Files.isDirectory(f) || !Files.exists(f.resolve("model.onnx")) && !Files.exists(f.resolve("model.json")))
                    continue;
                long bytes = size(f);
                try {
                    out.add(new Entry(f, Optional.of(ModelManifest.read(f)), Message.NONE, bytes, bundled));
                } catch (ModelException e) {
                    out.add(new Entry(f, Optional.empty(), Tutor.said(e), bytes, bundled));
                }
            }
        } catch (IOException e) {
            // an unreadable models folder lists nothing
        }
    }

    private static long size(Path f) {
        try (Stream<Path> s = Files.list(f)) {
            return s.mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** A model by name (bundled or user's) or by folder path; the default when name is null. */
    public static Path resolve(String nameOrPath) {
        String n = nameOrPath == null ? DEFAULT : nameOrPath;
        Path asPath = Path.of(n);
        if (Files.isDirectory(asPath)) return asPath;
        Path user = AppPaths.userModels().resolve(n);
        if (Files.isDirectory(user)) return user;
        return AppPaths.bundledModels().resolve(n);
    }
}
