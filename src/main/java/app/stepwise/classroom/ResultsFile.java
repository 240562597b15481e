package app.stepwise.classroom;

import app.stepwise.store.Records.Attempt;
import app.stepwise.store.Records.Dataset;
import app.stepwise.store.Records.Hint;
import app.stepwise.store.Records.Profile;
import app.stepwise.store.Records.Session;
import app.stepwise.store.Records.SkillState;
import app.stepwise.store.Records.Solution;
import app.stepwise.store.Records.WorkLine;
import app.stepwise.text.Message;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import app.stepwise.lesson.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A results file: one machine's students and everything they did, as one JSON file a teacher carries on a USB stick.
 * Picture passwords never leave the machine. Version {@value #VERSION}; a file of another format or a newer version is
 * refused with a reason.
 */
public final class ResultsFile {
    public static final String FORMAT = "stepwise-results";
    public static final int VERSION = 1;
    /** Larger than a year of a whole class's work; a bigger file is not a results file. */
    static final long MAX_BYTES = 200L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsFile() {}

    /** A file that cannot be imported, with the reason in words a teacher understands. */
    public static final class RefusedException extends Exception {
        private final transient Message said;

        /** The reason as a message of the feedback bundle; {@link #getMessage()} is its English (the command line). */
        public RefusedException(Message said) {
            super(said.english());
            this.said = said;
        }

        /** The reason, for the teacher's screen in its language. */
        public Message said() {
            return said;
        }
    }

    /** A parsed file: its data and the SHA-256 of its bytes (importing the same bytes twice is noticed). */
    public record Read(Dataset data, String sha256, Instant exported) {}

    /** Writes the data (atomically: a half-written file never replaces a good one). */
    public static void write(Dataset d, Path file) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(tree(d));
        AtomicFile.write(file, out -> out.write(bytes));
    }

    static ObjectNode tree(Dataset d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("machine", d.machine());
        root.put("exported", Instant.now().toString());
        ArrayNode profiles = root.putArray("profiles");
        for (Profile p : d.profiles()) profiles.addObject().put("uid", p.uid()).put("name", p.name()).put("created", p.created());
        ArrayNode sessions = root.putArray("sessions");
        for (Session s : d.sessions()) {
            ObjectNode o = sessions.addObject().put("uid", s.uid()).put("profile", s.profile()).put("started", s.started());
            s.ended().ifPresent(e -> o.put("ended", e));
        }
        ArrayNode attempts = root.putArray("attempts");
        for (Attempt a : d.attempts()) {
            ObjectNode o = attempts.addObject().put("uid", a.uid()).put("profile", a.profile()).put("session", a.session())
                    .put("at", a.at()).put("pack", a.pack()).put("problem", a.problem());
            ArrayNode skills = o.putArray("skills");
            a.skills().forEach(skills::add);
            o.put("answer", a.answer()).put("correct", a.correct()).put("partial", a.partial()).put("test", a.test())
                    .put("seconds", a.seconds()).put("misconception", a.misconception()).put("first", a.first())
                    .put("generated", a.generated());
            ArrayNode lines = o.putArray("lines");
            for (WorkLine l : a.lines())
                lines.addObject().put("line", l.line()).put("text", l.text()).put("mark", l.mark()).put("message", l.message())
                        .put("misconception", l.misconception());
        }
        ArrayNode hints = root.putArray("hints");
        for (Hint h : d.hints())
            hints.addObject().put("uid", h.uid()).put("profile", h.profile()).put("session", h.session()).put("at", h.at())
                    .put("pack", h.pack()).put("problem", h.problem()).put("level", h.level()).put("source", h.source())
                    .put("verified", h.verified()).put("ms", h.ms());
        ArrayNode solutions = root.putArray("solutions");
        for (Solution s : d.solutions())
            solutions.addObject().put("uid", s.uid()).put("profile", s.profile()).put("session", s.session()).put("at", s.at())
                    .put("pack", s.pack()).put("problem", s.problem());
        ArrayNode mastery = root.putArray("mastery");
        for (SkillState s : d.mastery()) {
            ObjectNode o = mastery.addObject().put("profile", s.profile()).put("skill", s.skill()).put("pKnown", s.pKnown())
                    .put("opportunities", s.opportunities()).put("correct", s.correct()).put("lastAt", s.lastAt())
                    .put("reviews", s.reviews());
            s.masteredAt().ifPresent(m -> o.put("masteredAt", m));
        }
        return root;
    }

    /**
     * Reads a results file.
     *
     * @throws RefusedException when it is missing, too large, not JSON, not a results file, from a newer Stepwise, or
     *                          incomplete — the message says which
     */
    public static Read read(Path file) throws RefusedException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES)
                throw new RefusedException(Message.of("results.tooLarge", name(file)));
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new RefusedException(Message.of("results.notFound", name(file)));
        } catch (IOException e) {
            throw new RefusedException(Message.of("results.unreadable", name(file), String.valueOf(e.getMessage())));
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new RefusedException(Message.of("results.notJson", name(file)));
        } catch (IOException e) {
            throw new RefusedException(Message.of("results.unreadable", name(file), String.valueOf(e.getMessage())));
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText()))
            throw new RefusedException(Message.of("results.notResults", name(file)));
        JsonNode v = root.path("version");
        if (!v.isIntegralNumber()) throw new RefusedException(Message.of("results.noVersion", name(file)));
        if (v.asInt() > VERSION)
            throw new RefusedException(
                    Message.of("results.newer", name(file), String.valueOf(v.asInt()), String.valueOf(VERSION)));
        if (v.asInt() < 1)
            throw new RefusedException(Message.of("results.unknownVersion", name(file), String.valueOf(v.asInt())));
        try {
            Dataset d = dataset(root);
            Instant exported = Instant.parse(text(root, "exported"));
            return new Read(d, sha256(bytes), exported);
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new RefusedException(Message.of("results.damaged", name(file), String.valueOf(e.getMessage())));
        }
    }

    private static Dataset dataset(JsonNode root) {
        String machine = text(root, "machine");
        List<Profile> profiles = list(root, "profiles",
                o -> new Profile(text(o, "uid"), text(o, "name"), false, text(o, "created"), machine));
        List<Session> sessions = list(root, "sessions",
                o -> new Session(text(o, "uid"), text(o, "profile"), text(o, "started"),
                        Optional.ofNullable(o.path("ended").textValue())));
        List<Attempt> attempts = list(root, "attempts", o -> {
            List<String> skills = new ArrayList<>();
            o.path("skills").forEach(s -> skills.add(s.asText()));
            List<WorkLine> lines = list(o, "lines", l -> new WorkLine(l.path("line").asInt(), text(l, "text"), text(l, "mark"),
                    l.path("message").asText(""), l.path("misconception").asText("")));
            return new Attempt(text(o, "uid"), text(o, "profile"), o.path("session").asText(""), text(o, "at"), text(o, "pack"),
                    text(o, "problem"), skills, text(o, "answer"), bool(o, "correct"), bool(o, "partial"),
                    o.path("test").asText(""),
                    o.path("seconds").asDouble(0), o.path("misconception").asText(""), bool(o, "first"),
                    o.path("generated").asBoolean(false),
                    lines);
        });
        List<Hint> hints = list(root, "hints",
                o -> new Hint(text(o, "uid"), text(o, "profile"), o.path("session").asText(""), text(o, "at"),
                        text(o, "pack"), text(o, "problem"), o.path("level").asInt(1), o.path("source").asText(""),
                        o.path("verified").asBoolean(),
                        o.path("ms").asLong(0)));
        List<Solution> solutions = list(root, "solutions", o -> new Solution(text(o, "uid"), text(o, "profile"),
                o.path("session").asText(""), text(o, "at"), text(o, "pack"), text(o, "problem")));
        List<SkillState> mastery = list(root, "mastery", o -> {
            double p = o.path("pKnown").asDouble(-1);
            if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("a mastery value is not a probability");
            return new SkillState(text(o, "profile"), text(o, "skill"), p, o.path("opportunities").asInt(0),
                    o.path("correct").asInt(0),
                    text(o, "lastAt"), Optional.ofNullable(o.path("masteredAt").textValue()), o.path("reviews").asInt(0));
        });
        return new Dataset(machine, profiles, sessions, attempts, hints, solutions, mastery);
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) throw new IllegalArgumentException("\"" + field + "\" is missing");
        return v.asText();
    }

    private static boolean bool(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isBoolean()) throw new IllegalArgumentException("\"" + field + "\" is missing");
        return v.asBoolean();
    }

    private static <T> List<T> list(JsonNode o, String field, Function<JsonNode, T> item) {
        JsonNode v = o.get(field);
        if (v == null) return List.of();
        if (!v.isArray()) throw new IllegalArgumentException("\"" + field + "\" is not a list");
        List<T> out = new ArrayList<>(v.size());
        for (JsonNode n : v) {
            if (!n.isObject()) throw new IllegalArgumentException("an entry of \"" + field + "\" is not an object");
            out.add(item.apply(n));
        }
        return out;
    }

    private static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
