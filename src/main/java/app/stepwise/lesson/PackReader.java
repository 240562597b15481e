package app.stepwise.lesson;

import app.stepwise.text.Message;
import app.stepwise.lesson.AnswerSpec.Form;
import app.stepwise.lesson.AnswerSpec.SigFigs;
import app.stepwise.lesson.AnswerSpec.Tolerance;
import app.stepwise.lesson.LessonPack.MasteryParams;
import app.stepwise.lesson.LessonPack.Skill;
import app.stepwise.lesson.LessonPack.Subject;
import app.stepwise.lesson.PackProblem.Report;
import app.stepwise.lesson.Problem.Given;
import app.stepwise.lesson.Problem.SolutionStep;
import app.stepwise.lesson.Problem.SolverRef;
import app.stepwise.lesson.Problem.Work;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads a lesson pack file and validates it completely: every problem found is reported with its
 * line:column and JSON pointer, and nothing is thrown at the user.
 */
public final class PackReader {

    /** Packs larger than this are refused before parsing; real packs are a few hundred KB. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;
    /** Deepest JSON nesting read; a pack nests about five levels. */
    public static final int MAX_JSON_DEPTH = 32;
    /** Longest problem statement (characters); a long word problem is about 1 000. */
    public static final int MAX_STATEMENT_CHARS = 4_000;
    /** Longest other text: titles, hints, solution steps, choices, math lines (characters). */
    public static final int MAX_TEXT_CHARS = 2_000;
    /** Most problems in one pack. */
    public static final int MAX_PROBLEMS = 2_000;
    /** Most entries in any other list (skills, hints, givens, solution steps, choices, authors). */
    public static final int MAX_LIST_ENTRIES = 200;
    /** Longest number written in the file (digits). */
    private static final int MAX_NUMBER_CHARS = 40;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_JSON_DEPTH)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .maxStringLength((int) MAX_FILE_BYTES)
                    .build())
            .build());

    /** Validates the math lines of a pack (answers, starts, solution lines); supplied by the math engine. */
    public interface MathCheck {
        /** Returns what is wrong when the text cannot be read as math, empty when it can. */
        Optional<Message> problemWith(String text);

        /**
         * Returns a message when the answer spec can be read but not graded (e.g. a numeric answer with letters);
         * empty when it can.
         */
        default Optional<Message> answerProblem(AnswerSpec spec) {
            return Optional.empty();
        }

        MathCheck NONE = text -> Optional.empty();
    }

    private final MathCheck mathCheck;

    public PackReader() {
        this(MathCheck.NONE);
    }

    public PackReader(MathCheck mathCheck) {
        this.mathCheck = mathCheck;
    }

    public Report read(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) return unusable(file, Message.of("pack.folder"));
            if (!Files.exists(file)) return unusable(file, Message.of("pack.noSuchFile"));
            // a pipe or device named *.json would block or never end; only plain files are read
            if (!Files.isRegularFile(file)) return unusable(file, Message.of("pack.notPlainFile"));
            if (Files.size(file) > MAX_FILE_BYTES) return tooLarge(file);
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1); // the file may grow while it is read
            }
            if (bytes.length > MAX_FILE_BYTES) return tooLarge(file);
        } catch (NoSuchFileException e) {
            return unusable(file, Message.of("pack.noSuchFile"));
        } catch (AccessDeniedException e) {
            return unusable(file, Message.of("pack.notAllowed"));
        } catch (IOException e) {
            return unusable(file, Message.of("pack.cannotRead", String.valueOf(e.getMessage())));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return unusable(file, Message.of("pack.notUtf8"));
        }
        return read(file, text);
    }

    private static Report tooLarge(Path file) {
        return unusable(file, Message.of("pack.tooLarge", String.valueOf(MAX_FILE_BYTES / (1024 * 1024))));
    }

    /**
     * Reads pack text; {@code file} only names it in messages. Never throws: whatever the text, the answer is a report,
     * so one broken pack cannot stop a library from listing the others.
     */
    public Report read(Path file, String text) {
        try {
            return parse(file, text);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug of ours, not the author's; fuzzing keeps this path empty, but a pack must never take the library down
            return unusable(file, Message.of("pack.internalError", e.getClass().getSimpleName()));
        }
    }

    private Report parse(Path file, String text) {
        Session s = new Session(file, text);
        JsonNode root;
        try {
            s.locate(text);
            root = MAPPER.readTree(text);
        } catch (StreamConstraintsException e) {
            JsonLocation loc = e.getLocation();
            s.problems.add(new PackProblem(file, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), "",
                    constraintMessage(e)));
            return new Report(file, Optional.empty(), s.problems);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String msg = e.getOriginalMessage().replaceAll("\\s*\\(code \\d+\\)", "");
            s.problems.add(new PackProblem(file, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), "",
                    Message.of("pack.notJson", JsonSyntax.explain(firstLine(msg)))));
            return new Report(file, Optional.empty(), s.problems);
        } catch (IOException e) {
            return unusable(file, Message.of("pack.cannotRead", String.valueOf(e.getMessage())));
        }
        if (root == null || !root.isObject()) {
            s.error("", Message.of("pack.notObject"));
            return new Report(file, Optional.empty(), s.problems);
        }
        Optional<ObjectNode> migrated = PackMigrations.migrate((ObjectNode) root, s::error);
        if (migrated.isEmpty()) return new Report(file, Optional.empty(), s.problems);
        LessonPack pack = s.pack(migrated.get());
        // formulas the policy rejects are shown as plain text, so they do not keep the pack from opening
        boolean usable = s.problems.size() == s.softProblems;
        return new Report(file, usable ? Optional.of(pack) : Optional.empty(), s.problems);
    }

    /** Jackson's limits, said for a teacher. */
    private static Message constraintMessage(StreamConstraintsException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("nesting depth")) return Message.of("pack.tooDeep", String.valueOf(MAX_JSON_DEPTH));
        if (m.contains("Number value length")) return Message.of("pack.longNumber", String.valueOf(MAX_NUMBER_CHARS));
        if (m.contains("String value length")) return Message.of("pack.longText");
        return Message.of("pack.sizeLimit");
    }

    private static Report unusable(Path file, Message message) {
        return new Report(file, Optional.empty(), List.of(new PackProblem(file, 0, 0, "", message)));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** One validation pass: the locations of every value, and the problems found so far. */
    private final class Session {
        final Path file;
        final List<PackProblem> problems = new ArrayList<>();
        final Map<String, JsonLocation> locations = new HashMap<>();
        final String source;
        /** How many of the problems leave the pack usable: formulas drawn as plain text, pictures shown as their alt text. */
        int softProblems;
        /** The pack file's folder, where its images/ folder is. */
        final Path folder;

        Session(Path file, String source) {
            this.file = file;
            this.source = source;
            Path parent = file.toAbsolutePath().normalize().getParent();
            this.folder = parent != null ? parent : file.toAbsolutePath();
        }

        /** Records the location of every value by JSON pointer, and reports duplicate keys. */
        void locate(String text) throws IOException {
            Deque<Frame> stack = new ArrayDeque<>();
            try (JsonParser p = MAPPER.getFactory().createParser(text)) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    Frame top = stack.peek();
                    if (t == JsonToken.FIELD_NAME) {
                        top.field = p.currentName();
                        if (!top.seen.add(top.field)) {
                            String ptr = pointer(stack);
                            JsonLocation loc = p.currentTokenLocation();
                            problems.add(new PackProblem(file, loc.getLineNr(), loc.getColumnNr(), ptr,
                                    Message.of("pack.fieldTwice", top.field)));
                        }
                        continue;
                    }
                    if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                        stack.pop();
                        continue;
                    }
                    if (top != null && top.array) top.index++;
                    locations.putIfAbsent(pointer(stack), p.currentTokenLocation());
                    if (t == JsonToken.START_OBJECT) stack.push(new Frame(false));
                    if (t == JsonToken.START_ARRAY) stack.push(new Frame(true));
                }
            }
        }

        private static String pointer(Deque<Frame> stack) {
            StringBuilder sb = new StringBuilder();
            stack.descendingIterator().forEachRemaining(f -> sb.append(f.segment()));
            return sb.toString();
        }

        void error(String pointer, Message said) {
            String p = pointer;
            JsonLocation loc = locations.get(p);
            while (loc == null && !p.isEmpty()) {
                p = p.substring(0, p.lastIndexOf('/'));
                loc = locations.get(p);
            }
            problems.add(new PackProblem(file, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), pointer,
                    said));
        }

        /** A problem at character {@code index} of the text value at {@code pointer}: the line and column of that character. */
        void errorInText(String pointer, int index, Message message) {
            JsonLocation loc = locations.get(pointer);
            if (loc == null || loc.getCharOffset() < 0 || loc.getCharOffset() >= source.length()
                    || source.charAt((int) loc.getCharOffset()) != '"') {
                error(pointer, message);
                return;
            }
            int quote = (int) loc.getCharOffset();
            int p = quote + 1;
            for (int decoded = 0; decoded < index && p < source.length() && source.charAt(p) != '"'; decoded++) {
                p += source.charAt(p) != '\\' ? 1 : p + 1 < source.length() && source.charAt(p + 1) == 'u' ? 6 : 2;
            }
            // a JSON string holds no raw line break, so the character is on the line of its opening quote
            problems.add(new PackProblem(file, loc.getLineNr(), loc.getColumnNr() + (p - quote), pointer, message));
        }

        LessonPack pack(ObjectNode node) {
            Obj o = new Obj(this, node, "", Message.of("pack.what.pack"),
                    Set.of("schemaVersion", "id", "title", "subject", "level", "authors", "version", "language", "skills",
                            "problems", "description", "teacher", "mastery"));
            String id = o.id("id");
            String title = o.text("title", true);
            Subject subject = o.choice("subject", Map.of("math", Subject.MATH, "physics", Subject.PHYSICS), Subject.MATH);
            String level = o.text("level", false);
            List<String> authors = o.strings("authors");
            String version = o.text("version", false);
            String language = o.text("language", false);
            if (language.isEmpty()) language = "en";
            Optional<MasteryParams> packMastery = o.object("mastery", false, this::mastery, MASTERY_FIELDS);
            List<Skill> skills = o.list("skills", false, MAX_LIST_ENTRIES, (so) -> {
                String sid = so.id("id");
                String stitle = so.text("title", false);
                Optional<MasteryParams> own = so.object("mastery", false, this::mastery, MASTERY_FIELDS);
                return new Skill(sid, stitle.isEmpty() ? sid : stitle, so.text("description", false), own.or(() -> packMastery));
            }, Set.of("id", "title", "description", "mastery"));
            Set<String> skillIds = new HashSet<>();
            for (int i = 0; i < skills.size(); i++) {
                if (!skillIds.add(skills.get(i).id()))
                    error("/skills/" + i + "/id", Message.of("pack.skillTwice", skills.get(i).id()));
            }
            List<Problem> problems = o.list("problems", true, MAX_PROBLEMS, po -> problem(po, skillIds),
                    Set.of("id", "statement", "skills", "difficulty", "answer", "work", "givens", "hints", "solution", "solver",
                            "image"));
            if (o.has("problems") && problems.isEmpty() && node.path("problems").isArray() && node.path("problems").isEmpty()) {
                error("/problems", Message.of("pack.noProblems"));
            }
            Set<String> problemIds = new HashSet<>();
            for (int i = 0; i < problems.size(); i++) {
                if (!problemIds.add(problems.get(i).id())) {
                    error("/problems/" + i + "/id", Message.of("pack.problemTwice", problems.get(i).id()));
                }
            }
            String description = o.text("description", false);
            Optional<TeacherSettings> teacher = o.object("teacher", false, this::teacher,
                    Set.of("showSolution", "afterAttempts", "modelHints", "maxHintLevel"));
            o.rejectUnknown();
            return new LessonPack(PackMigrations.CURRENT_VERSION, id, title, subject, level, authors, version, language, skills,
                    problems, description, teacher);
        }

        /** The pack author's defaults for what students see; a teacher's own settings on the machine take precedence. */
        TeacherSettings teacher(Obj o) {
            TeacherSettings.ShowSolution show = TeacherSettings.ShowSolution.ALWAYS;
            if (o.has("showSolution")) {
                String label = o.text("showSolution", false);
                var parsed = TeacherSettings.ShowSolution.fromLabel(label);
                if (parsed.isEmpty())
                    o.err("showSolution", Message.of("pack.showSolution", label));
                show = parsed.orElse(TeacherSettings.ShowSolution.NEVER);
            }
            int after = o.integer("afterAttempts", 1, 99, 1);
            if (show == TeacherSettings.ShowSolution.AFTER_ATTEMPTS && !o.has("afterAttempts"))
                o.err("afterAttempts", Message.of("pack.afterAttempts"));
            boolean model = true;
            if (o.has("modelHints")) {
                if (!o.node.get("modelHints").isBoolean()) o.err("modelHints", Message.of("pack.modelHints"));
                else
                    model = o.node.get("modelHints").asBoolean();
            }
            int max = o.integer("maxHintLevel", 1, 3, 3);
            return new TeacherSettings(show, after, model, max);
        }

        /** Knowledge-tracing parameters: each optional, defaults from Stepwise; slip and guess below 0.5. */
        MasteryParams mastery(Obj o) {
            return new MasteryParams(o.probability("init", 0.25, 1), o.probability("learn", 0.15, 1),
                    o.probability("slip", 0.10, 0.5),
                    o.probability("guess", 0.20, 0.5));
        }

        Problem problem(Obj o, Set<String> skillIds) {
            String id = o.id("id");
            String statement = o.text("statement", true, MAX_STATEMENT_CHARS);
            o.latex("statement", statement);
            List<String> skills = o.strings("skills");
            for (int i = 0; i < skills.size(); i++) {
                if (!skillIds.isEmpty() && !skillIds.contains(skills.get(i))) {
                    error(o.pointer + "/skills/" + i, Message.of("pack.skillNotListed", skills.get(i)));
                }
            }
            int difficulty = o.integer("difficulty", 1, 5, 1);
            AnswerSpec answer = o.object("answer", true, this::answer,
                    Set.of("kind", "value", "form", "tolerance", "sigfigs", "decimals", "strictUnit", "choices", "correct"))
                    .orElse(null);
            if (answer != null) {
                mathCheck.answerProblem(answer).ifPresent(m -> error(o.pointer + "/answer/value", m));
            }
            Optional<Work> work = o.object("work", false, wo -> {
                // an unknown word is reported by choiceText and the pack does not load; the task stands in meanwhile
                Task task = Task.of(wo.choiceText("task", Task.ids())).orElse(Task.SOLVE);
                String start = wo.text("start", task != Task.PHYSICS);
                if (task == Task.SYSTEM && !start.isEmpty()) {
                    // two simultaneous equations, written "2x + y = 9; 3x - y = 11"
                    String[] equations = start.split(";", -1);
                    if (equations.length != 2 || !equations[0].contains("=") || !equations[1].contains("="))
                        wo.err("start", Message.of("pack.systemStart"));
                    else
                        for (String e : equations) wo.math("start", e.strip());
                } else if (!start.isEmpty()) {
                    wo.math("start", start);
                }
                return new Work(task, start);
            }, Set.of("task", "start"));
            List<Given> givens = o.list("givens", false, MAX_LIST_ENTRIES, go -> {
                String sym = go.text("symbol", true);
                String value = go.text("value", true);
                if (!value.isEmpty()) go.math("value", value);
                return new Given(sym, value, go.text("description", false));
            }, Set.of("symbol", "value", "description"));
            List<String> hints = o.strings("hints");
            for (int i = 0; i < hints.size(); i++) o.latexAt("/hints/" + i, hints.get(i));
            List<SolutionStep> solution = o.list("solution", false, MAX_LIST_ENTRIES, so -> {
                String text = so.text("text", true);
                so.latex("text", text);
                String math = so.text("math", false);
                if (!math.isEmpty()) so.math("math", math);
                return new SolutionStep(text, math);
            }, Set.of("text", "math"));
            Optional<SolverRef> solver = o.object("solver", false, so -> {
                String family = so.text("family", true);
                Map<String, String> params = new LinkedHashMap<>();
                JsonNode pn = so.node.get("params");
                if (pn != null) {
                    if (!pn.isObject()) {
                        error(so.pointer + "/params", Message.of("pack.paramsNotObject"));
                    } else if (pn.size() > MAX_LIST_ENTRIES) {
                        error(so.pointer + "/params", Message.of("pack.paramsTooMany", String.valueOf(MAX_LIST_ENTRIES)));
                    } else {
                        pn.properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
                    }
                }
                return new SolverRef(family, params);
            }, Set.of("family", "params"));
            Optional<Problem.Image> image = o.object("image", false, this::image, Set.of("file", "alt"));
            o.rejectUnknown();
            return new Problem(id, statement, skills, difficulty, answer, work, givens, hints, solution, solver, image);
        }

        /**
         * A picture under the statement. Its problems keep the pack usable, like a refused formula: the student sees
         * the alt text instead; {@code validate} and the editor still report them.
         */
        Problem.Image image(Obj o) {
            int before = problems.size();
            String name = o.text("file", true);
            String alt = o.text("alt", false, PackImage.MAX_ALT_CHARS);
            if (alt.isEmpty() && o.has("file"))
                o.err("alt", Message.of("pack.imageAlt"));
            if (!name.isEmpty()) PackImage.problemWith(folder, name).ifPresent(m -> o.err("file", m));
            o.rejectUnknown();
            softProblems += problems.size() - before;
            return new Problem.Image(name, alt, folder);
        }

        AnswerSpec answer(Obj o) {
            String kind = o.choiceText("kind", Set.of("expression", "equation", "set", "numeric", "quantity", "choice"));
            switch (kind) {
                case "choice" -> {
                    List<String> choices = o.strings("choices");
                    if (choices.size() < 2) o.err("choices", Message.of("pack.twoChoices"));
                    int correct = o.integer("correct", 0, Math.max(0, choices.size() - 1), -1);
                    if (!o.has("correct")) o.err("correct", Message.of("pack.sayCorrect"));
                    o.rejectUnknownExcept(Set.of("kind", "choices", "correct"));
                    return choices.size() >= 2 && correct >= 0 ? new AnswerSpec.MultipleChoice(choices, correct) : null;
                }
                case "" -> {
                    return null;
                }
                default -> {
                }
            }
            String value = o.text("value", true);
            if (value.isEmpty()) return null;
            o.math("value", value);
            return switch (kind) {
                case "expression" -> {
                    Optional<Form> form = Optional.empty();
                    if (o.has("form")) {
                        String label = o.text("form", false);
                        form = Form.fromLabel(label);
                        if (form.isEmpty())
                            o.err("form", Message.of("pack.unknownForm", label));
                    }
                    o.rejectUnknownExcept(Set.of("kind", "value", "form"));
                    yield new AnswerSpec.Expression(value, form);
                }
                case "equation" -> {
                    o.rejectUnknownExcept(Set.of("kind", "value"));
                    yield new AnswerSpec.Equation(value);
                }
                case "set" -> {
                    o.rejectUnknownExcept(Set.of("kind", "value"));
                    yield new AnswerSpec.SolutionSet(value);
                }
                case "numeric" -> new AnswerSpec.Numeric(value, tolerance(o, Tolerance.EXACT), sigFigs(o), decimals(o));
                default -> {
                    boolean strict = o.has("strictUnit") && o.node.get("strictUnit").asBoolean(false);
                    if (o.has("strictUnit") && !o.node.get("strictUnit").isBoolean())
                        o.err("strictUnit", Message.of("pack.strictUnit"));
                    // no tolerance of the teacher's: none, not 1 % (the grader tells the default from a teacher's own "1%")
                    Optional<Tolerance> tol = o.has("tolerance")
                            ? Optional.of(tolerance(o, Tolerance.DEFAULT_RELATIVE))
                            : Optional.empty();
                    yield new AnswerSpec.Quantity(value, tol, sigFigs(o), strict);
                }
            };
        }

        Tolerance tolerance(Obj o, Tolerance fallback) {
            if (!o.has("tolerance")) return fallback;
            String t = o.node.get("tolerance").asText();
            Optional<Tolerance> tol = Tolerance.parse(t);
            if (tol.isEmpty())
                o.err("tolerance", Message.of("pack.tolerance"));
            return tol.orElse(fallback);
        }

        Optional<Integer> decimals(Obj o) {
            if (!o.has("decimals")) return Optional.empty();
            JsonNode d = o.node.get("decimals");
            if (!d.canConvertToInt() || !d.isIntegralNumber() || d.asInt() < 0 || d.asInt() > 15) {
                o.err("decimals", Message.of("pack.decimals"));
                return Optional.empty();
            }
            return Optional.of(d.asInt());
        }

        Optional<SigFigs> sigFigs(Obj o) {
            o.rejectUnknownExcept(Set.of("kind", "value", "tolerance", "sigfigs", "decimals", "strictUnit"));
            if (!o.has("sigfigs")) return Optional.empty();
            String s = o.node.get("sigfigs").asText().strip();
            boolean atLeast = s.startsWith(">=");
            String n = atLeast ? s.substring(2).strip() : s;
            try {
                int count = Integer.parseInt(n);
                if (count < 1 || count > 15) throw new NumberFormatException();
                return Optional.of(new SigFigs(count, !atLeast));
            } catch (NumberFormatException e) {
                o.err("sigfigs", Message.of("pack.sigfigs"));
                return Optional.empty();
            }
        }
    }

    private static final Set<String> MASTERY_FIELDS = Set.of("init", "learn", "slip", "guess");

    /** A JSON object being read: typed field access that reports, never throws. */
    private final class Obj {
        final Session s;
        final JsonNode node;
        final String pointer;
        /** What the object is, for messages: the pack, problem 3, the answer. */
        final Message what;
        final Set<String> known;
        boolean unknownChecked;

        Obj(Session s, JsonNode node, String pointer, Message what, Set<String> known) {
            this.s = s;
            this.node = node;
            this.pointer = pointer;
            this.what = what;
            this.known = known;
        }

        boolean has(String field) {
            return node.has(field) && !node.get(field).isNull();
        }

        void err(String field, Message said) {
            s.error(pointer + "/" + field, said);
        }

        String text(String field, boolean required) {
            return text(field, required, MAX_TEXT_CHARS);
        }

        /** A text field of at most {@code maxChars} characters; a number is taken as its text. */
        String text(String field, boolean required, int maxChars) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) s.error(pointer, Message.of("pack.missing", what, field));
                return "";
            }
            if (!v.isTextual() && !v.isNumber()) {
                err(field, Message.of("pack.notText", field));
                return "";
            }
            if (v.isNumber() && !Double.isFinite(v.asDouble())) {
                err(field, Message.of("pack.numberTooLarge", field));
                return "";
            }
            String t = v.asText().strip();
            if (t.length() > maxChars) {
                err(field, Message.of("pack.tooManyChars", field, String.valueOf(t.length()), String.valueOf(maxChars)));
                return "";
            }
            if (required && t.isEmpty()) err(field, Message.of("pack.empty", field));
            return t;
        }

        String id(String field) {
            String id = text(field, true);
            if (!id.isEmpty() && !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}")) {
                err(field, Message.of("pack.idChars", id));
            }
            return id;
        }

        String choiceText(String field, Set<String> allowed) {
            String t = text(field, true);
            if (!t.isEmpty() && !allowed.contains(t)) {
                err(field, Message.of("pack.useOneOf", field, t, String.join(", ", new TreeSet<>(allowed))));
                return "";
            }
            return t;
        }

        <T> T choice(String field, Map<String, T> allowed, T fallback) {
            String t = choiceText(field, allowed.keySet());
            return allowed.getOrDefault(t, fallback);
        }

        int integer(String field, int min, int max, int fallback) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) return fallback;
            if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
                err(field, Message.of("pack.wholeNumber", field, String.valueOf(min), String.valueOf(max)));
                return fallback;
            }
            return v.asInt();
        }

        double probability(String field, double fallback, double max) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) return fallback;
            if (!v.isNumber() || v.asDouble() < 0 || v.asDouble() > max) {
                err(field, Message.of("pack.probability", field, String.valueOf(max)));
                return fallback;
            }
            return v.asDouble();
        }

        List<String> strings(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) return List.of();
            if (!v.isArray()) {
                err(field, Message.of("pack.notTextList", field));
                return List.of();
            }
            if (v.size() > MAX_LIST_ENTRIES) {
                err(field, Message.of("pack.tooManyEntries", field, String.valueOf(v.size()), String.valueOf(MAX_LIST_ENTRIES)));
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                String p = pointer + "/" + field + "/" + i;
                if (!v.get(i).isTextual())
                    s.error(p, Message.of("pack.entryNotText", field));
                else if (v.get(i).asText().length() > MAX_TEXT_CHARS)
                    s.error(p, Message.of("pack.entryTooLong", field, String.valueOf(v.get(i).asText().length()),
                            String.valueOf(MAX_TEXT_CHARS)));
                else
                    out.add(v.get(i).asText());
            }
            return out;
        }

        <T> List<T> list(String field, boolean required, int maxEntries, Function<Obj, T> reader, Set<String> knownFields) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) s.error(pointer, Message.of("pack.missing", what, field));
                return List.of();
            }
            if (!v.isArray()) {
                err(field, Message.of("pack.notList", field));
                return List.of();
            }
            if (v.size() > maxEntries) {
                err(field, Message.of("pack.tooManyEntries", field, String.valueOf(v.size()), String.valueOf(maxEntries)));
                return List.of();
            }
            List<T> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                String p = pointer + "/" + field + "/" + i;
                if (!v.get(i).isObject()) {
                    s.error(p, Message.of("pack.entryNotObject", field));
                    continue;
                }
                Obj child = new Obj(s, v.get(i), p, entry(field, i + 1), knownFields);
                T t = reader.apply(child);
                child.rejectUnknown();
                if (t != null) out.add(t);
            }
            return out;
        }

        <T> Optional<T> object(String field, boolean required, Function<Obj, T> reader, Set<String> knownFields) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) s.error(pointer, Message.of("pack.missing", what, field));
                return Optional.empty();
            }
            if (!v.isObject()) {
                err(field, Message.of("pack.notAnObject", field));
                return Optional.empty();
            }
            Obj child = new Obj(s, v, pointer + "/" + field, Message.of("pack.what.field", field), knownFields);
            T t = reader.apply(child);
            child.rejectUnknown();
            return Optional.ofNullable(t);
        }

        /** Entry n of a list, for messages: "problem 3", "solution entry 2". */
        private static Message entry(String list, int n) {
            String number = String.valueOf(n);
            return switch (list) {
                case "problems" -> Message.of("pack.what.problem", number);
                case "skills" -> Message.of("pack.what.skill", number);
                case "givens" -> Message.of("pack.what.given", number);
                case "solution" -> Message.of("pack.what.step", number);
                default -> Message.of("pack.what.entry", list, number);
            };
        }

        void rejectUnknown() {
            rejectUnknownExcept(known);
        }

        void rejectUnknownExcept(Set<String> allowed) {
            if (unknownChecked) return;
            unknownChecked = true;
            node.fieldNames().forEachRemaining(name -> {
                if (!allowed.contains(name)) {
                    err(name, Message.of("pack.unknownField", name, what, String.join(", ", new TreeSet<>(allowed))));
                }
            });
        }

        void latex(String field, String text) {
            latexAt("/" + field, text);
        }

        /** Every LaTeX problem of the text at {@code relPointer}, located at the offending character. */
        void latexAt(String relPointer, String text) {
            if (text.isEmpty()) return;
            JsonNode raw = node.at(relPointer);
            String source = raw.isTextual() ? raw.asText() : text; // offsets count from the unstripped value
            for (LatexPolicy.Finding f : LatexPolicy.check(source)) {
                s.errorInText(pointer + relPointer, f.offset(), f.said());
                s.softProblems++;
            }
        }

        void math(String field, String text) {
            mathCheck.problemWith(text).ifPresent(m -> err(field, Message.of("pack.notMath", text, m)));
        }
    }

    /** An open object or array while locating values: its current field or index. */
    private static final class Frame {
        final boolean array;
        int index = -1;
        String field = "";
        final Set<String> seen = new HashSet<>();

        Frame(boolean array) {
            this.array = array;
        }

        String segment() {
            return array ? "/" + index : "/" + field.replace("~", "~0").replace("/", "~1");
        }
    }
}
