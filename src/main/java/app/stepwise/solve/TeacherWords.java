package app.stepwise.solve;

import app.stepwise.lesson.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A problem as a teacher sets it (session 18: on a sealed outside set teacher-style problems were 53.8 % right against
 * 80-86 % for other styles, and the reading task refused 27.5 % of those in scope): exam furniture ("Question 7 (3
 * marks)", "Q4b)", "[2]"), a greeting, an aside or a word about the class, a distractor sentence with numbers of its own
 * ("There are 28 students in the class."), a method hint that is true for the kind of task, a polite request, a sign-off,
 * on one line or several. One problem in about two, in every family and outside them alike, so the wrapping says
 * nothing about scope; drawn from the text's own hash, so no other draw of the problem moves. The problem's own text is
 * kept whole (a polite request keeps its instruction word for word): its math, numbers and units, and so every target
 * of the record, stay as they were. All wording written for Stepwise.
 */
final class TeacherWords {
    private TeacherWords() {}

    /**
     * Of the problems a student did not type, this many in five are set by a teacher, in scope and out of scope alike:
     * about one problem in two of all.
     */
    static final int IN_FIVE = 3;

    /** The kind of task a hint must be true for; OTHER is a problem outside the families (generic hints only). */
    enum Kind {
        SOLVE(List.of("Whatever you do to one side, do to the other.", "Keep the equation balanced at every step.",
                "Aim to get {x} on its own.", "Put your answer back into the equation to check it.",
                "Undo each thing that has been done to {x}, in turn.")),
        REARRANGE(List.of("Treat the other letters as if they were numbers.", "Aim to get {x} on its own.",
                "Undo the operations in the reverse order.", "Whatever you do to one side, do to the other.")),
        DIFFERENTIATE(List.of("Write down the rule you use.", "Think about which rule you need before you start.",
                "Tidy up your answer at the end.")),
        EXPAND(List.of("Multiply out the brackets, then collect like terms.", "Watch the signs when you multiply out.",
                "Every term inside a bracket gets multiplied.")),
        FACTORISE(List.of("Check your answer by multiplying the brackets back out.",
                "Think about the factor pairs of the last number.", "Look at the signs before you choose the factors.")),
        SIMPLIFY(List.of("Put the like terms together first.", "Watch the sign in front of each term.",
                "Group the terms that have the same letters.")),
        INDICES(List.of("Think about what the laws of indices say.", "Deal with the numbers and the indices separately.")),
        EVALUATE(List.of("Follow the order of operations carefully.", "Set out each part of the calculation on its own line.",
                "Try it without a calculator.")),
        PERCENTAGE(List.of("Finding 1% first can help.", "Write the percentage as a fraction of 100 first.",
                "Think of the percentage as a part of the whole amount.")),
        SYSTEM(List.of("You could eliminate one of the letters first.", "Check your pair of values in both equations.",
                "Number the equations so you can refer to them.", "Make one letter disappear first.")),
        PHYSICS(List.of("Start by listing what you know.", "Pick the equation that links what you know to what you want.",
                "Write the equation down before you put the numbers in.", "Remember the unit in your answer.")),
        OTHER(List.of());

        final List<String> hints;

        Kind(List<String> hints) {
            this.hints = hints;
        }
    }

    /** The kind of task of a problem in the families. */
    static Kind kindOf(Worked w) {
        return switch (w.family()) {
            case "rearrange-formula" -> Kind.REARRANGE;
            case "percentages" -> Kind.PERCENTAGE;
            case "exponent-rules" -> Kind.INDICES;
            default -> switch (w.task()) {
                case SOLVE -> Kind.SOLVE;
                case SIMPLIFY -> Kind.SIMPLIFY;
                case EXPAND -> Kind.EXPAND;
                case FACTOR -> Kind.FACTORISE;
                case EVALUATE -> Kind.EVALUATE;
                case DIFFERENTIATE -> Kind.DIFFERENTIATE;
                case SYSTEM -> Kind.SYSTEM;
                case PHYSICS -> Kind.PHYSICS;
            };
        };
    }

    /** The kind of task of a problem outside the families: physics gets the physics hints, the rest generic ones. */
    static Kind kindOf(String topic) {
        return topic.equals("physics") ? Kind.PHYSICS : Kind.OTHER;
    }

    /** Hints one family adds to its kind's; each true for every problem of the family. */
    static List<String> familyHints(String family) {
        return switch (family) {
            case "linear-both-sides" -> List.of("Move every {x} term to the same side first.",
                    "Get all the {x} terms on one side and the numbers on the other.");
            case "linear-brackets" -> List.of("Start by multiplying out the bracket.");
            case "linear-fractions" -> List.of("Clear the fraction first by multiplying both sides.");
            case "quadratic-factoring" -> List.of("Put it into two brackets, then set each bracket to zero.");
            case "quadratic-formula" -> List.of("Write down the values of a, b and c before you use the formula.");
            case "quadratic-square-root" -> List.of("Don't forget that a square root can be negative.");
            case "derivative-power-rule" -> List.of("Bring the power down and take one off it, term by term.");
            case "derivative-product-rule" -> List.of("Differentiate each factor, then use the product rule.");
            case "derivative-chain-rule" -> List.of("Differentiate the outside, then multiply by the derivative of the inside.");
            case "integer-arithmetic" -> List.of("Brackets and powers come first.");
            case "system-elimination", "system-substitution" ->
                List.of("Either elimination or substitution will work here.");
            default -> List.of();
        };
    }

    /** Hints true for any problem. */
    static final List<String> GENERIC_HINTS = List.of("Read the question twice before you start.",
            "Check your answer once you have finished.", "Show every line of your working.",
            "Think about what the question is really asking.", "Write down what you are given before you start.");

    /** Convert-units hints, only for a problem that gives a quantity in a unit outside SI. */
    static final List<String> SI_HINTS = List.of("Remember to convert to SI units.",
            "Change every quantity into SI units first.");

    private static final Pattern NON_SI = Pattern.compile(
            "(?<=\\d) ?(?:km/h|km|cm|mm|g|min|h|kJ|kW|mA|kΩ|kPa|kN|MJ|MW|ms)(?![\\p{L}\\d/^²])"
                    + "|\\b(?:minutes?|hours?|grams?|kilometres?|centimetres?|millimetres?|kilojoules?)\\b");

    /** Exam furniture above the problem, on its own line: {n} a question number, {c} a part letter, {m} marks. */
    static final List<String> HEADS = List.of("Question {q} ({m} marks)", "Q{q}{c})", "Section {C}, question {q}",
            "Question {q}{c}", "Q{q} [{m} marks]", "Paper {p}, question {q}", "Exercise {k}{C}, question {q}",
            "Question {q} of the test", "Task {q}", "Q{q}({c})");

    /** Marks after the problem. */
    static final List<String> MARKS = List.of("[{m}]", "({m} marks)", "[{m} marks]", "({m})", "[Total {m} marks]");

    /** Greetings and sign-offs: no numbers, no topic. */
    static final List<String> GREETINGS = List.of("Hi all.", "Morning, everyone.", "Right, class.", "Hello again, everyone.",
            "Afternoon, all.", "OK, folks.", "Right, let's begin.");

    static final List<String> SIGN_OFFS = List.of("Good luck!", "Ask me if you get stuck.",
            "Hand it in at the end of the lesson.",
            "Thanks, everyone.", "Well done if you finish early.", "I will go through it next lesson.",
            "Put your name at the top.", "Bring it to me when you are done.");

    /** Asides and words about the class, before or after the problem: no numbers, no topic, no method. */
    static final List<String> ASIDES = List.of("This one is like yesterday's homework.", "Take your time with this one.",
            "We did a few like this last lesson.", "Some of you found this type tricky before.",
            "This kind of question comes up a lot in exams.", "It is from the revision booklet.",
            "Try it before you look at the worked example.", "No rush on this one.", "This should be a quick one.",
            "Have a think before you write anything.", "It is a warm-up for the test.",
            "Don't worry if it takes a couple of goes.", "A nice one to end the week.",
            "Work on your own for this one.", "Talk it over with your neighbour first if you like.",
            "This was on the board at the start of the lesson.", "It looks harder than it is.");

    /** Sentences with numbers that are not part of the problem; {n} and {k} numbers of the class's own. */
    static final List<String> DISTRACTORS = List.of("There are {n} students in the class.", "This is question {k} of {n}.",
            "Last week's quiz had {n} questions.", "The test next week is worth {n} marks.",
            "You have already done {k} of these.", "Page {n} of your exercise book has a worked example.",
            "Last year, {k} people got this right.", "There are {k} more like this on the sheet.",
            "Only {k} of you handed in the last homework.", "Year {y} did this one last week.",
            "Room {n} is open at lunch if you want help.", "We have {k} lessons left before the exam.",
            "Group {k} goes first today.");

    /** A polite request made of the problem's instruction: {a} the instruction as written, lower-case first word. */
    static final List<String> REQUESTS = List.of("Please could you {a}?", "I would like everyone to {a}.",
            "Your job is to {a}.", "See if you can {a}.", "Can everyone {a}, please?", "Your task now: {a}.");

    /** Whether a text reads as a student typed it: a teacher does not wrap it. */
    static boolean typedByAStudent(String text) {
        String t = text.strip();
        return t.isEmpty() || STUDENT.matcher(t).find();
    }

    private static final Pattern STUDENT = Pattern.compile(
            "^[a-z]{2,}\\b(?!\\()|\\b(?:pls|plz|whats|idk|dont|thx|help|how do i|can u|can someone|i got|i need)\\b|\\?\\?");

    /**
     * The text set by a teacher one time in about two, drawn from its own hash, unless a student typed it; else the
     * text. unknown: the letter a hint may name ({x}), or "".
     */
    static String setOrNot(String text, Kind kind, List<String> familyHints, String unknown) {
        SplittableRandom own = new SplittableRandom(text.hashCode() * 31L + 17);
        if (own.nextInt(5) >= IN_FIVE || typedByAStudent(text)) return text;
        return set(text, kind, familyHints, unknown, own);
    }

    /** A problem of the families, set by a teacher one time in about two. */
    static String setOrNot(String text, Worked w) {
        return setOrNot(text, kindOf(w), familyHints(w.family()), Surface.unknown(w));
    }

    /** The text as a teacher sets it: one to four pieces around it, the text itself kept whole. */
    static String set(String text, Kind kind, List<String> familyHints, String unknown, SplittableRandom r) {
        List<String> before = new ArrayList<>(), after = new ArrayList<>();
        String t = text;
        // marks once only ("This one is worth 4 marks." stays the only mark), one distractor only
        boolean marked = text.toLowerCase(Locale.ROOT).contains("mark"), distracted = false;
        String head = null;
        if (!LABEL.matcher(t).lookingAt() && r.nextInt(3) == 0)
            head = fill(NumberWriting.pick(r, marked ? HEADS.stream().filter(h -> !h.contains("{m}")).toList() : HEADS), text, r);
        if (r.nextInt(6) == 0) before.add(NumberWriting.pick(r, GREETINGS));
        int lead = r.nextInt(4); // 0: an aside, 1: a distractor, else nothing before
        String aside = NumberWriting.pick(r, ASIDES), another = NumberWriting.pick(r, ASIDES);
        if (another.equals(aside)) another = ASIDES.get((ASIDES.indexOf(aside) + 1) % ASIDES.size());
        if (lead == 0) before.add(aside);
        else if (lead == 1) distracted = distractor(text, r).map(before::add).orElse(false);
        if (r.nextInt(6) == 0) t = request(t, r);
        int tail = r.nextInt(5); // 0, 1: a hint (one a problem), 2: an aside, 3: a distractor, 4: nothing
        boolean hinted = HINTED.matcher(text).find();
        if (tail <= 1 && !hinted) after.add(hint(text, kind, familyHints, unknown, r));
        else if (tail <= 2 || tail == 3 && distracted) after.add(another);
        else if (tail == 3) distractor(text, r).ifPresent(after::add);
        if (r.nextInt(7) == 0) after.add(NumberWriting.pick(r, SIGN_OFFS));
        String marks = head == null && !marked && r.nextInt(5) == 0 ? fill(NumberWriting.pick(r, MARKS), text, r) : null;
        if (text.length() > BUSY) { // a text that already holds a teacher's talk gets one piece more, not four
            if (head != null || !after.isEmpty() || !before.isEmpty()) marks = null;
            if (head != null || !after.isEmpty()) before.clear();
            if (head != null) after.clear();
            if (after.size() > 1) after.subList(1, after.size()).clear();
            if (before.size() > 1) before.subList(0, before.size() - 1).clear();
        }
        if (head == null && before.isEmpty() && after.isEmpty() && marks == null && t.equals(text))
            before.add(NumberWriting.pick(r, ASIDES)); // never unchanged once drawn
        return join(head, before, t, after, marks, r);
    }

    private static final Pattern HINTED = Pattern.compile("(?i)\\bhint\\b");

    /** Characters above which a text gets one piece only. */
    static final int BUSY = 160;

    /** The pieces around the text: a line break after a heading or before math at the start, else a space or a line break. */
    private static String join(String head, List<String> before, String text, List<String> after, String marks,
            SplittableRandom r) {
        boolean lines = r.nextInt(3) == 0, blank = lines && r.nextInt(3) == 0;
        String gap = lines ? (blank ? "\n\n" : "\n") : " ";
        StringBuilder b = new StringBuilder();
        if (head != null) b.append(head).append('\n');
        if (!before.isEmpty()) {
            b.append(String.join(" ", before));
            // a sentence that ends in a number stays off a line that starts with math ("… of 10. 3x + 5 = 20")
            b.append(Character.isLetter(text.charAt(0)) ? gap : (blank ? "\n\n" : "\n"));
        }
        b.append(text);
        boolean closed = SENTENCE_END.matcher(text).find();
        if (!after.isEmpty()) b.append(closed && !lines ? " " : closed ? gap : "\n").append(String.join(" ", after));
        if (marks != null) b.append(closed || !after.isEmpty() ? " " : "\n").append(marks);
        return b.toString();
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.?!]\\)?$");
    private static final Pattern LABEL = Pattern.compile(
            "(?:Q\\d+|\\d+[.)]|\\([a-h]\\)|[a-h]\\)|Question \\d+|Part \\(|Exercise|Section|Starter|Homework sheet|Level \\d)");

    /** A hint true for the kind of task (with the problem's letter for {x}), a convert-units hint where true, or a generic one. */
    static String hint(String text, Kind kind, List<String> familyHints, String unknown, SplittableRandom r) {
        List<String> pool = new ArrayList<>();
        boolean letter = unknown.matches("\\p{L}");
        for (String h : kind.hints) if (letter || !h.contains("{x}")) pool.add(h);
        for (String h : familyHints) if (letter || !h.contains("{x}")) pool.add(h);
        if (kind == Kind.PHYSICS && NON_SI.matcher(text).find()) pool.addAll(SI_HINTS);
        if (pool.isEmpty() || r.nextInt(3) == 0) pool = GENERIC_HINTS;
        String h = NumberWriting.pick(r, pool).replace("{x}", unknown);
        return r.nextInt(2) == 0 ? "Hint: " + lowerFirst(h) : h;
    }

    /** A distractor whose numbers are not in the text and whose longer words are not either ("students", "class"). */
    static java.util.Optional<String> distractor(String text, SplittableRandom r) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int tries = 0; tries < 4; tries++) {
            String d = NumberWriting.pick(r, DISTRACTORS);
            boolean shares = false;
            for (String word : d.replaceAll("\\{\\w}", "").split("[^\\p{L}']+"))
                if (word.length() >= 5 && lower.contains(word.toLowerCase(Locale.ROOT).replaceAll("s$", ""))) shares = true;
            if (!shares) return java.util.Optional.of(fill(d, text, r));
        }
        return java.util.Optional.empty();
    }

    /** The text's leading instruction as a polite request; unchanged where it does not start with one sentence of it. */
    static String request(String text, SplittableRandom r) {
        Matcher m = INSTRUCTION.matcher(text);
        if (!m.lookingAt()) return text;
        String asked = m.group(1).toLowerCase(Locale.ROOT) + m.group(2);
        return NumberWriting.pick(r, REQUESTS).replace("{a}", asked) + text.substring(m.end());
    }

    /** A one-line instruction ending in a full stop: "Solve 3x + 5 = 20." (not "Simplify:\n…", not a question). */
    private static final Pattern INSTRUCTION = Pattern.compile(
            "(Find|Calculate|Work out|Solve|Simplify|Expand|Factorise|Differentiate|Evaluate|Make|Rearrange)\\b([^?!\\n:]*?)\\.(?=\\s|$)");

    /** Fills {n} {k} {m} {y} {p} {q} {c} {C} with numbers and letters of the class's own, none of them a number in the text. */
    static String fill(String template, String text, SplittableRandom r) {
        String out = template;
        out = out.replace("{n}", fresh(text, 10, 40, r)).replace("{k}", fresh(text, 2, 9, r)).replace("{m}", fresh(text, 2, 6, r))
                .replace("{y}", fresh(text, 7, 13, r)).replace("{p}", fresh(text, 1, 3, r)).replace("{q}", fresh(text, 1, 12, r));
        return out.replace("{c}", Character.toString('a' + r.nextInt(5))).replace("{C}", Character.toString('A' + r.nextInt(4)));
    }

    private static String fresh(String text, int from, int to, SplittableRandom r) {
        int size = to - from + 1, at = r.nextInt(size);
        for (int k = 0; k < size; k++) { // the first number, counting on from a random one, that the text does not hold
            int n = from + (at + k) % size;
            if (!Pattern.compile("(?<![\\d.])" + n + "(?!\\d|\\.\\d)").matcher(text).find()) return Integer.toString(n);
        }
        return Integer.toString(from + at);
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Every piece this class writes, as patterns: for tests and for measuring how often problems are set by a teacher.
     * Headings match at the start of a line, marks at the end of the text, hints without their first letter (a hint may
     * follow "Hint: " in lower case).
     */
    static List<Pattern> pieces() {
        List<String> hints = new ArrayList<>(GENERIC_HINTS);
        hints.addAll(SI_HINTS);
        for (Kind k : Kind.values()) hints.addAll(k.hints);
        for (String f : List.of("linear-both-sides", "linear-brackets", "linear-fractions", "quadratic-factoring",
                "quadratic-formula", "quadratic-square-root", "derivative-power-rule", "derivative-product-rule",
                "derivative-chain-rule", "integer-arithmetic", "system-elimination"))
            hints.addAll(familyHints(f));
        List<Pattern> out = new ArrayList<>();
        for (String h : hints) out.add(Pattern.compile(template(h.substring(1))));
        for (String h : HEADS) out.add(Pattern.compile("(?m)^" + template(h) + "$"));
        for (String m : MARKS) out.add(Pattern.compile(" " + template(m) + "$|\\n" + template(m) + "$"));
        for (List<String> pool : List.of(GREETINGS, SIGN_OFFS, ASIDES, DISTRACTORS))
            for (String piece : pool) out.add(Pattern.compile(template(piece)));
        for (String req : REQUESTS) out.add(Pattern.compile("^" + Pattern.quote(req.substring(0, req.indexOf("{a}")))));
        return List.copyOf(out);
    }

    /** A piece as a pattern: its words as written, a number for {n} {k} {m} {y} {p} {q}, a letter for {c} {C} {x}. */
    private static String template(String piece) {
        return Pattern.quote(piece).replaceAll("\\{[nkmypq]}", "\\\\E\\\\d+\\\\Q")
                .replaceAll("\\{[cC]}", "\\\\E[a-eA-D]\\\\Q").replace("{x}", "\\E\\p{L}+\\Q");
    }

    /** Whether a text holds a piece this class writes. */
    static boolean holdsAPiece(String text) {
        for (Pattern p : PIECES) if (p.matcher(text).find()) return true;
        return false;
    }

    private static final List<Pattern> PIECES = pieces();
}
