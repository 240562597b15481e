package app.stepwise.teacher;

import app.stepwise.app.AppPaths;
import app.stepwise.lesson.AtomicFile;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.TeacherSettings;
import app.stepwise.lesson.TeacherSettings.ShowSolution;
import app.stepwise.text.Message;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The teacher's PIN and per-pack settings, kept in {@code teacher.json}. Every change needs a {@link TeacherSession}
 * from {@link #unlock}; wrong PINs are counted in the file itself, so waiting times survive a restart. The file is
 * read afresh for every question, so the app and the command line always agree. A file that cannot be read gives
 * the strict settings rather than the open ones: damaging the file never reveals solutions.
 */
public final class TeacherStore {
    /** Wrong PINs allowed before waits begin. */
    static final int FREE_FAILURES = 3;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    static final Duration SESSION = Duration.ofMinutes(30);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Where this account counts its wrong PINs when it cannot write the teacher file (one in the install folder). */
    public static final String ATTEMPTS_FILE = "teacher-attempts.json";

    private final Path file;
    private final Clock clock;
    private final Path attempts;
    private final java.util.function.Predicate<Path> writable;

    private TeacherStore(Path file, Clock clock, Path attempts, java.util.function.Predicate<Path> writable) {
        this.file = file;
        this.clock = clock;
        this.attempts = attempts;
        this.writable = writable;
    }

    public static TeacherStore open(Path file) {
        return open(file, Clock.systemUTC());
    }

    public static TeacherStore open(Path file, Clock clock) {
        return new TeacherStore(file, clock, AppPaths.userDir().resolve(ATTEMPTS_FILE),
                f -> !Files.exists(f) || Files.isWritable(f));
    }

    /** For tests: a teacher file this account may or may not write, and where its wrong PINs are counted otherwise. */
    static TeacherStore open(Path file, Clock clock, Path attempts, java.util.function.Predicate<Path> writable) {
        return new TeacherStore(file, clock, attempts, writable);
    }

    /**
     * The machine's teacher file: {@code teacher.json} in the install folder when an administrator put one there (read
     * only to students, so not even a file edit changes it), else {@code teacher.json} in the user's data folder.
     */
    public static Path defaultFile() {
        Path managed = AppPaths.appDir().resolve("teacher.json");
        return Files.isRegularFile(managed) ? managed : AppPaths.userDir().resolve("teacher.json");
    }

    public Path file() {
        return file;
    }

    /** Why the file cannot be used, when it cannot; then the strict settings apply until a teacher resets it. */
    public Optional<String> problem() {
        try {
            load();
            return Optional.empty();
        } catch (TeacherException e) {
            return Optional.of(e.getMessage());
        }
    }

    public boolean hasPin() {
        try {
            return load().has("pin");
        } catch (TeacherException e) {
            return true; // a damaged file must be reset, not replaced by a new PIN from whoever is at the keyboard
        }
    }

    /** The outcome of giving a PIN. */
    public sealed interface Unlock {
        /** The PIN was right. */
        record Granted(TeacherSession session) implements Unlock {}

        /** The PIN was wrong; after {@code retryAfter} the next try is accepted. */
        record Wrong(int failures, Duration retryAfter) implements Unlock {}

        /** Too many wrong PINs: no PIN is even checked before the wait is over. */
        record Locked(Duration retryAfter) implements Unlock {}

        /** No PIN has been set, or the file cannot be read. */
        record Unavailable(String message) implements Unlock {}
    }

    /** Checks a PIN, counting failures in the file; while a wait runs the PIN is not even looked at. */
    public synchronized Unlock unlock(char[] pin) {
        ObjectNode root;
        try {
            root = load();
        } catch (TeacherException e) {
            return new Unlock.Unavailable(e.getMessage());
        }
        if (!root.has("pin"))
            return new Unlock.Unavailable("No teacher PIN has been set on this computer yet. Set one first.");
        Instant now = clock.instant();
        // an administrator's teacher file, read-only to this account: the wrong PINs are counted in this account's own
        // file instead, so the waits still apply (and a wrong PIN is not reported as a file that cannot be saved)
        boolean own = writable.test(file);
        ObjectNode counts = own ? root : loadAttempts();
        Optional<Instant> until = lockedUntil(counts);
        if (until.isPresent() && now.isBefore(until.get())) return new Unlock.Locked(Duration.between(now, until.get()));
        PinHash hash = MAPPER.convertValue(root.get("pin"), PinHash.class);
        try {
            if (hash.matches(pin)) {
                if (counts.has("failedAttempts") || counts.has("lockedUntil")) {
                    counts.remove("failedAttempts");
                    counts.remove("lockedUntil");
                    saveCounts(own, counts);
                }
                return new Unlock.Granted(new TeacherSession(this, now.plus(SESSION)));
            }
            int failures = counts.path("failedAttempts").asInt(0) + 1;
            counts.put("failedAttempts", failures);
            Duration wait = waitAfter(failures);
            if (wait.isZero()) counts.remove("lockedUntil");
            else
                counts.put("lockedUntil", now.plus(wait).toString());
            saveCounts(own, counts);
            return new Unlock.Wrong(failures, wait);
        } catch (TeacherException e) {
            return new Unlock.Unavailable(e.getMessage());
        }
    }

    private void saveCounts(boolean own, ObjectNode counts) throws TeacherException {
        if (own) save(counts);
        else
            open(attempts, clock, attempts, f -> true).save(counts);
    }

    /** This account's count of wrong PINs for a teacher file it cannot write; empty when none (or unreadable). */
    private ObjectNode loadAttempts() {
        try {
            return open(attempts, clock, attempts, f -> true).load();
        } catch (TeacherException e) {
            // damaged: counted afresh (whoever can damage this account's file can as well delete it, which does the same)
            return MAPPER.createObjectNode();
        }
    }

    /** No wait for the first few wrong PINs, then 30 s, doubling with each further one, at most an hour. */
    static Duration waitAfter(int failures) {
        if (failures <= FREE_FAILURES) return Duration.ZERO;
        int doublings = Math.min(failures - FREE_FAILURES - 1, 20);
        Duration d = FIRST_WAIT.multipliedBy(1L << doublings);
        return d.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : d;
    }

    /** Sets the first PIN on this computer (and opens a session); refused once a PIN exists. */
    public synchronized TeacherSession setFirstPin(char[] pin) throws TeacherException {
        ObjectNode root = load();
        if (root.has("pin")) throw new TeacherException("A teacher PIN is already set. Give it to change it.");
        setPin(root, pin);
        return new TeacherSession(this, clock.instant().plus(SESSION));
    }

    public synchronized void changePin(TeacherSession session, char[] newPin) throws TeacherException {
        ObjectNode root = load();
        requireSession(session);
        setPin(root, newPin);
    }

    private void setPin(ObjectNode root, char[] pin) throws TeacherException {
        Optional<Message> weak = PinHash.weaknessSaid(pin);
        if (weak.isPresent()) throw new TeacherException(weak.get());
        root.set("pin", MAPPER.valueToTree(PinHash.of(pin)));
        root.remove("failedAttempts");
        root.remove("lockedUntil");
        save(root);
        Arrays.fill(pin, '\0');
    }

    /** What students of this pack may see: the teacher's settings on this computer, else the pack's own, else all. */
    public TeacherSettings settingsFor(LessonPack pack) {
        try {
            return own(load(), pack.id()).or(pack::teacher).orElse(TeacherSettings.OPEN);
        } catch (TeacherException e) {
            return TeacherSettings.STRICT;
        }
    }

    /** The teacher's own settings for a pack id on this computer, if any. */
    public Optional<TeacherSettings> ownSettings(String packId) {
        try {
            return own(load(), packId);
        } catch (TeacherException e) {
            return Optional.empty();
        }
    }

    /** Every pack id with the teacher's own settings. */
    public Map<String, TeacherSettings> allOwnSettings() {
        Map<String, TeacherSettings> out = new TreeMap<>();
        try {
            ObjectNode root = load();
            root.path("packs").properties().forEach(e -> own(root, e.getKey()).ifPresent(s -> out.put(e.getKey(), s)));
        } catch (TeacherException e) {
            // none readable
        }
        return out;
    }

    public synchronized void setSettings(TeacherSession session, String packId, TeacherSettings settings)
            throws TeacherException {
        ObjectNode root = load();
        requireSession(session);
        ObjectNode s = root.withObject("/packs").putObject(packId);
        s.put("showSolution", settings.showSolution().label());
        if (settings.showSolution() == ShowSolution.AFTER_ATTEMPTS) s.put("afterAttempts", settings.afterAttempts());
        s.put("modelHints", settings.modelHints());
        s.put("maxHintLevel", settings.maxHintLevel());
        save(root);
    }

    /** Removes the teacher's settings for a pack: the pack's own defaults apply again. */
    public synchronized void clearSettings(TeacherSession session, String packId) throws TeacherException {
        ObjectNode root = load();
        requireSession(session);
        if (root.get("packs") instanceof ObjectNode packs) packs.remove(packId);
        save(root);
    }

    /**
     * The documented reset (docs/teacher-mode.md): forgets the PIN and the wrong-PIN count and keeps every pack's
     * settings. Whoever can write the file can do this; that is why a managed install keeps it read-only to students.
     * A damaged file is set aside as {@code teacher.json.damaged} and a fresh one begins.
     *
     * @return what was done, for the person resetting
     */
    public static String resetPin(Path file) throws TeacherException {
        return open(file).resetPin();
    }

    /**
     * {@link #resetPin(Path)} on this store. Only a file that cannot be read is damaged: one this account may not write
     * (the administrator's, in the install folder) is said to be so, and never moved aside.
     */
    String resetPin() throws TeacherException {
        ObjectNode root;
        try {
            root = load();
        } catch (TeacherException damaged) {
            return setAside();
        }
        boolean had = root.has("pin");
        root.remove("pin");
        root.remove("failedAttempts");
        root.remove("lockedUntil");
        save(root);
        return had
                ? "The teacher PIN was removed; the pack settings are kept."
                : "No PIN was set; nothing changed.";
    }

    private String setAside() throws TeacherException {
        try {
            Files.move(file, file.resolveSibling(file.getFileName() + ".damaged"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new TeacherException("Cannot move the damaged file " + file + " aside: " + e.getMessage());
        }
        return "The file was damaged; it was kept as " + file.getFileName() + ".damaged and a fresh one begins.";
    }

    private void requireSession(TeacherSession session) throws TeacherException {
        if (session == null || !session.validFor(this, clock.instant()))
            throw new TeacherException("Teacher mode has locked itself. Give the PIN again.");
    }

    private Optional<TeacherSettings> own(ObjectNode root, String packId) {
        JsonNode s = root.path("packs").path(packId);
        if (!s.isObject()) return Optional.empty();
        Optional<ShowSolution> show = ShowSolution.fromLabel(s.path("showSolution").asText(""));
        int after = s.path("afterAttempts").asInt(1);
        int max = s.path("maxHintLevel").asInt(3);
        if (show.isEmpty() || max < 1 || max > 3 || after < 0 || after > 99) return Optional.of(TeacherSettings.STRICT);
        return Optional.of(new TeacherSettings(show.get(), after, s.path("modelHints").asBoolean(false), max));
    }

    private static Optional<Instant> lockedUntil(ObjectNode root) {
        if (!root.hasNonNull("lockedUntil")) return Optional.empty();
        try {
            return Optional.of(Instant.parse(root.get("lockedUntil").asText()));
        } catch (DateTimeParseException e) {
            return Optional.of(Instant.MAX); // tampered: stays locked until reset
        }
    }

    private ObjectNode load() throws TeacherException {
        String text;
        try {
            if (Files.size(file) > 1_000_000) throw new TeacherException(damaged("it is far too large"));
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return MAPPER.createObjectNode();
        } catch (IOException e) {
            throw new TeacherException(damaged(e.getMessage()));
        }
        try {
            JsonNode n = MAPPER.readTree(text);
            if (!(n instanceof ObjectNode o)) throw new TeacherException(damaged("it is not a JSON object"));
            if (o.has("pin")) {
                JsonNode p = o.get("pin");
                if (!p.path("salt").isTextual() || !p.path("hash").isTextual() || !p.path("iterations").isInt())
                    throw new TeacherException(damaged("its PIN entry is incomplete"));
            }
            return o;
        } catch (JsonProcessingException e) {
            throw new TeacherException(damaged("it is not valid JSON"));
        }
    }

    private String damaged(String why) {
        return "The teacher settings file " + file + " cannot be read (" + why
                + "). Until a teacher resets it (see docs/teacher-mode.md), solutions are hidden and model hints are off.";
    }

    /** Makes the file readable to every account (not writable): a teacher file in the install folder. */
    public void readableByEveryone() throws TeacherException {
        try {
            if (Files.getFileStore(file).supportsFileAttributeView("posix"))
                Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (IOException e) {
            throw new TeacherException("Cannot make " + file + " readable to every account: " + e.getMessage());
        }
    }

    private void save(ObjectNode root) throws TeacherException {
        // the install folder's file, which only an administrator changes: said so, with how, not as a failed write
        if (!writable.test(file)) throw new TeacherException(Message.of("teacher.file.readOnly", file.toString()));
        try {
            AtomicFile.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new TeacherException("Cannot save the teacher settings to " + file + ": " + e.getMessage());
        }
    }
}
