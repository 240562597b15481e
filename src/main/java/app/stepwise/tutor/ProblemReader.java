package app.stepwise.tutor;

import app.stepwise.lesson.Task;
import app.stepwise.math.Exprs;
import app.stepwise.math.ItemLabels;
import app.stepwise.math.Limits;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Statement;
import app.stepwise.solve.ExamFurniture;
import app.stepwise.solve.GeneralSolver;
import app.stepwise.solve.GeneralSolver.Request;
import app.stepwise.solve.Solvers;
import app.stepwise.solve.Worked;
import app.stepwise.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a problem typed or pasted by a student or teacher into a structured, verified problem: the task its words
 * ask for (solve, simplify, expand, factorise, differentiate, evaluate, simultaneous equations, change the subject,
 * a percentage of an amount, a physics quantity) and the math in it (plain, unicode or LaTeX). A reading is used only
 * when a solver solves it and the solution verifies; otherwise the problem is one Stepwise cannot check yet.
 */
public final class ProblemReader {
    private ProblemReader() {}

    /**
     * A verified reading.
     *
     * @param worked  the verified worked solution of the problem as read
     * @param request how the math was read (empty for physics), for the solver's next step from any line
     * @param source  "text" (the deterministic reader) or "model" (the model's reading, verified)
     * @param summary the reading in words, shown back to the student: "Solving 5x = −27 for x"
     */
    public record Reading(Worked worked, Optional<Request> request, String source, Message said) {
        /** The reading in words, in English (the command line). */
        public String summary() {
            return said.english();
        }

        public String family() {
            return worked.family();
        }

        public String unknown() {
            return request.map(Request::unknown).filter(u -> !u.isEmpty())
                    .orElse(worked.task() == Task.PHYSICS ? worked.start() : "");
        }

        /** The same reading of a problem stated as the text typed (the reading was of the problem without its furniture). */
        Reading statedAs(String typed) {
            Worked w = worked;
            return new Reading(new Worked(w.family(), typed, w.task(), w.start(), w.givens(), w.steps(), w.answer(),
                    w.answerKind(), w.skills(), w.params(), w.wording(), w.checkValue()), request, source, said);
        }
    }

    /**
     * A reading given as the model's reading fields ("family: …", "task: …", "start: …", "unknown: …", "given: s = v unit",
     * one a line), verified as the model's own reading is ({@link ModelReading}): for the labels of a problem written by
     * hand, which train the model's reading task (stepwise corpus --from-set). Empty where the fields do not check out.
     */
    public static Optional<Reading> fromFields(String text, String fields) {
        // the model reads a text typed in another language in the reader's English words, as the tutor gives it
        return ReaderLanguage.inEnglish(text).flatMap(english -> ModelReading.verify(english, fields));
    }

    /** What a student sees for a problem outside every family. */
    public static final String CANNOT_CHECK = "Stepwise can't check this kind of problem yet.";
    /** {@link #CANNOT_CHECK} as a message for the screens. */
    public static final Message CANNOT_CHECK_SAID = Message.of("tutor.cannotCheckProblem");
    /** Why a circuit of three or more resistors is not checked: the resistors' formulas take two (read18p). */
    public static final Message CANNOT_CHECK_MANY_RESISTORS = Message.of("tutor.cannotCheckManyResistors");

    /**
     * Why the text was not read, for a student: a circuit of three or more resistors is said to be one (the resistors
     * family takes two, so it was refused, never read as a pair: read17), anything else is {@link #CANNOT_CHECK_SAID}.
     */
    public static Message whyNotRead(String text) {
        if (text != null && Solvers.moreThanTwoResistors(text)) return CANNOT_CHECK_MANY_RESISTORS;
        return text != null && densityFromThreeLengths(text) ? CANNOT_CHECK_VOLUME_FROM_LENGTHS : CANNOT_CHECK_SAID;
    }

    /**
     * Why a density from a block's three lengths is not checked: no family works out a volume from lengths, so the two
     * steps (the volume, then the density) cannot be verified as one chain (read22).
     */
    public static final Message CANNOT_CHECK_VOLUME_FROM_LENGTHS = Message.of("tutor.cannotCheckVolumeFromLengths");

    private static final String LENGTH = "\\d+(?:\\.\\d+)?\\s*(?:mm|cm|m|millimet(?:re|er)s?|centimet(?:re|er)s?|met(?:re|er)s?)?";
    /** "2 cm by 3 cm by 5 cm", "20 cm × 10 cm × 10 cm", "10 cm long, 2 cm wide and 1 cm thick". */
    private static final Pattern THREE_LENGTHS = Pattern.compile("(?i)" + LENGTH + "\\s*(?:by|×|x|\\*)\\s*" + LENGTH
            + "\\s*(?:by|×|x|\\*)\\s*" + LENGTH + "|" + LENGTH + "\\s+(?:long|wide|high|tall|deep|thick)\\b[,\\s]+(?:and\\s+)?"
            + LENGTH + "\\s+(?:long|wide|high|tall|deep|thick)\\b[,\\s]+(?:and\\s+)?" + LENGTH
            + "\\s+(?:long|wide|high|tall|deep|thick)\\b");

    /** A density asked of a block given by three lengths ("A block measures 2 cm by 3 cm by 5 cm … Find its density."). */
    static boolean densityFromThreeLengths(String text) {
        return has(text.toLowerCase(Locale.ROOT), "\\bdensity\\b") && THREE_LENGTHS.matcher(text).find();
    }

    private static final Pattern PERCENT = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(?:%|percent|per cent)\\s+of\\s+(?:an?\\s+|the\\s+)?[£$€]?\\s*(\\d+(?:\\.\\d+)?)");
    private static final Pattern FUNCTION_OF = Pattern.compile("\\b([a-zA-Z])\\s*\\(\\s*([a-z])\\s*\\)\\s*=");
    private static final Pattern SUBJECT = Pattern.compile(
            "(?:make|making)\\s+([A-Za-zρλμ](?:_\\w+)?)\\s+(?:the\\s+)?subject|subject\\s+(?:of\\s+(?:the\\s+)?(?:formula|equation)\\s+)?(?:to\\s+)?([A-Za-zρλμ](?:_\\w+)?)\\b|(?:rearrange|solve|transpose)\\b.*?\\bfor\\s+([A-Za-zρλμ](?:_\\w+)?)\\b|\\b([A-Za-zρλμ](?:_\\w+)?)\\s+in\\s+terms\\s+of|formula\\s+for\\s+([A-Za-zρλμ](?:_\\w+)?)\\b|(?:to\\s+make|so\\s+that)\\s+([A-Za-zρλμ](?:_\\w+)?)\\s+(?:is\\s+)?the\\s+subject|\\bget\\s+([A-Za-zρλμ](?:_\\w+)?)\\s+on\\s+(?:its|it's)\\s+own|\\bisolate\\s+([A-Za-zρλμ](?:_\\w+)?)\\b"
                    // "change the subject of P = 2l + 2w to l" (read14)
                    + "|subject\\s+of\\s+[^.?!\\n]*?\\bto\\s+([A-Za-zρλμ](?:_\\w+)?)\\s*(?:[.?!]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RESPECT = Pattern.compile("respect\\s+to\\s+([a-z])\\b|d/d([a-z])\\b|d([a-z])/d([a-z])");

    /** Topics outside every family that can look like one: left to the honest "can't check". */
    private static final Pattern OUT_OF_SCOPE = Pattern.compile(
            "\\bintegra|∫|\\binequalit|\\bprove\\b|\\bshow that\\b|\\bprobabilit|\\bmatri|\\blimit\\b|\\blim\\b|\\bvector\\b|\\bsequence\\b|\\bnth term\\b|\\bmean\\b|\\bmedian\\b|\\bmode\\b|\\bstandard deviation\\b|\\bangle\\b|\\bcircumference\\b|\\btriangle\\b|\\bcircle\\b|\\bsphere\\b|\\bcylinder\\b|\\bcone\\b|\\blogarithm\\b|\\blog|\\bln\\b|[<>≤≥]|\\bmod\\b|\\bremainder\\b|\\bprime\\b|\\blcm\\b|hcf of \\d|balance the|→|chemical|highest common factor of \\d|lowest common multiple|\\bgcd\\b|\\bcomplex\\b|\\bi\\^2|\\bbinomial expansion\\b|\\bsecond derivative\\b|\\b2nd derivative\\b|d²|d\\^2y|\\binteger solutions\\b|\\bratio\\b|\\bsimple interest\\b|\\bcompound interest\\b|\\btangent line\\b|\\bstationary\\b|\\bturning points?\\b|\\bmaximum\\b|\\bminimum\\b|\\bgradient of the line\\b|\\bequation of the line\\b|\\binverse function\\b|\\bdomain\\b|\\brange\\b|\\basymptote\\b|\\bgraph\\b|\\bsketch\\b|\\bplot\\b|\\bbearing\\b|\\bpythag\\b|\\bsurface area\\b|\\binduction\\b|\\b(?:geometric|arithmetic|infinite|power|taylor|maclaurin|fourier) series\\b|\\bsum of the series\\b"
                    // found by the out-of-scope corpus generator (solve/OutOfScope): an antiderivative, a derivative taken twice,
                    // roots named α and β, radioactivity, moments and springs, pH, complex numbers, proportion, semicircles, a unit
                    // conversion on its own
                    + "|\\banti-?derivative|\\bantidifferentiat|\\bdifferentiat\\w*\\b.*\\b(?:twice|again)\\b|[αβ]|\\bhalf-life\\b"
                    + "|\\bradioactiv|\\bdecay equation\\b|\\balpha particle|\\bpivot\\b|\\bmoment (?:of|about)\\b|\\bspring constant\\b"
                    + "|\\bhooke|\\bthe ph\\b|\\bph of\\b|\\bargand\\b|\\bform a \\+ bi\\b|\\bcomplex conjugate\\b"
                    + "|\\b(?:inversely|directly) proportional\\b|\\bsemicircle\\b"
                    + "|\\b\\d+(?:\\.\\d+)?\\s*(?:inch(?:es)?|feet|foot|miles?|yards?|pounds?|ounces?|km|m|cm|mm|kg|g|litres?|ml)\\s+(?:in|into)\\s+(?:centimet|millimet|met|kilomet|gram|kilogram|millilit|litre|inch|feet|mile)\\w*\\s*(?:[?.]|$)"
                    + "|\\bfactor theorem\\b|\\bis a factor of\\b|\\bx,\\s*y,?\\s*(?:and\\s+)?z\\b|\\bd\\^\\(?2\\)?\\s*/\\s*d[a-z]"
                    + "|\\bat right angles\\b|\\bcomposite function|\\b(?:fg|gf|ff|gg)\\s*\\(|\\b[fg]\\s*\\(\\s*[fg]\\s*\\("
                    // checking a value ("Is x = 3 a solution of …": the article became a letter, x = 3a) and estimating
                    // (worked out exactly, a right estimate would be marked wrong); session 10
                    + "|\\ban? (?:solution|root) (?:of|to)\\b|\\bestimate\\b|\\bby rounding\\b"
                    // a sign condition on the unknown ("for positive x", "x is positive", "except the negative solution"):
                    // solved without it, both roots were verified (review14); a new subject said positive is read (its root)
                    + "|\\bfor (?:positive|negative) [a-z]\\b|^(?![\\s\\S]*\\b(?:subject|rearrange)\\b)[\\s\\S]*\\b[b-z]\\s+(?:(?:is|be|(?:must|should|will|has\\s+to)\\s+be)\\s+)?(?:positive|negative)\\b"
                    + "|\\b(?:positive|negative) (?:solution|root)s?\\b|\\bexcept\\b"
                    // a sign said of the answer ("Hint: the answer is negative"): both roots were verified (session 18)
                    + "|\\b(?:answer|solution|root)s?\\s+(?:is|are|must\\s+be|should\\s+be|will\\s+be)\\s+(?:positive|negative)\\b"
                    + "|\\b[b-z],?\\s+(?:(?:is|be)\\s+)?(?:greater|less|bigger|smaller) than (?:zero|0)\\b"
                    // a second derivative written with two primes (f''(x), y″), also beside the word "differentiation"
                    + "|\\b[a-z]\\s*(?:''|′′|″)"
                    // a complex number written a + bi in brackets, (2 + 3i)(1 − i): i is no letter to simplify with (alg13)
                    + "|\\(\\s*[-−]?\\d+(?:\\.\\d+)?\\s*[-−+]\\s*\\d*(?:\\.\\d+)?\\s*i\\s*\\)");

    /** A further step asked of the answer: "then double your answer", "add 5 to your answer", "use your answer to find". */
    private static final Pattern ANSWER_WORKED_ON = Pattern.compile("(?i)\\b(?:double|halve|square|cube|triple|treble|multiply"
            + "|divide|add\\s+[^.?!\\n]{1,20}?\\s+to|subtract\\s+[^.?!\\n]{1,20}?\\s+from|take\\s+[^.?!\\n]{1,20}?\\s+(?:away\\s+)?from"
            + "|increase|decrease|use)\\s+(?:your|the|this|that)\\s+(?:answer|solution)s?\\b"
            + "(?!\\s+(?:is|was)\\b)");

    /**
     * An operation with no number of its own asked on the result after the problem: "… and then double it", "Then square
     * the result.", "next halve your value". A step with a number ("then add 5") is caught by the check that every number
     * of the text is in the reading.
     */
    private static final Pattern RESULT_WORKED_ON = Pattern.compile("(?i)\\b(?:and|then|now|next|finally|after\\s+that)\\s*,?"
            + "\\s+(?:then\\s+)?(?:double|halve|triple|treble|square|cube|negate|square\\s+root|find\\s+the\\s+square\\s+root\\s+of"
            + "|take\\s+the\\s+square\\s+root\\s+of|find\\s+the\\s+reciprocal\\s+of)\\s+(?:it|this|that"
            + "|the\\s+(?:result|answer|value|solution)|your\\s+(?:result|answer|value|solution))\\b");

    private static final Pattern ELLIPSIS_IN_MATH = Pattern.compile("[-+×*,]\\s*(?:\\.{3}|…|⋯)|(?:\\.{3}|…|⋯)\\s*[-+×*]");

    /** A number followed by a unit symbol: 12 kg, 3 m/s, 230 V. */
    private static final Pattern UNITS = Pattern.compile(
            "(?<![\\w./^])\\d+(?:\\.\\d+)?\\s+(?:kg|g|m/s|m/s\\^2|m/s²|km/h|N|J|kJ|W|kW|Pa|kPa|V|A|mA|Ω|ohms?|Hz|kHz|m|cm|km|mm|s|min|h)(?![A-Za-z0-9^(])");

    private static final Pattern SUBJECT_SIGN = Pattern.compile(
            "(?:,?\\s*(?:where|with|given|assuming|for)\\s+)?\\(?(?<![\\w^)])[A-Za-z]\\s*(?:>|≥|>=)\\s*0\\s*\\)?");

    /** Letters that stand for any number, positive or negative (unlike r, v, t, a length or a speed). */
    private static final Set<String> ALGEBRA_LETTERS = Set.of("x", "y", "z", "n", "k", "p", "q");

    /** The letter appears squared in the formula: x² or x^2. */
    static boolean squared(String formula, String letter) {
        return Pattern.compile("(?<![A-Za-z_])" + Pattern.quote(letter) + "\\s*(?:\\^\\s*2|²)").matcher(formula).find();
    }

    private static final String DIFFERENTIATE_WORDS = "different|derivative|d/d[a-z]|d[a-z]/d[a-z]|\\b[a-z]'\\s*\\(|gradient function|gradient of the curve|product rule|chain rule|quotient rule";

    /**
     * A physics text that names a topic outside every family. A measuring cylinder measures a volume, not the geometry of
     * a cylinder; "the minimum length of runway" asks a one-formula quantity, not an optimisation; a stationary ball is
     * at rest.
     */
    static boolean outOfScopePhysics(String lower) {
        return OUT_OF_SCOPE
                .matcher(lower.replace("measuring cylinder", "measuring jar").replace("formula triangle", "formula")
                        .replaceAll("\\b(?:minimum|maximum)\\b", "least")
                        // a stationary ball is at rest; a stationary point is calculus
                        .replaceAll("\\bstationary\\b(?!\\s+points?\\b)", "resting")
                        // P = I²R is the power of a current, not the i² of a complex number (phys13)
                        .replaceAll("\\bi\\^2\\s*(?:×\\s*)?r\\b", "i r"))
                .find();
    }

    /** A math text on a topic outside every family (a derivative is in, a second derivative or a stationary point is not). */
    static boolean outOfScopeMath(String lower) {
        lower = withoutShapeOfAFormula(lower);
        boolean differentiate = has(lower, DIFFERENTIATE_WORDS);
        boolean outOfScope = OUT_OF_SCOPE.matcher(lower).find();
        return outOfScope && (!differentiate
                || has(lower,
                        "second derivative|2nd derivative|d²|d\\^2|integra|∫|stationary|turning|tangent|maximum|minimum|anti-?derivative|antidifferentiat|twice|again|''|′′|″"));
    }

    /**
     * "The area of a triangle is A = ½bh. Make h the subject.": the shape names the formula to rearrange, it asks no
     * geometry (read22: such texts were refused for the word "triangle"; the formula itself is the problem).
     */
    private static final Pattern SHAPE_OF_A_FORMULA = Pattern.compile("\\b(?:the\\s+)?(?:area|perimeter|circumference"
            + "|volume)\\s+(?:\\w+\\s+)?of\\s+(?:a|an|the|any)\\s+(?:right[- ]angled\\s+)?(?:triangle|circle|cylinder|cone"
            + "|sphere|semicircle)\\b");

    /** The text without the shape a formula is of, where the text asks that formula rearranged and writes it. */
    static String withoutShapeOfAFormula(String lower) {
        return has(lower, "\\b(?:subject|rearrange|transpose)\\b") && lower.contains("=")
                ? SHAPE_OF_A_FORMULA.matcher(lower).replaceAll("the formula")
                : lower;
    }

    /** "Make r the subject (r > 0)": the sign of the new subject, not an inequality to solve. */
    static String withoutSubjectSign(String t) {
        return has(t.toLowerCase(Locale.ROOT), "subject|rearrange|formula for|in terms of|transpose")
                ? SUBJECT_SIGN.matcher(t).replaceAll(" ")
                : t;
    }

    /** The deterministic reading of the text, verified; empty when it is not a problem of our kinds. */
    public static Optional<Reading> read(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > Limits.MAX_INPUT_CHARS) return Optional.empty();
        // "Solve 2x + 3 = 9. Then double your answer.": the answer asked for is another number (session 18: x = 3 was
        // verified)
        if (ANSWER_WORKED_ON.matcher(typed).find()) return Optional.empty();
        // "solve 5q − 3 = 2q + 9 and then double it" (mread19: q = 4 was verified); a number puzzle's "double it" is the puzzle
        if (RESULT_WORKED_ON.matcher(typed).find() && NumberPuzzle.read(typed.replace('−', '-').replace('’', '\'')).isEmpty())
            return Optional.empty();
        // "Priya says the solution of 3x + 4 = 19 is x = 6. Is she right?": the equation solved, the claim checked (read22)
        Optional<Claim.Found> claim = Claim.in(typed);
        if (claim.isPresent())
            return read(claim.get().problem()).flatMap(r -> Claim.checked(r, claim.get())).map(r -> r.statedAs(typed));
        // the rounding or the unit asked, also where the reading was of the text without its furniture, or TextMath's
        // normalising took a $ for LaTeX
        // a physics claim to check ("… gives a pressure of 200000 Pa. Is she right?") is never read: the claimed value
        // would be taken for a given (session 25)
        boolean claimAsked = Claim.asked(typed);
        Optional<Reading> asTyped = readAsWritten(typed, true)
                .filter(r -> !AnswerForm.notAsAsked(typed.toLowerCase(Locale.ROOT), r.worked()))
                .filter(r -> !(claimAsked && r.worked().task() == Task.PHYSICS));
        if (asTyped.isPresent()) return asTyped;
        // a teacher's furniture around a math problem (exam labels and marks, a hint, a greeting, a sentence of context):
        // the problem without it, where the text as typed is not read (session 18); a Spanish text's furniture is found in
        // its English words (read19)
        Optional<Reading> withoutFurniture = withoutFurniture(typed);
        if (withoutFurniture.isEmpty()) {
            String english = ReaderLanguage.inEnglish(typed).orElse(typed);
            if (!english.equals(typed)) withoutFurniture = withoutFurniture(english);
        }
        return withoutFurniture.filter(r -> !AnswerForm.notAsAsked(typed.toLowerCase(Locale.ROOT), r.worked()))
                .filter(r -> !(claimAsked && r.worked().task() == Task.PHYSICS)).map(r -> r.statedAs(typed));
    }

    /**
     * The reading of the problem without a teacher's furniture: math without labels, marks, hints and asides; physics
     * (which drops its own asides as typed) without a sentence recalling an earlier lesson's work only (read19).
     */
    private static Optional<Reading> withoutFurniture(String typed) {
        String bare = TeacherFurniture.withoutLabelsAndHints(typed);
        Optional<Reading> withoutFurniture = bare.equals(typed) ? Optional.empty() : readAsWritten(bare, false);
        if (withoutFurniture.isEmpty())
            withoutFurniture = TeacherFurniture.withoutAsides(bare).flatMap(problem -> readAsWritten(problem, false));
        if (withoutFurniture.isEmpty())
            withoutFurniture = TeacherFurniture.withoutRecalledWork(typed).flatMap(problem -> readAsWritten(problem, true))
                    .filter(r -> r.worked().task() == Task.PHYSICS);
        return withoutFurniture;
    }

    private static Optional<Reading> readAsWritten(String typed, boolean physicsToo) {
        // a problem typed in Spanish is read in the English words of its phrase table (es14); a number that reads two
        // ways in its language (1,500: thousands or a decimal) is not guessed
        Optional<ReaderLanguage.Translation> english = ReaderLanguage.translate(typed);
        if (english.isEmpty()) return Optional.empty();
        // 1,200 is twelve hundred in an English text (a Spanish one with such a number is not read: 1,500 reads two ways)
        String text = Solvers.commaThousands(english.get().text());
        // a text read in the English words of another language is restated with unit symbols, not English unit words
        boolean translated = !english.get().text().equals(typed);
        // "the product of 3 and 1/4": 3/4, or the mixed number 3 1/4 (mixed14)
        if (MixedNumbers.readsTwoWays(text)) return Optional.empty();
        // a pattern to continue (1 + 2 + … + n, 3 + 6 + 12 + …) is a series or a proof, not an expression
        if (ELLIPSIS_IN_MATH.matcher(text).find()) return Optional.empty();
        // a think-of-a-number story and an equation written after it that disagree (another letter, another equation)
        if (NumberPuzzle.read(text.replace('−', '-').replace('’', '\'')).filter(q -> !q.agrees()).isPresent())
            return Optional.empty();
        // "Take your time." (a worksheet's encouragement) asks for no time
        String t = ExamFurniture
                .withoutMarks(withoutSubjectSign(TextMath.normalise(text)).replaceAll("(?i)\\btake your time\\b", " "));
        if (ItemLabels.labelOrLetter(t)) return Optional.empty(); // "(a) - (x + 2) + 3x": item (a) or the letter a
        String lower = t.toLowerCase(Locale.ROOT);
        // physics first: "m = 2.5 kg" is a given, not an equation to solve
        // a measuring cylinder measures a volume, not the geometry of a cylinder; "the minimum length of runway" asks a
        // one-formula quantity, not an optimisation
        if (physicsToo && !outOfScopePhysics(lower)) {
            // 2 1/2 hours is 2.5 hours (mixed14)
            String numbers = Solvers.physicsNumbers(MixedNumbers.asDecimals(t)); // 12,000 N is one number (session 12), 1 min 20 s one time (phys13)
            Optional<Reading> physics = physics(numbers, lower, translated);
            // "A 3 kg cat sits on a wall. The three-kilogram cat jumps …": a given said again of the same thing is the
            // same given (reader25), where the text as written is not read
            String once = PhysicsEchoes.dropped(numbers);
            if (physics.isEmpty() && !once.equals(numbers)) physics = physics(once, lower, translated);
            if (physics.isPresent()) return physics;
        }
        if (UNITS.matcher(t).find()) return Optional.empty(); // numbers with units that fit no physics family
        Optional<String> math = withTimesSigns(t);
        if (math.isEmpty()) return Optional.empty();
        t = math.get();
        String asked = t;
        return readMath(text, withoutBlanks(t), t.toLowerCase(Locale.ROOT), english.get().wordsLeftUnread())
                // "Find x only", "x is a length", "to 1 decimal place": the answer in the form asked, where it follows (read21)
                .map(r -> AskedAnswer.asAsked(asked, r))
                // "Write 5^3 × 5^4 as a single power of 5": 5^7, not 78125; a sum asked so is refused (read22)
                .flatMap(r -> SinglePower.asAsked(asked, r))
                .filter(r -> !AskedAnswer.ambiguousRoots(asked, r)) // "The length L … to 1 decimal place": both roots
                .filter(r -> !AskedFor.somethingElse(asked, r.worked())) // wbv18: "… and hence find 2x + 1"
                .filter(r -> !AskedFor.rulesOutARoot(text, r.worked())); // read19: "… the answer is not -4"
    }

    /** The physics reading of a text with its numbers read ({@link Solvers#physicsNumbers}), where one verifies. */
    private static Optional<Reading> physics(String numbers, String lower, boolean translated) {
        // exam labels and marks, hints, unit facts: a teacher's asides are no part of the problem (read18p)
        Optional<String> plain = Solvers.withoutTeacherAsides(numbers);
        String tp = plain.orElse("");
        // what is asked is judged on the text with and without the asides: either asking for something else refuses (wbv18)
        return plain.flatMap(Solvers::physicsFromText).filter(w -> ReadingCheck.physicsCovers(tp, w))
                .filter(w -> !Solvers.statesTheUnknownAsAGiven(tp, w))
                .filter(w -> !AskedFor.somethingElse(tp, w) && !AskedFor.somethingElse(numbers, w))
                // "Ten waves pass a buoy in 5 s", "Three 4 kg bags", an echo: a number in words left out, a path
                // read one way (reader24: each was verified with a wrong answer)
                .filter(w -> !WordNumbers.physicsLeavesOut(tp, w) && !WordNumbers.thereAndBack(tp, w))
                .map(w -> new Reading(w, Optional.empty(), "text", physicsSummary(w, translated)))
                // "to 2 significant figures": the answer rounded as asked, a step the typed-in problem keeps (read22)
                .map(r -> AskedAnswer.asAsked(lower, r));
    }

    /** "t = ____", "y = ____ or y = ____", "f′(x) = ___", "x = ?": where the answer goes, not part of the problem. */
    private static final Pattern BLANK = Pattern.compile(
            "(?:\\b(?:or|and)\\s+)?(?:(?<![\\w)])d[a-z]/d[a-z]|(?<![\\w)/])[A-Za-z]'*(?:\\s*\\(\\s*[a-z]\\s*\\))?)\\s*=\\s*(?:_{2,}|\\?+|\\.{3,})");

    static String withoutBlanks(String t) {
        return BLANK.matcher(t).replaceAll(" ");
    }

    static boolean has(String lower, String regex) {
        return Pattern.compile(regex).matcher(lower).find();
    }

    /**
     * A lone x between two numbers ("3 x -2", "3/4 x 2/9", "2 x 3 + 4"): the letter x or a times sign typed as x. Where
     * the text has no equation (nothing to solve for x), the two readings are two different problems, and the reader
     * does not guess (fix11; alg11 found "3 x -2" read as 3x − 2).
     */
    private static final Pattern X_BETWEEN_NUMBERS = Pattern
            .compile("(?:\\d|\\))\\s+x\\s+(?:[-−](?=\\s*\\d))?\\s*(?:\\d|\\()");

    /** A term: one with a digit (2y, 6a, a^2) or a single letter, as on either side of a spaced x. */
    private static final String TERM = "(?:[\\w^.²³]*\\d[\\w^.²³]*|[A-Za-z](?:\\^\\d+)?)";
    /** A lone x between two terms ("6a x 2", "2y x 3y", "a^2 x a^3"): the letter or times, as between numbers (read15). */
    private static final Pattern X_BETWEEN_TERMS = Pattern
            .compile("(?<![\\w^.²³])" + TERM + "\\s+[xX]\\s+(?:\\(|" + TERM + "(?![\\w^.²³]))");

    /** Whether the text has an x that reads as the letter or as times, and no equation to say which it is. */
    private static boolean letterOrTimes(String text) {
        String t = withoutAnswerPlaces(text);
        // "simplify 6a x 2" was verified as 12ax (read15)
        if (X_BETWEEN_TERMS.matcher(t).find()) return true;
        if (!X_BETWEEN_NUMBERS.matcher(t).find()) return false;
        // in an equation "5 x 4" is no way to write the letter (read15: "solve 3x + 2 = 5 x 4" was verified as
        // 3x + 2 = 20x); "3 x -2 = 7" is, as students space it
        return !t.contains("=") || X_TIMES.matcher(t).find();
    }

    /**
     * "15 - 4 x 3 = ?" has no equation: its = is where the answer goes (mixed14: read as 15 − 4x times 3); so is a bare =
     * ending a line, as on a worksheet ("Q4. 2/3 x 9/10 =": read16).
     */
    private static String withoutAnswerPlaces(String text) {
        return withoutBlanks(text).replaceAll("(?m)=\\s*(?:\\?+|_{2,}|\\.{3,})|=[ \\t]*$", " ");
    }

    /** A lone x between a number (or a bracket) and a number or a bracket: "3 x 4", "3/4 x 2/9", "(2 + 3) x 4". */
    private static final Pattern X_TIMES = Pattern.compile("(?<=[\\d)])\\s+[xX]\\s+(?=\\d|\\()");
    /** The letter x anywhere else: "2 x 3 + x", "4 x 3x". */
    private static final Pattern LETTER_X = Pattern.compile("(?<![A-Za-z])[xX](?![A-Za-z])");

    /**
     * x typed as a times sign: "3 x 4", "15 - 4 x 3", "3/4 x 2/9" are products where the text has no equation and no
     * other x, so the letter cannot be meant (read15; fix11 refused them). "3 x -2" (the letter and a minus, or times a
     * negative) and any text with an equation or another x are left to {@link #letterOrTimes}.
     */
    static String timesSigns(String normalised) {
        String t = withoutAnswerPlaces(normalised);
        if (t.contains("=") || !X_TIMES.matcher(t).find()) return normalised;
        String times = X_TIMES.matcher(t).replaceAll(" × ");
        if (X_BETWEEN_NUMBERS.matcher(times).find() || X_BETWEEN_TERMS.matcher(times).find()) return normalised;
        if (LETTER_X.matcher(times).find()) return normalised;
        return X_TIMES.matcher(normalised).replaceAll(" × ");
    }

    /**
     * The text with each x typed as a times sign written ×, or empty where an x reads as the letter or as times: the one
     * rule for x between numbers, of this reader and of the model's reading (read16: the model's "3 x 4" was refused).
     */
    static Optional<String> withTimesSigns(String normalised) {
        String t = timesSigns(normalised);
        return letterOrTimes(t) ? Optional.empty() : Optional.of(t);
    }

    /** An equation said with "is": a letter and operations on numbers, "is", a number that ends the sentence (read15). */
    private static final Pattern EQUATION_SAID_WITH_IS = Pattern.compile(
            "(?<![\\w.^/])(\\d*(?:\\.\\d+)?[a-z](?:\\s*[-+×*/]\\s*\\d+(?:\\.\\d+)?)+"
                    // a number, then an operation on a letter: "If 7 - a is 2, find a" (read16)
                    + "|\\d+(?:\\.\\d+)?\\s*[-+×*]\\s*\\d*(?:\\.\\d+)?[a-z](?![\\w^]))\\s+is\\s+"
                    + "(-?\\d+(?:\\.\\d+)?)(?=\\s*(?:[.,;?!]|$)|\\s+(?:what|whats|what's|find|solve|work\\s+out|calculate)\\b)");

    /** Words that ask to expand a product: "expand", "multiply out", "remove the brackets". */
    private static final String EXPAND_WORDS = "expand|multiply out|multiplying out|remove the brackets|without brackets|multiply the brackets|product of";

    /**
     * @param wordsUnread the text was in another language and some of its words are not in that language's phrase table:
     *                    what they ask of an expression is not guessed (es14: "derivo (x^2 + 1)^5" was expanded)
     */
    private static Optional<Reading> readMath(String original, String t, String lower, boolean wordsUnread) {
        boolean differentiate = has(lower, DIFFERENTIATE_WORDS);
        // "Ana eats 1/3 of a cake and then 1/4 of what is left. What fraction is left?"
        // (an amount in dollars, "$90", is kept for it: TextMath takes a $ for LaTeX)
        Optional<String> left = FractionLeft.start(t).or(() -> FractionLeft
                .start(withoutBlanks(
                        TextMath.normalise(original.replaceAll("\\$\\s*(\\d+(?:\\.\\d+)?)(?![\\d$])", "$1 dollars")))));
        // in such a story "1/2 of the remainder" is a part of what is left, not a division's remainder (read16)
        if (outOfScopeMath(left.isPresent() ? lower.replace("of the remainder", "of the rest") : lower)) return Optional.empty();
        if (left.isPresent()) {
            Request r = new Request(Task.EVALUATE, left.get(), "");
            if (!ReadingCheck.mathCovers(t, left.get(), Set.of("1"))) return Optional.empty();
            // "how many sweets are left" counts things: a part that is not a whole number is no such story
            boolean counted = has(lower, "\\bhow many\\b");
            return GeneralSolver.solve(r, original).filter(w -> !counted || w.answer().matches("\\d+"))
                    .map(w -> new Reading(w, Optional.of(r), "text", Message.of("reading.workOut", show(left.get()))));
        }
        Matcher pc = PERCENT.matcher(lower);
        String asked = lower;
        if (pc.find() && !has(lower, PERCENT_CHANGE_WORDS)) {
            String start = pc.group(1) + "/100 × " + pc.group(2);
            return solved(original, new Request(Task.EVALUATE, start, "", "", "percentages"),
                    Message.of("reading.percent", pc.group(1), pc.group(2))).map(r -> wholeCount(r, asked));
        }
        Optional<PercentageWords.Reading> percentage = PercentageWords.read(lower);
        if (percentage.isPresent())
            return solved(original, new Request(Task.EVALUATE, percentage.get().start(), "", "", "percentages"),
                    percentage.get().summary()).map(r -> wholeCount(r, asked));
        // "5x − 3 is equal to 2x + 12": an equation said in words
        t = t.replaceAll("\\s+(?:is\\s+)?equal\\s+to\\s+|\\s+equals\\s+", " = ");
        // "x minus 4 is 6", "2x - 5 is 9. Find x.": a letter with operations on numbers, "is", a number ending the sentence
        if (!t.contains("=")) t = EQUATION_SAID_WITH_IS.matcher(t).replaceAll("$1 = $2");
        // "I think of a number, multiply it by 6 and subtract 11. The result is 40."
        // (read from the text as written: "the answer is 17" is the puzzle's result here, not a student's answer)
        String plain = original.replace('−', '-').replace('’', '\'');
        Optional<NumberPuzzle.Equation> puzzle = NumberPuzzle.read(plain);
        if (puzzle.isPresent()) {
            NumberPuzzle.Equation q = puzzle.get();
            Request r = new Request(Task.SOLVE, q.equation(), q.letter());
            // every number of the text is in the equation, and the equation's other numbers are the words' (double: 2)
            // (the letter is the text's where it names one, else ours)
            if (!ReadingCheck.mathCovers(withoutBlanks(plain) + "\n" + q.letter(), q.equation(),
                    q.wordNumbers()))
                return Optional.empty();
            return GeneralSolver.solve(r, original)
                    .map(w -> new Reading(w, Optional.of(r), "text",
                            Message.of("reading.solve", show(q.equation()), q.letter())));
        }
        // "twice a number plus 3 is 11": the number is x
        t = numberWords(t);
        lower = t.toLowerCase(Locale.ROOT);
        Optional<String> worded = wordedArithmetic(t);
        if (worded.isPresent())
            return solved(original, new Request(Task.EVALUATE, worded.get(), ""),
                    Message.of("reading.workOut", show(worded.get())));
        // "write x² + 7x + 12 in the form (x + p)(x + q)": the form is the task, not the math
        Matcher form = IN_THE_FORM.matcher(t);
        boolean factorForm = false;
        if (form.find()) {
            factorForm = form.group(1).contains(")(");
            t = t.substring(0, form.start()) + " " + t.substring(form.end());
            lower = t.toLowerCase(Locale.ROOT);
        }
        String var = "";
        Matcher fn = FUNCTION_OF.matcher(t);
        String body = t.replaceAll("\\bd/d([a-z])\\b", " ");
        if (fn.find()) {
            var = fn.group(2);
            // a line break after the words: "the roots of f(x) = …" does not make "of" a product of letters
            body = t.substring(0, fn.start()) + "\n" + t.substring(fn.end() - 1).replaceFirst("^=", " = ");
        }
        List<String> equations = new ArrayList<>(), expressions = new ArrayList<>();
        for (TextMath.Run r : TextMath.runs(body)) {
            // a percentage in words is read by the percentage readers or not at all: the math parser reads 15% as
            // 15/100 (for a student's working), which would make "a 10% pay rise" a product of letters to simplify
            if (r.text().contains("%")) continue;
            Optional<String> p = TextMath.parseable(r.text());
            if (p.isEmpty()) continue;
            String m = p.get();
            if (TextMath.isEquation(m)) equations.add(m);
            else if (hasOperation(m)) expressions.add(m);
        }
        if (differentiate) {
            // the gradient at a point (f′(3), "at x = 2"): its last line, the derivative's value there, is not one the
            // grading module checks in a derivative's working, so it is refused rather than answered with the derivative
            if (asksAtAPoint(lower)) return Optional.empty();
            Matcher rm = RESPECT.matcher(lower);
            if (rm.find())
                for (int g = 1; g <= 4; g++) if (rm.group(g) != null && var.isEmpty()) var = g == 3 ? rm.group(4) : rm.group(g);
            String f = null;
            if (fn.find(0)) {
                // f(x) = …: the expression after the equals sign
                Optional<String> rhs = TextMath.runs(t.substring(fn.end())).stream().map(r -> TextMath.parseable(r.text()))
                        .flatMap(Optional::stream).filter(ProblemReader::hasVariable).findFirst();
                f = rhs.orElse(null);
            }
            if (f == null) {
                for (String e : equations) {
                    String[] sides = e.split("=", 2);
                    if (sides[0].strip().matches("[a-zA-Z]") && hasVariable(sides[1])) {
                        f = sides[1].strip();
                        break;
                    }
                }
            }
            if (f == null)
                f = expressions.stream().filter(ProblemReader::hasVariable).filter(e -> !e.matches("d[a-z]/d[a-z]")).findFirst()
                        .orElse(null);
            if (f == null) return Optional.empty();
            if (var.isEmpty()) var = variables(f).contains("x") ? "x" : variables(f).stream().findFirst().orElse("x");
            return solved(original, new Request(Task.DIFFERENTIATE, f, var),
                    Message.of("reading.differentiate", show(f), var));
        }
        boolean systemWords = has(lower,
                "simultaneous|system|both equations|\\bmeet\\b|intersect|pair of equations|eliminat|substitut");
        List<String> withVars = equations.stream().filter(ProblemReader::hasVariable).toList();
        if (withVars.size() >= 2) {
            Set<String> all = new java.util.TreeSet<>();
            all.addAll(variables(withVars.get(0)));
            all.addAll(variables(withVars.get(1)));
            boolean subjectWords = has(lower, "subject|rearrange|in terms of|formula for|transpose|on (?:its|it's) own|isolate");
            // two equations of one letter each, and no word of a system: two questions ("(a) Solve 2(x − 1) = 10. (b) Solve
            // 3y + 1 = 10."), which a pair's answer would merge (mread19); not read at all, since one alone drops the other
            if (!systemWords && variables(withVars.get(0)).size() == 1 && variables(withVars.get(1)).size() == 1
                    && all.size() == 2)
                return Optional.empty();
            // a formula to rearrange and a value to put in it ("Rearrange y = 3x + 6 to make x the subject, then find x when
            // y = 15"): two tasks, not a pair (mread19: read as the system x = 3, y = 15)
            if (subjectWords && !systemWords && all.size() == 2) return Optional.empty();
            // two equations in the same two letters, with no other instruction, are a pair to solve together
            if (all.size() == 2 && (systemWords || has(lower, "solve|find|work out|determine|value|\\bsub\\b|plug")
                    || withVars.size() == 2 && !subjectWords)) {
                String start = withVars.get(0) + "; " + withVars.get(1);
                var it = all.iterator();
                String a = it.next(), b = it.next();
                return solved(original, new Request(Task.SYSTEM, start, a + "," + b),
                        Message.of("reading.system", show(withVars.get(0)), show(withVars.get(1))));
            }
        }
        Matcher sm = SUBJECT.matcher(t);
        String subject = null;
        if (has(lower,
                "subject|rearrange|in terms of|formula for|transpose|solve\\b.*\\bfor [a-z]\\b|on (?:its|it's) own|isolate")) {
            while (sm.find()) {
                for (int g = 1; g <= sm.groupCount(); g++) if (sm.group(g) != null) subject = sm.group(g);
                if (subject != null) break;
            }
        }
        for (String e : withVars) {
            Set<String> vs = variables(e);
            if (subject != null && vs.size() > 1 && vs.contains(subject)) {
                // the solver takes the positive root of a squared subject: right for a length or a speed, not for an x
                if (squared(e, subject) && ALGEBRA_LETTERS.contains(subject)
                        && !has(TextMath.normalise(original).toLowerCase(Locale.ROOT), "positive|>\\s*0|≥\\s*0"))
                    return Optional.empty();
                return solved(original, new Request(Task.SOLVE, e, subject),
                        Message.of("reading.subject", subject, show(e)));
            }
        }
        String method = has(lower, "formula")
                ? "formula"
                : has(lower, "factoris|factoriz|factoring|by factor")
                        ? "factor"
                        : has(lower, "square root") ? "square-root" : "";
        boolean factorWords = factorForm
                || has(lower,
                        "factoris|factoriz|\\bfactor\\b|factor fully|fully factor|common factor|product of (?:two )?(?:linear )?factors"
                                // alg13: "write a² − 6a − 16 as a product of two brackets"
                                + "|product of (?:two )?brackets|(?:as|into) (?:two|double) brackets");
        boolean solveWords = has(lower,
                "solve|solution|root|zero|find [a-z]\\b|value of [a-z]\\b|what is [a-z]\\b|which value|what value|determine [a-z]\\b|work out [a-z]\\b|true|satisf");
        if (factorWords && !solveWords && !expressions.isEmpty()) {
            String e = best(expressions);
            if (hasVariable(e)) return solved(original, new Request(Task.FACTOR, e, ""), Message.of("reading.factor", show(e)));
        }
        for (String e : withVars) {
            Set<String> vs = variables(e);
            if (vs.size() == 1) {
                String x = vs.iterator().next();
                return solved(original, new Request(Task.SOLVE, e, x, method, ""), Message.of("reading.solve", show(e), x));
            }
        }
        if (has(lower, "roots? of|zeros? of|solutions? of|solve") && !expressions.isEmpty()) {
            String e = best(expressions);
            Set<String> vs = variables(e);
            if (vs.size() == 1) {
                String x = vs.iterator().next();
                String eq = e + " = 0";
                return solved(original, new Request(Task.SOLVE, eq, x, method, ""), Message.of("reading.solve", show(eq), x));
            }
        }
        if (expressions.isEmpty()) return Optional.empty();
        String e = best(expressions);
        if (!hasVariable(e)) {
            // "2/3 of 3/4 + 1/2", "2 of 3/4 ÷ 1/2": the number before "of" multiplies the math after it, and reading the
            // math alone drops it (review12: 5/4 and 3/2 were verified; "2/3 of 5/8", which ends the sentence, is read
            // as a product by TextMath)
            if (NUMBER_OF_MATH.matcher(t).find()) return Optional.empty();
            // an arithmetic expression in a problem is there to be worked out
            return solved(original, new Request(Task.EVALUATE, e, ""), Message.of("reading.workOut", show(e)));
        }
        boolean collect = has(lower, "simplif|collect");
        boolean expand = has(lower, EXPAND_WORDS);
        if (wordsUnread && !collect && !expand && !factorWords) return Optional.empty();
        // "expand each bracket, then collect like terms: 2(3y − 5) + 4(y + 2)" simplifies a sum; a product of brackets,
        // with no instruction or with "expand", is expanded
        if (expand && !(collect && isSumOfTerms(e)) || !collect && PRODUCT_OF_BRACKETS.matcher(e).matches())
            return solved(original, new Request(Task.EXPAND, e, ""), Message.of("reading.expand", show(e)));
        if (factorWords) return solved(original, new Request(Task.FACTOR, e, ""), Message.of("reading.factor", show(e)));
        // a word is no product of letters where nothing asks to simplify ("… after you rub it" was simplified to bru: read19)
        if (!collect && LETTERS_ONLY.matcher(e).matches()) return Optional.empty();
        // an expression with letters and no other instruction (a worksheet item under "Simplify"): simplify it
        return solved(original, new Request(Task.SIMPLIFY, e, ""), Message.of("reading.simplify", show(e)));
    }

    /**
     * A further operation said in words after the math ("…, then add 2", "… and multiply by 3", "Then subtract 3."): the
     * reading must use each of the text's numbers as often as the text states it (review12).
     */
    private static final Pattern ANOTHER_STEP = Pattern.compile("(?i)\\b(?:then|next|after\\s+that|afterwards|finally|and)\\s+"
            + "(?:\\w+\\s+){0,2}?(?:add|subtract|take\\s+away|minus|multiply|divide)\\s+(?:(?:it|this|that|the\\s+result|your\\s+answer)\\s+)?"
            + "(?:by\\s+|to\\s+|from\\s+|on\\s+)?-?\\d");

    /** A number, then "of", then math ("2/3 of 3/4 + 1/2"); not "question 2 of 5" or "page 3 of 4". */
    private static final Pattern NUMBER_OF_MATH = Pattern.compile(
            "(?i)(?<!question |page |part |exercise |step |item |no\\. |number |sheet |card |slide )(?<![\\w.,/(])\\(?\\d+(?:/\\d+)?\\)?\\s+of\\s+(?=[(\\-−]?\\s?\\d)");

    /** Whether a differentiation text asks for the gradient at a point (refused: see {@link #readMath}). */
    static boolean asksAtAPoint(String lower) {
        return AT_A_POINT.matcher(lower).find();
    }

    /** Words of a percentage change or of a percentage asked for: "p % of n" is then not the problem. */
    static final String PERCENT_CHANGE_WORDS = "increase|decrease|reduc|discount|profit|loss|interest|as a percentage|what percentage|original|vat|tax";

    /** "at x = 2", "when x = −1", "at the point where x = 4", "at (1, 3)", f′(3), dy/dx|x=2: a value at a point. */
    private static final Pattern AT_A_POINT = Pattern.compile(
            "\\b(?:at|when|where|for)\\s+(?:the\\s+point\\s+)?(?:where\\s+)?[a-z]\\s*=\\s*-?\\s*\\d+(?:\\.\\d+)?(?=$|[,;:?!)]|\\.(?!\\d)|\\s+(?![-+*/×÷^(√]))|\\bat\\s+(?:the\\s+point\\s+)?\\(\\s*-?\\d|[a-z]'+\\s*\\(\\s*-?\\d|\\|\\s*[a-z]\\s*=\\s*-?\\d");

    private static final Pattern A_NUMBER = Pattern.compile("(?i)\\b(?:a|the|some)\\s+(?:certain\\s+)?number\\b");
    private static final List<String> COUNT_WORDS = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten");
    /** A question about a multiple or a part of the number, not the number (read15). */
    static final Pattern ASKS_FOR_ANOTHER_NUMBER = Pattern
            .compile("(?i)\\b(?:what\\s+is|what's|whats|find|work\\s+out|calculate"
                    + "|give|write\\s+down)\\s+(?:the\\s+value\\s+of\\s+)?(?:twice|double|half|triple|treble|\\w+\\s+times|the\\s+square|the\\s+cube"
                    + "|the\\s+sum|the\\s+product)\\s+(?:of\\s+)?(?:the|that|this|my|your)\\s+number\\b"
                    // "… find the number and double it", "Is the number even?"
                    + "|\\b(?:and|then)\\s+(?:double|halve|triple|treble|square|cube)\\s+it\\b"
                    + "|\\bis\\s+(?:the|that|this|my|your)\\s+number\\s+(?:even|odd|prime|a\\s+)");
    /** The parts of a whole said in words, from a third: "a third of a number" is x/3. */
    private static final Map<String, Integer> PARTS = Map.of("third", 3, "quarter", 4, "fourth", 4, "fifth", 5, "sixth", 6,
            "seventh", 7, "eighth", 8, "ninth", 9, "tenth", 10);

    /**
     * An equation about "a number" said in words, written with x: "twice a number plus 3 is 11" is 2x + 3 = 11, "three
     * times a number minus 7", "half of a number", "5 more than 4x" (4x + 5), "2 less than 3x" (3x − 2). Only a text that
     * speaks of a number is changed, and only when x is not already one of its letters.
     */
    static String numberWords(String t) {
        if (!A_NUMBER.matcher(t).find() || Pattern.compile("(?<![A-Za-z])x(?![A-Za-z])").matcher(t).find()) return t;
        String original = t;
        // "half of a number is 7. What is double the number?" asks for another number than the one the equation finds
        if (ASKS_FOR_ANOTHER_NUMBER.matcher(t).find()) return t;
        String n = "(?:a|the|some)\\s+(?:certain\\s+)?number\\b";
        t = t.replaceAll("(?i)\\b(?:twice|double)\\s+" + n, "2x");
        t = t.replaceAll("(?i)\\bhalf\\s+(?:of\\s+)?" + n, "x/2");
        // "a third of a number", "one fifth of a number" is x/3, x/5; "two thirds of a number" (2/3 by then) is 2x/3 (read15)
        t = Pattern.compile("(?i)\\b(?:a|one)\\s+(" + String.join("|", PARTS.keySet()) + ")\\s+of\\s+" + n).matcher(t)
                .replaceAll(m -> "x/" + PARTS.get(m.group(1).toLowerCase(Locale.ROOT)));
        t = Pattern.compile("(?<![\\d./])(\\d+)/(\\d+)\\s+of\\s+" + n).matcher(t)
                .replaceAll(m -> (m.group(1).equals("1") ? "" : m.group(1)) + "x/" + m.group(2));
        // any other part of a number ("a fifth" said otherwise, "the square of a number", "the sum of a number and 4")
        // is not read: leaving it out would read another problem (read15: "a fifth of a number plus 1 is 4" was x + 1 = 4)
        if (Pattern.compile("(?i)\\bof\\s+" + n).matcher(t).find()) return original;
        // "Five less than three times a number is 16": its numbers in words are numbers (reader24: read as 3x = 16)
        t = WordNumbers.digits(t, false);
        t = Pattern.compile("(?i)\\b(\\d+|" + String.join("|", COUNT_WORDS) + ")\\s+(?:times|×)\\s+" + n).matcher(t)
                .replaceAll(m -> m.group(1).matches("\\d+")
                        ? m.group(1) + "x"
                        : (COUNT_WORDS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 2) + "x");
        // "subtract 4 from a number", "when 5 is subtracted from a number", "add 6 to a number", "subtract a number from
        // 10" (read16)
        String k = "(\\d+(?:\\.\\d+)?(?:/\\d+)?)(?![\\d./])";
        t = t.replaceAll("(?i)\\b(?:subtract|take\\s+away|take)\\s+" + k + "\\s+(?:away\\s+)?from\\s+" + n, "x - $1")
                .replaceAll("(?i)(?<![\\d./])" + k + "\\s+is\\s+(?:subtracted|taken\\s+away)\\s+from\\s+" + n, "x - $1")
                .replaceAll("(?i)\\badd\\s+" + k + "\\s+to\\s+" + n, "x + $1")
                .replaceAll("(?i)(?<![\\d./])" + k + "\\s+is\\s+added\\s+to\\s+" + n, "x + $1")
                .replaceAll("(?i)\\bsubtract\\s+" + n + "\\s+from\\s+" + k, "$1 - x");
        t = t.replaceAll("(?i)\\b" + n, "x");
        // "5 more than 4x is 33", "2 less than 3x"
        t = t.replaceAll("(?i)\\b(\\d+(?:\\.\\d+)?)\\s+more\\s+than\\s+(\\d*x(?:/\\d+)?)", "$2 + $1")
                .replaceAll("(?i)\\b(\\d+(?:\\.\\d+)?)\\s+less\\s+than\\s+(\\d*x(?:/\\d+)?)", "$2 - $1");
        // "12 is x + 5" ("Twelve is 5 more than a number"): the number first, then "is"
        t = t.replaceAll("(?i)(?<![\\w.])(-?\\d+(?:\\.\\d+)?),?\\s+is\\s+(?=\\d*x\\b)", "$1 = ");
        // the operations in words between x and a number, and "is" as the equals sign; commas may set off the operation
        // ("half of a number, plus 8, is 20": read16)
        t = t.replaceAll("(?i)(?<=x|\\d|x/\\d),?\\s+plus,?\\s+(?=\\d)", " + ")
                .replaceAll("(?i)(?<=x|\\d),?\\s+(?:minus|take\\s+away),?\\s+(?=\\d)", " - ")
                // "… and the result is 9", "…, you get 14" (read16)
                .replaceAll(
                        "(?i)(?<=[x\\d]),?\\s+(?:and\\s+|then\\s+)?(?:the\\s+result\\s+(?:is|will\\s+be)|you\\s+(?:will\\s+)?get"
                                + "|you\\s+obtain|we\\s+get|i\\s+get|it\\s+gives|this\\s+gives)\\s+(?=-?\\d)",
                        " = ");
        return t.replaceAll("(?i)(?<=[x\\d]),?\\s+(?:is|are|gives|makes|will be)\\s+(?=-?\\d)", " = ");
    }

    /** (2y + 3)², (4 − n)(2n + 1), 3(x + 1)(x − 2): sums in brackets multiplied, nothing added ((3p²)³ is a power). */
    private static final Pattern PRODUCT_OF_BRACKETS = Pattern.compile(
            "\\s*-?\\d*\\s*(?:\\([^()]*?\\w\\s*[-+]\\s*[^()]*\\)\\s*(?:\\^\\s*\\d+)?\\s*){1,3}");

    /** A sum at the top level: 2(3y − 5) + 4(y + 2). */
    static boolean isSumOfTerms(String e) {
        int depth = 0;
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (depth == 0 && i > 0 && (c == '+' || c == '-') && e.charAt(i - 1) == ' ') return true;
        }
        return false;
    }

    private static final Pattern IN_THE_FORM = Pattern.compile("(?i)\\s+in\\s+the\\s+form\\s+([^.?!\\n]*)");

    private static final String OPERAND = "(\\(\\d+ \\+ \\d+/\\d+\\)|\\(-?\\d+(?:\\.\\d+)?(?:/\\d+)?\\)|\\(\\d+/\\d+ × \\d+(?:\\.\\d+)?\\)"
            + "|-?\\d+(?:\\.\\d+)?(?:/\\d+)?)";
    /**
     * "2/3 of 12" in arithmetic said in words (TextMath writes it (2/3) × 12 where it ends the sentence): the product, one
     * operand ("subtract 4 from 2/3 of 12": read17).
     */
    private static final Pattern FRACTION_OF_NUMBER = Pattern
            .compile("(?<![\\d./(])\\(?(\\d+/\\d+)\\)?\\s+(?:of|×)\\s+(\\d+(?:\\.\\d+)?)(?![\\d/]|\\.\\d|\\s*(?:%|percent))");
    /** One more step after arithmetic said in words: "…, then add 1/2", "… and then multiply by 2" (read17). */
    private static final Pattern STEP = Pattern.compile("(?i)^\\s*[,.]?\\s*(?:and\\s+)?(?:then\\s+)?(?:(add|plus)"
            + "|(subtract|take\\s+away|minus)|(multiply|divide)(?:\\s+(?:it|this|that|the\\s+result|the\\s+answer))?\\s+by)\\s+"
            + OPERAND + "(?![\\w/^(])");
    /** A number worked out first, then steps: "Find 3/5 of 25 and then subtract 6" (read17). */
    private static final Pattern WORK_OUT_FIRST = Pattern
            .compile("(?i)\\b(?:find|work\\s+out|calculate|what\\s+is|start\\s+with)\\s+" + OPERAND + "(?![\\w/^(])");
    private static final List<Map.Entry<Pattern, String>> WORDED = List.of(
            Map.entry(
                    Pattern.compile("(?i)\\b(?:add|sum\\s+of|total\\s+of)\\s+" + OPERAND + "\\s+(?:and|to)\\s+" + OPERAND
                            + "(?![\\w/^(])"),
                    "%s + %s"),
            Map.entry(
                    // "take 3/8 away from 5/6" (read16)
                    Pattern.compile("(?i)\\b(?:subtract|take|take\\s+away)\\s+" + OPERAND + "\\s+(?:away\\s+)?from\\s+" + OPERAND
                            + "(?![\\w/^(])"),
                    "%2$s - %1$s"),
            Map.entry(Pattern.compile("(?i)\\bmultiply\\s+" + OPERAND + "\\s+by\\s+" + OPERAND + "(?![\\w/^(])"), "%s × %s"),
            Map.entry(Pattern.compile("(?i)\\bproduct\\s+of\\s+" + OPERAND + "\\s+and\\s+" + OPERAND + "(?![\\w/^(])"),
                    "%s × %s"),
            Map.entry(Pattern.compile("(?i)\\bdivide\\s+" + OPERAND + "\\s+by\\s+" + OPERAND + "(?![\\w/^(])"), "%s ÷ %s"));

    /** "Add 2½ and 1⅔", "subtract 3/4 from 5/6": arithmetic said in words, as one expression. */
    static Optional<String> wordedArithmetic(String text) {
        String t = FRACTION_OF_NUMBER.matcher(text).replaceAll("($1 × $2)");
        for (Map.Entry<Pattern, String> w : WORDED) {
            Matcher m = w.getKey().matcher(t);
            if (m.find())
                return withSteps(String.format(w.getValue(), bracket(m.group(1)), bracket(m.group(2))), t.substring(m.end()));
        }
        Matcher first = WORK_OUT_FIRST.matcher(t);
        if (!first.find()) return Optional.empty();
        String start = bracket(first.group(1));
        return withSteps(start, t.substring(first.end())).filter(stepped -> !stepped.equals(start));
    }

    /**
     * An operation said after the steps read, with no number of its own ("… and square the result", "then double it",
     * "then take the square root"): read17 found "subtract 5 from 12 and square the result" verified as 12 − 5.
     */
    private static final Pattern FURTHER_OPERATION = Pattern.compile("(?i)\\b(?:square|squared|cube|cubed|double|halve|half"
            + "|triple|treble|multiply|divide|add|subtract|take\\s+away|minus|plus|times|raise|increase|decrease|reduce"
            + "|negate|reciprocal|root)\\b");

    /**
     * The expression with each step said after it, in order: a product or a quotient of all that came before; empty where
     * another operation is said after them.
     */
    private static Optional<String> withSteps(String e, String rest) {
        for (Matcher m = STEP.matcher(rest); m.find(); m = STEP.matcher(rest)) {
            String operand = bracket(m.group(4));
            if (m.group(1) != null) e = e + " + " + operand;
            else if (m.group(2) != null) e = e + " - " + operand;
            else
                e = "(" + e + ")" + (m.group(3).equalsIgnoreCase("multiply") ? " × " : " ÷ ") + operand;
            rest = rest.substring(m.end());
        }
        return FURTHER_OPERATION.matcher(rest).find() ? Optional.empty() : Optional.of(e);
    }

    private static String bracket(String operand) {
        return operand.startsWith("(") || operand.matches("\\d+(?:\\.\\d+)?") ? operand : "(" + operand + ")";
    }

    /** Letters and spaces and nothing else ("rub", "a pan"): words, where no instruction makes them letters of the math. */
    private static final Pattern LETTERS_ONLY = Pattern.compile("[A-Za-z]+(?:\\s+[A-Za-z]+)*");

    /** The longest expression: the problem's math rather than a stray number. */
    private static String best(List<String> candidates) {
        return candidates.stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
    }

    /**
     * The reading's verified solution, when the reading accounts for the whole text (ReadingCheck): a solver verifies
     * the problem as read, the check makes sure it is the problem as written.
     */
    /**
     * "How many tickets …?" answered with 177.1: the count asked for is not whole, so the reading says so and gives the
     * nearest whole number (alg13: it was shown as 177.1 tickets without a word).
     */
    static Reading wholeCount(Reading r, String lower) {
        if (!PercentageWords.countAsked(lower)) return r;
        java.math.BigDecimal value;
        try {
            value = new java.math.BigDecimal(r.worked().answer());
        } catch (NumberFormatException notADecimal) {
            return r; // a fraction such as 5100/19: shown as it is
        }
        if (value.stripTrailingZeros().scale() <= 0) return r;
        String nearest = value.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
        return new Reading(r.worked(), r.request(), r.source(),
                Message.of("reading.notWholeCount", r.said(), r.worked().answer(), nearest));
    }

    private static Optional<Reading> solved(String original, Request r, Message summary) {
        String normalised = numberWords(timesSigns(withoutSubjectSign(ExamFurniture.withoutMarks(TextMath.normalise(original)))));
        if (!accountsFor(normalised, r)) return Optional.empty();
        // the start the tutor shows and restates names the text's functions, as the request did
        return GeneralSolver.solve(r, original).filter(w -> ReadingCheck.sameFunctions(normalised, w.start()))
                .map(w -> new Reading(w, Optional.of(r), "text", summary));
    }

    /** The request states one equation per equation it needs, and every number and letter of the text is in it. */
    static boolean accountsFor(String normalisedText, Request r) {
        String[] parts = r.start().split(";");
        if (parts.length != (r.task() == Task.SYSTEM ? 2 : 1)) return false;
        for (String part : parts)
            if (part.chars().filter(c -> c == '=').count() > (r.task() == Task.SOLVE || r.task() == Task.SYSTEM ? 1 : 0))
                return false; // "9t = 63 t = …" is two statements, not one equation
        boolean percentages = r.family().equals("percentages");
        Set<String> allowed = percentages ? Set.of("100", "0") : Set.of("0");
        return ReadingCheck.mathCovers(withoutBlanks(normalisedText), r.start(), allowed, !percentages)
                && (r.task() != Task.EVALUATE || percentages || !ANOTHER_STEP.matcher(normalisedText).find()
                        || ReadingCheck.usesEveryNumber(withoutBlanks(normalisedText), r.start(), allowed))
                && (!percentages || ReadingCheck.percentagesInTheirPlace(normalisedText, r.start()));
    }

    static boolean hasVariable(String s) {
        return !variables(s).isEmpty();
    }

    static Set<String> variables(String s) {
        try {
            return Exprs.variables(Statement.collapse(Parser.parse(s)));
        } catch (MathSyntaxException | RuntimeException e) {
            return Set.of();
        }
    }

    private static boolean hasOperation(String s) {
        return s.matches(".*[-+*/^×÷·√²³⁴()].*|.*\\d[A-Za-z].*|.*[A-Za-z]{2}.*") && !s.matches("-?\\d+(\\.\\d+)?");
    }

    /** Math as shown to a student: a real minus sign and times sign. */
    static String show(String math) {
        return math.replace(" - ", " − ").replaceAll("(?<=[=(]\\s?)-", "−").replaceFirst("^-", "−").replace("*", " × ")
                .replace("  ", " ");
    }

    static Message physicsSummary(Worked w) {
        return physicsSummary(w, false);
    }

    /**
     * The physics reading in words; with {@code symbols}, each given's unit word as its symbol ("t = 2 h"), for a text
     * typed in another language (review23: "en 2 horas" was restated as "t = 2 hours").
     */
    static Message physicsSummary(Worked w, boolean symbols) {
        String givens = String.join(", ",
                w.givens().stream().map(g -> g.symbol() + " = " + (symbols ? unitSymbols(g.value()) : g.value())).toList());
        String unit = w.params().get(Solvers.UNIT_ASKED);
        return unit == null
                ? Message.of("reading.physics", w.start(), givens)
                : Message.of("reading.physicsIn", w.start(), givens, unit);
    }

    private static final Map<Pattern, String> UNIT_SYMBOLS = Map.ofEntries(
            Map.entry(Pattern.compile("(?i)(?<=\\d\\s?)(?:hours?|hrs?)\\b"), "h"),
            Map.entry(Pattern.compile("(?i)(?<=\\d\\s?)(?:minutes?|mins?)\\b"), "min"),
            Map.entry(Pattern.compile("(?i)(?<=\\d\\s?)(?:seconds?|secs?)\\b"), "s"),
            Map.entry(Pattern.compile("(?i)(?<=\\d\\s?)kilomet(?:re|er)s?\\b"), "km"),
            Map.entry(Pattern.compile("(?i)(?<=\\d\\s?)centimet(?:re|er)s?\\b"), "cm"),
            Map.entry(Pattern.compile("(?i)(?<=\\d\\s?)met(?:re|er)s?\\b"), "m"),
            Map.entry(Pattern.compile("(?i)(?<=\\d\\s?)kilograms?\\b"), "kg"),
            Map.entry(Pattern.compile("(?i)(?<=\\d\\s?)grams?\\b"), "g"),
            Map.entry(Pattern.compile("(?i)(?<=\\d\\s?)newtons?\\b"), "N"),
            Map.entry(Pattern.compile("(?i)(?<=\\d\\s?)joules?\\b"), "J"),
            Map.entry(Pattern.compile("(?i)(?<=\\d\\s?)watts?\\b"), "W"),
            Map.entry(Pattern.compile("(?i)(?<=\\d\\s?)volts?\\b"), "V"),
            Map.entry(Pattern.compile("(?i)(?<=\\d\\s?)(?:amps?|amperes?)\\b"), "A"),
            Map.entry(Pattern.compile("(?i)(?<=\\d\\s?)ohms?\\b"), "Ω"),
            Map.entry(Pattern.compile("(?i)(?<=\\d\\s?)hertz\\b"), "Hz"));

    /** "2 hours" → "2 h", "3 kilometres" → "3 km": a given's unit word as the symbol every language writes. */
    static String unitSymbols(String value) {
        String v = value;
        for (var u : UNIT_SYMBOLS.entrySet()) v = u.getKey().matcher(v).replaceAll(u.getValue());
        return v;
    }
}
