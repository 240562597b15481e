package app.stepwise.grade;

import app.stepwise.lesson.AnswerSpec.Form;
import app.stepwise.lesson.AnswerSpec;
import app.stepwise.math.Equations;
import app.stepwise.math.Equivalence;
import app.stepwise.math.Evaluator;
import app.stepwise.math.Expr;
import app.stepwise.math.Exprs;
import app.stepwise.math.Forms;
import app.stepwise.math.ItemLabels;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Numbers;
import app.stepwise.math.Parser;
import app.stepwise.math.Printer;
import app.stepwise.math.Quantity;
import app.stepwise.math.Rational;
import app.stepwise.math.SolutionSets;
import app.stepwise.math.Statement;
import app.stepwise.math.Unit;
import app.stepwise.math.Verdict;
import app.stepwise.text.Message;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Judges a final answer against a pack's answer spec. Never throws on what a student types. */
public final class AnswerChecker {
    private AnswerChecker() {}

    /**
     * Grades a response within the check's time budget ({@link Checks#WORK}); whatever is typed, the result is a grade
     * with a message, never an exception.
     */
    public static Grade check(AnswerSpec spec, String response) {
        return check(spec, response, Locale.ENGLISH);
    }

    /**
     * Grades a response to a problem whose question is {@code question} (its statement): a number answer may carry the
     * unit or the word the question asks for ("27 km" for "How many kilometres…?", "£68", "30 students"), and another
     * unit is said to be one (grade21, {@link WordAnswers}); otherwise as {@link #check(AnswerSpec, String, Locale)}.
     */
    public static Grade check(AnswerSpec spec, String typed, Locale language, String question) {
        if (!(spec instanceof AnswerSpec.Numeric n) || question == null) return check(spec, typed, language);
        Grade g = roundingAsked(n, typed, language, question, withWords(n, typed, language, question));
        // "in terms of π": a decimal is not the form asked for, however right its digits (ADR 0022)
        boolean decimal = !typed.contains("π") && !typed.toLowerCase(Locale.ROOT).contains("pi");
        if (decimal && PiApproximations.askedInTermsOfPi(question) && expectedHasPi(n)) {
            if (g.correct()) return Grade.partly(Grade.Test.FORM_EXACT, Message.of("grade.keepPi"));
            if (g.said().key().equals("grade.piApprox")) return Grade.wrong(g.test(), Message.of("grade.keepPi"));
        }
        return g;
    }

    /**
     * "To 1 d.p." answered 10/3, or 3.333: the right value, not yet written as the question (or the pack's d.p. or s.f.
     * rule) asks; partly right, and the student is asked to round it (ADR 0023). An exact form (a fraction, a root) must
     * be the exact value, or round to the pack's answer where that answer is itself rounded; a decimal with more places
     * must be right as written (ADR 0020) or round to the pack's rounded answer. A verdict on a unit or a word, or one
     * already partly right, is kept.
     */
    private static Grade roundingAsked(AnswerSpec.Numeric spec, String typed, Locale language, String question, Grade g) {
        Optional<AskedRounding> asked = AskedRounding.of(spec).or(() -> AskedRounding.in(question));
        if (asked.isEmpty() || spec.tolerance().amount().signum() != 0 || g.partial()
                || !(g.correct() || g.test() == Grade.Test.NUMERIC))
            return g;
        Optional<String> words = WordAnswers.read(typed, question)
                .map(r -> r instanceof WordAnswers.Accepted a ? a.math() : null);
        String math = words.isPresent() ? words.get() : typed;
        if (math == null) return g;
        math = tidy(math).replaceFirst("^\\s*[a-zA-Z]\\w*\\s*=\\s*", "").strip();
        if (DecimalComma.writtenIn(language)) math = math.replace(',', '.');
        Rational expected;
        try {
            expected = expectedNumber(spec);
        } catch (RuntimeException e) {
            return g; // the pack's answer is reported where it is graded
        }
        Optional<Rational> value = valueOf(math);
        AskedRounding r = asked.get();
        if (value.isEmpty() || r.round(value.get()).compareTo(r.round(expected)) != 0) return g;
        BigDecimal exact = expected.toBigDecimal(MathContext.DECIMAL128);
        boolean expectedRounded = r.round(expected).compareTo(exact) == 0; // 3.3 itself, not 10/3
        // a whole number where the nearest 10 is asked (347) is as a decimal with more places than asked
        boolean decimal = math.matches("-?\\d*\\.\\d+") || r.step() > 1 && math.matches("-?\\d+");
        if (!decimal) {
            if (math.matches("-?\\d+")) return g; // a whole number is a rounding of its own, judged as typed
            boolean same = value.get().subtract(expected).abs().toDouble() <= 1e-12 * Math.max(1, Math.abs(expected.toDouble()));
            if (!same && !expectedRounded) return g;
        } else {
            if (!r.moreThanAsked(math) || value.get().subtract(r.roundedAsRational(expected)).isZero()) return g;
            if (!expectedRounded && !g.correct()) return g; // 3.34 for 10/3: no rounding of the value
        }
        return Grade.partly(r.test(), r.roundIt(expected));
    }

    /** The value of a bare number or expression ({@code 10/3}, {@code 2√5}), if it is one. */
    private static Optional<Rational> valueOf(String math) {
        try {
            Expr e = Parser.parseExpression(PhysicsSteps.timesBeforeNumbers(math));
            if (!Exprs.variables(e).isEmpty()) return Optional.empty();
            Optional<Rational> exact = Exprs.exactValue(e);
            if (exact.isPresent()) return exact;
            double d = Evaluator.eval(e, Map.of());
            return Double.isFinite(d) ? Optional.of(Rational.of(new BigDecimal(d))) : Optional.empty();
        } catch (MathSyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean expectedHasPi(AnswerSpec.Numeric n) {
        try {
            return PiApproximations.hasPi(parseExpected(stripPercent(n.expected())));
        } catch (RuntimeException e) {
            return false; // the pack's answer is reported where it is graded
        }
    }

    private static Grade withWords(AnswerSpec.Numeric spec, String typed, Locale language, String question) {
        Optional<WordAnswers.Reading> reading = WordAnswers.read(typed, question);
        if (reading.isEmpty()) return check(spec, typed, language);
        return switch (reading.get()) {
            case WordAnswers.Accepted a -> check(spec, a.math(), language);
            case WordAnswers.Refused f -> {
                Grade asNumber = check(spec, f.math(), language);
                Optional<Double> factor = f.why().inAskedUnit();
                if (!asNumber.correct() && factor.isPresent()) {
                    // 500p for £5, 8000 m for 8 km: the right amount in another unit
                    Grade converted = check(spec, f.math() + " * " + BigDecimal.valueOf(factor.get()).toPlainString(),
                            language);
                    if (converted.correct())
                        yield Grade.partly(Grade.Test.UNIT_STRICT, f.why().message());
                }
                if (!asNumber.correct()) yield asNumber;
                // the right number in a unit or word the question does not ask for: never right
                yield switch (f.why().message().key()) {
                    case "grade.unitDimension" -> Grade.wrong(Grade.Test.UNIT_DIMENSION, f.why().message());
                    case "grade.wordNotAsked" -> Grade.unreadable(f.why().message());
                    default -> Grade.wrong(Grade.Test.UNIT_CONVERSION, f.why().message());
                };
            }
        };
    }

    /**
     * Grades a response typed by a student whose screen is in {@code language}. "x = 2,5" is the decimal 2.5 or the
     * values 2 and 5 (ADR 0016): where both readings grade alike, that grade; where the screen is in a language that
     * writes a decimal comma, the decimal, unless the answer has several values and only the list is right; otherwise
     * the student is asked which they mean.
     */
    public static Grade check(AnswerSpec spec, String typed, Locale language) {
        // 5 600 000: digits grouped in threes with spaces, one number (grade24)
        String oneNumber = spec instanceof AnswerSpec.Numeric ? StudentWriting.groupedDigits(typed) : typed;
        String response = spec instanceof AnswerSpec.MultipleChoice
                ? typed
                : StudentWriting.orderedPair(StudentWriting.withoutAnswerWords(StudentWriting.connectives(oneNumber, language)),
                        spec instanceof AnswerSpec.Equation ? contextOf(spec).names() : Set.of());
        if (!(spec instanceof AnswerSpec.MultipleChoice) && StudentWriting.spanishOr(response, contextOf(spec).names()))
            return Grade.unreadable(Message.of("grade.spanishOr"));
        boolean commaScreen = DecimalComma.writtenIn(language);
        List<DecimalComma.Found> commas = spec instanceof AnswerSpec.MultipleChoice
                ? List.of()
                : DecimalComma.in(response, commaScreen);
        if (commas.isEmpty()) return asWritten(spec, response);
        Grade asDecimal = asWritten(spec, DecimalComma.asPoint(response, commaScreen));
        Optional<DecimalComma.Found> grouped = commas.stream().filter(DecimalComma.Found::grouped).findFirst();
        if (grouped.isPresent() && !asDecimal.correct()) {
            // "1,500" on a Spanish screen is 1.5 there; where only 1500 would be right, the student is asked (grade16)
            DecimalComma.Found f = grouped.get();
            if (!asWritten(spec, DecimalComma.asThousands(response)).correct()) {
                // x = 1,500 under x = 1 or x = 500: where only the list 1 and 500 is right, asked too (grade17: wrong)
                if (oneValue(spec) || !asWritten(spec, response.replace(f.typed(), f.before() + ", " + f.after())).correct())
                    return asDecimal;
                return Grade.ambiguous(Message.join(Message.of("grade.twoReadings"),
                        Message.of("grade.decimalOrList", f.typed(), f.withComma(), f.before(), f.after())));
            }
            return Grade.ambiguous(Message.join(Message.of("grade.twoReadings"),
                    Message.of("grade.decimalOrThousands", f.typed(), f.withComma(), f.before() + f.after())));
        }
        Grade asList = asWritten(spec, response);
        // a decimal comma is its writer's meaning, unless the list is right and the decimal is not (x = 2,5 for 2 or 5)
        if (DecimalComma.writtenIn(language) && (oneValue(spec) || !asList.correct() || asDecimal.correct()))
            return asDecimal;
        if (asList.correct() == asDecimal.correct() && asList.partial() == asDecimal.partial()) return asList;
        DecimalComma.Found f = commas.get(0);
        return Grade.ambiguous(Message.join(Message.of("grade.twoReadings"),
                Message.of("grade.decimalOrList", f.typed(), f.decimal(), f.before(), f.after())));
    }

    /** Whether the expected answer is one value: a number, a quantity, an expression, one solution. */
    private static boolean oneValue(AnswerSpec spec) {
        String sets = switch (spec) {
            case AnswerSpec.SolutionSet s -> s.expected();
            case AnswerSpec.Equation e -> e.expected();
            default -> "";
        };
        if (sets.isEmpty()) return true;
        try {
            return SolutionSets.values(parseStatementExpected(sets)).map(List::size).orElse(1) == 1;
        } catch (PackError e) {
            return false;
        }
    }

    private static Grade asWritten(AnswerSpec spec, String written) {
        // "3 x 4 = 12" for the number 12: x before a number is a times sign, as in physics working (rev16 found it read
        // as 3·x·4, so the right value was only partly right)
        String response = spec instanceof AnswerSpec.Numeric ? PhysicsSteps.timesBeforeNumbers(written) : written;
        // "x = 4 (divide by 2)", "x = 12 (x3)", "x = 4 ✓": a comment after the math, as in a line of working (grade14:
        // the answer box read the words as letters multiplied, and marked the right answer wrong)
        boolean math = !(spec instanceof AnswerSpec.Quantity || spec instanceof AnswerSpec.MultipleChoice);
        Set<String> letters = math ? contextOf(spec).names() : Set.of();
        // "x = 4 (wrong)": the student says the answer is wrong; it is not graded as if it were given (ans15)
        Optional<String> disclaimed = math ? StudentWriting.disclaimer(response) : Optional.empty();
        if (disclaimed.isPresent()) return Grade.unreadable(Message.of("grade.disclaimed", disclaimed.get()));
        // "x = 3 (also x = 5)": a second value in a bracket is a second answer, never a comment to drop (rev17); an
        // expression's answer may say a value at a point ("6x (at x = 2 it is 12)")
        Optional<String> another = math && !(spec instanceof AnswerSpec.Expression)
                ? StudentWriting.anotherValueInBracket(response)
                : Optional.empty();
        if (another.isPresent()) return Grade.unreadable(Message.of("grade.anotherValue", another.get()));
        // "x = 3, check: 3(3) - 2 = 7": graded on the answer; a false check costs a right answer its full mark (grade16)
        Optional<StudentWriting.OwnCheck> own = math ? StudentWriting.ownCheck(response) : Optional.empty();
        if (own.isPresent()) {
            Grade answered = asWritten(spec, own.get().answer());
            if (!answered.correct()) return answered;
            // a check too large to work out in the time is said to be so, never passed over as if it were true (grade18)
            Optional<AnswerSteps.CheckFound> found = Checks.bounded(
                    () -> AnswerSteps.falseCheck(spec, own.get().checks(), contextOf(spec)),
                    reason -> Optional.of(new AnswerSteps.CheckFound(String.join(", ", own.get().checks()).strip(), true)));
            if (found.isEmpty()) return answered;
            if (found.get().tooLarge())
                return new Grade(answered.correct(), answered.partial(), answered.test(),
                        Message.join(answered.said(), Message.of("grade.checkTooLarge", found.get().check())));
            return Grade.partly(answered.test(), Message.of("grade.falseCheck", found.get().check()));
        }
        // "2x + 3 = 11 => 2x = 8 => x = 4": the answer is the last step; the steps before it must be true (ans15)
        List<String> steps = steps(response);
        String r = math ? mathOf(steps.get(steps.size() - 1), letters) : steps.get(steps.size() - 1);
        if (r.isEmpty()) return Grade.unreadable(Message.of("grade.typeAnswer"));
        // "x = 2 and 1/2": a mixed number to the student, never graded as x = 2 (ADR 0008, mixed14)
        var mixed = app.stepwise.math.Numbers.mixedNumberWithAnd(tidy(response));
        if (mixed.isPresent()) return Grade.unreadable(Message.of("grade.mixedWithAnd", (Object[]) mixed.get()));
        Optional<String> times = math ? StepChecker.timesReading(tidy(response)) : Optional.empty();
        // "2x = 12, x = 6": steps to a value, whose last is the answer where the commas read as "or" are not right
        Optional<String> last = math ? StepChecker.lastOfChain(r, contextOf(spec)) : Optional.empty();
        Grade g = Checks.bounded(() -> {
            Grade whole = times.isEmpty() ? readingsOf(spec, r) : noteOrTimes(spec, r, times.get(), response);
            if (whole.correct() || last.isEmpty()) return whole;
            Grade answered = readingsOf(spec, last.get()); // never made partly right by the last piece alone
            return answered.partial() ? whole : answered;
        }, reason -> Grade.undecided(Message.of("grade.couldNotCheck", reason)));
        if (math && !g.correct() && !g.partial()) {
            Optional<Grade> twice = roundedTwice(spec, response, g.test());
            if (twice.isPresent() && Checks.bounded(() -> AnswerSteps.falseStep(spec, stated(steps, r, last, letters),
                    contextOf(spec)), reason -> Optional.of(reason)).isEmpty())
                return twice.get();
        }
        if (g.partial() && math) {
            // "x = 2.5 = -2.5" for x = ±2.5: a chain read as its first = last gives one value, but a link of it is false:
            // no value is written rightly (ans15: "you found 1 of the 2 solutions")
            Optional<String> falseLink = Checks.bounded(
                    () -> AnswerSteps.falseStep(spec, List.of(last.orElse(r)), contextOf(spec)), reason -> Optional.empty());
            if (falseLink.isPresent()) return Grade.wrong(g.test(), Message.of("grade.falseLink", falseLink.get()));
        }
        if (!g.correct() || !math) return g;
        List<String> said = stated(steps, r, last, letters);
        Optional<String> falseStep = Checks.bounded(() -> AnswerSteps.falseStep(spec, said, contextOf(spec)),
                reason -> Optional.empty());
        return falseStep.map(step -> Grade.partly(g.test(), Message.of("grade.falseStep", step))).orElse(g);
    }

    /** The steps written before the answer, each as math, then the answer ({@code r}, or the last piece of its chain). */
    private static List<String> stated(List<String> steps, String r, Optional<String> last, Set<String> letters) {
        List<String> said = new java.util.ArrayList<>();
        for (String step : steps.subList(0, steps.size() - 1)) said.add(mathOf(step, letters));
        if (last.isPresent()) {
            List<String> pieces = StepChecker.commaPieces(r);
            said.addAll(pieces.subList(0, pieces.size() - 1).stream().map(StepChecker::withoutLabel).toList());
        }
        said.add(last.orElse(r));
        return said;
    }

    /**
     * {@code x = 5/11 = 0.455 = 0.46}: the exact value rounded right, then that rounding rounded again to a last digit the
     * exact value does not round to (5/11 is 0.4545…, so 0.45). Where the answer has no tolerance of the teacher's, the
     * answer is partly right and the double rounding named, not called wrong (grade17, ADR 0018); a tolerance the
     * teacher set decides by itself, as for any value.
     */
    private static Optional<Grade> roundedTwice(AnswerSpec spec, String response, Grade.Test test) {
        Optional<Expr> exact;
        try {
            exact = switch (spec) {
                case AnswerSpec.SolutionSet s -> oneSolution(s.expected());
                case AnswerSpec.Equation e -> oneSolution(e.expected());
                case AnswerSpec.Numeric n when n.tolerance().amount().signum() == 0 ->
                    Optional.of(new Expr.Num(expectedNumber(n), false));
                default -> Optional.empty();
            };
        } catch (RuntimeException e) {
            return Optional.empty(); // the pack's answer is reported where it is graded
        }
        return exact.flatMap(e -> SolutionSets.roundedTwice(e, response)).map(t -> Grade.partly(test,
                Message.of("grade.roundedTwice", t.from().toPlainString(), t.to().toPlainString(), t.to().scale(),
                        t.once().toPlainString())));
    }

    /** The one value of an expected answer with one solution ({@code x = 5/11}). */
    private static Optional<Expr> oneSolution(String expected) {
        return SolutionSets.values(parseStatementExpected(expected)).filter(v -> v.size() == 1).map(v -> v.get(0));
    }

    /**
     * A step as math: a label before it and a comment after it dropped, a capital for the problem's letter, a value in
     * words, two equations with no separator between them ({@code 2x = 8 x = 4}) parted by a comma.
     */
    private static String mathOf(String step, Set<String> letters) {
        // "X = 3", "x is 3" where the answer is in x (grade14)
        // "/8: x = 4", "step 2: x = 4.5": a label before the answer, as in the working
        String capitals = StudentWriting.capitals(StepChecker.withoutComment(StepChecker.withoutLabel(step)), letters);
        return StudentWriting.valueInWords(StudentWriting.separated(capitals, letters), letters);
    }

    /**
     * "x = 7 (x3)": x = 7 with a note, as a line of working reads it; where that is not right but x = 7 × 3 would be, the
     * student is asked which they mean.
     */
    private static Grade noteOrTimes(AnswerSpec spec, String asNote, String asTimes, String response) {
        Grade note = readingsOf(spec, asNote);
        if (note.correct()) return note;
        Grade times = readingsOf(spec, asTimes);
        if (times.correct() == note.correct() && times.partial() == note.partial()) return note;
        return Grade.ambiguous(Message.join(Message.of("grade.twoReadings"), StepChecker.timesOrNote(response)));
    }

    /**
     * Grades the reading the conventions give (ADR 0008); where the response could be read another way ({@code 1/2x})
     * and that reading would be graded differently, the student is asked to say which they mean instead.
     */
    private static Grade readingsOf(AnswerSpec spec, String r) {
        Grade main = graded(spec, r);
        if (spec instanceof AnswerSpec.Quantity || spec instanceof AnswerSpec.MultipleChoice || r.endsWith("%")) return main;
        Parser.Reading reading;
        try {
            reading = Parser.read(r, contextOf(spec));
        } catch (MathSyntaxException | RuntimeException e) {
            return main;
        }
        if (reading.otherReading().isPresent()) {
            Grade other = graded(spec, Printer.text(reading.otherReading().get()));
            if (other.correct() != main.correct() || other.partial() != main.partial()) {
                return Grade.ambiguous(Message.join(Message.of("grade.twoReadings"), reading.warningNote()));
            }
        }
        if (!main.correct() && !reading.warnings().isEmpty())
            return new Grade(main.correct(), main.partial(), main.test(), Message.join(main.said(), reading.warningNote()));
        return main;
    }

    private static Grade graded(AnswerSpec spec, String r) {
        try {
            return switch (spec) {
                case AnswerSpec.Expression e -> expression(e, r);
                case AnswerSpec.Equation e -> equation(e, r);
                case AnswerSpec.SolutionSet s -> set(s.expected(), r);
                case AnswerSpec.Numeric n -> numeric(n, r);
                case AnswerSpec.Quantity q -> quantity(q, r);
                case AnswerSpec.MultipleChoice m -> choice(m, r);
            };
        } catch (MathSyntaxException e) {
            return Grade.unreadable(Message.of("grade.couldNotRead", e.said()));
        } catch (PackError e) {
            return Grade.undecided(Message.of("grade.packAnswerUnusable", e.said));
        }
    }

    /** The expected answer of the pack cannot be graded: the pack's fault, reported, never the student's. */
    static final class PackError extends RuntimeException {
        final transient Message said;

        PackError(Message said) {
            super(said.english(), null, false, false);
            this.said = said;
        }
    }

    /** The symbols the expected answer defines (R_1, v_0, μ), so the response reads R1, v0, mu the same way. */
    private static Parser.Context contextOf(AnswerSpec spec) {
        try {
            return switch (spec) {
                case AnswerSpec.Expression e -> Parser.Context.of(Exprs.variables(parseExpected(e.expected())));
                case AnswerSpec.Equation e -> Parser.Context.of(Exprs.variables(parseStatementExpected(e.expected())));
                case AnswerSpec.SolutionSet s -> Parser.Context.of(Exprs.variables(parseStatementExpected(s.expected())));
                case AnswerSpec.Numeric n -> Parser.Context.NONE;
                case AnswerSpec.Quantity q -> Parser.Context.NONE;
                case AnswerSpec.MultipleChoice m -> Parser.Context.NONE;
            };
        } catch (PackError e) {
            return Parser.Context.NONE;
        }
    }

    /**
     * Why this answer spec cannot be graded, for {@code validate}: a numeric answer that is no number, a set that is no
     * list of values, a quantity that cannot be read. Empty when the checker can use it.
     */
    public static Optional<Message> unusable(AnswerSpec spec) {
        try {
            switch (spec) {
                case AnswerSpec.Expression e -> {
                    Expr expected = parseExpected(e.expected());
                    if (e.form().isPresent() && e.form().get() == Form.SIMPLIFIED && !Forms.isSimplified(expected))
                        return Optional.of(Message.of("pack.answer.notSimplified", e.expected()));
                }
                case AnswerSpec.Equation e -> {
                    Statement st = parseStatementExpected(e.expected());
                    if (!(Statement.collapse(st) instanceof Statement.Equation) && SolutionSets.values(st).isEmpty())
                        return Optional.of(Message.of("pack.answer.notEquation"));
                }
                case AnswerSpec.SolutionSet s -> {
                    if (SolutionSets.values(parseStatementExpected(s.expected())).isEmpty())
                        return Optional.of(Message.of("pack.answer.notSet"));
                }
                case AnswerSpec.Numeric n -> expectedNumber(n);
                case AnswerSpec.Quantity q -> {
                    try {
                        Quantity.parse(q.expected());
                    } catch (MathSyntaxException e) {
                        return Optional.of(Message.of("pack.answer.notQuantity", e.said()));
                    }
                }
                case AnswerSpec.MultipleChoice m -> {
                }
            }
            return Optional.empty();
        } catch (PackError e) {
            return Optional.of(e.said);
        } catch (RuntimeException e) {
            return Optional.of(Message.of("pack.answer.unusable"));
        }
    }

    private static Statement parseStatementExpected(String text) {
        try {
            return Parser.parse(text, Parser.Context.DEFINING);
        } catch (MathSyntaxException e) {
            throw new PackError(Message.of("pack.answer.notMath", text, e.said()));
        }
    }

    /** Drops what is not the answer: surrounding spaces, a final full stop, "answer:" and "so"; the last step. */
    static String tidy(String response) {
        List<String> steps = steps(response);
        return steps.get(steps.size() - 1);
    }

    /**
     * The steps of a response, the answer last: "2x = 16 => x = 8", "(x + 5)(x - 1) = 0 so x = -5 or x = 1" (never empty;
     * an empty response is one empty step).
     */
    private static List<String> steps(String response) {
        // "(a)\nx = 4", "Q3. x = 4": worksheet numbering before the answer, as the reader drops it (grade16)
        String r = ItemLabels.droppedFromWork(response.strip()).strip();
        r = r.replaceFirst("(?i)^(answer|ans|so|therefore|thus|hence)\\s*[:,]?\\s+", "");
        r = r.replaceFirst("^∴\\s*", "");
        // "50 percent", "12.5 per cent": the % sign written as a word
        r = r.replaceAll("(?i)(\\d)\\s*(?:per\\s?cent)\\b", "$1%");
        if (r.endsWith(".") && !r.matches(".*\\d\\.$")) r = r.substring(0, r.length() - 1).strip();
        r = r.replace('≈', '='); // x ≈ 3.33: a rounding, judged as x = 3.33 is (as in the working)
        r = r.replaceFirst("^=(?![=>])\\s*(?=\\S)", ""); // "= 0.67", "≈ 0.67": the value the student's calculation came to
        if (r.endsWith(";")) r = r.substring(0, r.length() - 1).strip(); // "x = 3;": the end of a statement
        List<String> steps = java.util.Arrays.stream(StepChecker.CONNECTIVE.split(r)).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return steps.isEmpty() ? List.of(r) : steps;
    }

    private static Expr parseExpected(String text) {
        try {
            return Parser.parseExpression(text, Parser.Context.DEFINING);
        } catch (MathSyntaxException e) {
            throw new PackError(Message.of("pack.answer.notMath", text, e.said()));
        }
    }

    /** The expression a response gives: "x = 5" counts as 5 when a value is expected. */
    private static Expr responseExpression(String r, Parser.Context context) throws MathSyntaxException {
        Statement s = Parser.parse(r, context);
        return switch (s) {
            case Statement.Expression e -> e.expr();
            case Statement.Equation q when q.lhs() instanceof Expr.Var -> q.rhs();
            case Statement.Chain c when c.parts().get(0) instanceof Expr.Var -> c.parts().get(c.parts().size() - 1);
            // "3 × 4 = 12", "2(x + 3) = 2x + 6": a calculation ending in the answer; each of its links is judged as a
            // step ({@link AnswerSteps}), so a false one is never passed over (ans15)
            case Statement.Equation q when q.rhs() instanceof Expr.Var -> q.lhs();
            case Statement.Equation q -> q.rhs();
            case Statement.Chain c -> c.parts().get(c.parts().size() - 1);
            default -> throw new MathSyntaxException(Message.of("grade.oneExpression"), -1);
        };
    }

    private static Grade expression(AnswerSpec.Expression spec, String r) throws MathSyntaxException {
        Expr expected = parseExpected(spec.expected());
        Expr given = responseExpression(r, Parser.Context.of(Exprs.variables(expected)));
        Verdict v = Equivalence.of(expected, given);
        Optional<Grade> stray = strayVariables(Exprs.variables(expected), Exprs.variables(given));
        if (stray.isPresent() && v.outcome() != Verdict.Outcome.NOT_EQUIVALENT) return stray.get();
        if (v.outcome() == Verdict.Outcome.UNDECIDED) {
            return Grade.undecided(Message.of("grade.undecidedNote", v.note()));
        }
        if (!v.equivalent())
            return Grade.wrong(Grade.Test.EQUIVALENCE, Message.of("grade.notEqual"));
        if (spec.form().isPresent()) {
            Form f = spec.form().get();
            boolean ok = switch (f) {
                case EXPANDED -> Forms.isExpanded(given);
                case FACTORED -> Forms.isFactored(given);
                case SIMPLIFIED_FRACTION -> Forms.isSimplifiedFraction(given);
                case EXACT -> Forms.isExact(given);
                case SIMPLIFIED -> Forms.isSimplified(given);
            };
            if (!ok && f == Form.FACTORED && Forms.hasCommonNumberFactor(given)) {
                return Grade.partly(Grade.Test.FORM_FACTORED,
                        Message.of("grade.form.commonFactor"));
            }
            if (!ok) return Grade.partly(Grade.Test.form(f), formAdvice(f));
        }
        return Grade.right(Grade.Test.EQUIVALENCE, Message.of(
                v.outcome() == Verdict.Outcome.EQUIVALENT_WHERE_DEFINED ? "grade.correctWhereDefined" : "grade.correct"));
    }

    /**
     * A response that brings in letters the expected answer does not have is never right: a tiny term such as
     * {@code a b 10^-30} must not pass as rounding.
     */
    private static Optional<Grade> strayVariables(Set<String> expected, Set<String> given) {
        Set<String> extra = new TreeSet<>(given);
        extra.removeAll(expected);
        if (extra.isEmpty()) return Optional.empty();
        return Optional
                .of(Grade.wrong(Grade.Test.VARIABLES, Message.of("grade.strayLetters", String.join(", ", extra), extra.size())));
    }

    private static Message formAdvice(Form f) {
        return switch (f) {
            case EXPANDED -> Message.of("grade.form.expanded");
            case FACTORED -> Message.of("grade.form.factored");
            case SIMPLIFIED_FRACTION -> Message.of("grade.form.simplifiedFraction");
            case EXACT -> Message.of("grade.form.exact");
            case SIMPLIFIED -> Message.of("grade.form.simplified");
        };
    }

    private static Grade equation(AnswerSpec.Equation spec, String r) throws MathSyntaxException {
        Statement expected = Statement.collapse(parseStatementExpected(spec.expected()));
        Statement given = Statement.collapse(Parser.parse(r, Parser.Context.of(Exprs.variables(expected))));
        if (expected instanceof Statement.Equation eq && !(given instanceof Statement.Equation)
                && SolutionSets.values(expected).isEmpty()) {
            return Grade.wrong(Grade.Test.EQUATION, Message.of("grade.giveEquation", show(spec)));
        }
        if (expected instanceof Statement.Equation eq && given instanceof Statement.Equation gq) {
            Verdict v = Equations.sameSolutions(eq, gq);
            Optional<Grade> stray = strayVariables(Exprs.variables(eq), Exprs.variables(gq));
            if (stray.isPresent() && v.outcome() != Verdict.Outcome.NOT_EQUIVALENT) return stray.get();
            if (v.equivalent()) return Grade.right(Grade.Test.EQUATION, Message.of("grade.correct"));
            if (v.outcome() == Verdict.Outcome.UNDECIDED)
                return Grade.undecided(Message.of("grade.undecidedEquation"));
            return Grade.wrong(Grade.Test.EQUATION, Message.of("grade.notSameSolutions"));
        }
        return set(spec.expected(), r);
    }

    private static Grade set(String expectedText, String r) throws MathSyntaxException {
        Statement expected = parseStatementExpected(expectedText);
        Optional<String> pair = coordinates(r, byLetter(expected).keySet());
        Statement given = Parser.parse(pair.orElse(r), Parser.Context.of(Exprs.variables(expected)));
        Optional<List<Expr>> ev = SolutionSets.values(expected);
        Optional<List<Expr>> gv = SolutionSets.values(given);
        if (ev.isEmpty()) throw new PackError(Message.of("pack.answer.setNotValues", expectedText));
        if (gv.isEmpty()) return Grade.wrong(Grade.Test.SET, Message.of("grade.giveSolutions"));
        Set<String> ex = SolutionSets.namedVariables(expected);
        Set<String> gx = SolutionSets.namedVariables(given);
        if (!ex.isEmpty() && gx.containsAll(ex) && !ex.containsAll(gx) && !byLetter(given).containsKey("")) {
            // "x = 7, y = 3" where only x is asked: the x part is graded; right, the student is asked for x alone, as
            // the value of y cannot be checked here (grade22: it was "you gave values of y")
            Map<String, List<Expr>> got = byLetter(given);
            String only = String.join(", ", ex.stream()
                    .flatMap(v -> got.get(v).stream().map(e -> v + " = " + Printer.text(e))).toList());
            Grade asked = set(expectedText, only);
            return asked.correct()
                    ? Grade.partly(Grade.Test.SET_VARIABLE, Message.of("grade.onlyAsked", String.join(", ", ex), only))
                    : asked;
        }
        if (!ex.isEmpty() && !gx.isEmpty() && !ex.containsAll(gx)) {
            Set<String> wrongNames = new TreeSet<>(gx);
            wrongNames.removeAll(ex);
            return Grade.wrong(Grade.Test.SET_VARIABLE,
                    Message.of("grade.wrongLetter", String.join(", ", ex), String.join(", ", wrongNames)));
        }
        if (ex.size() >= 2) return pairs(expected, given, ex);
        SolutionSets.Comparison c = SolutionSets.compare(ev.get(), gv.get());
        if (c.same() || SolutionSets.roundedOnce(ev.get(), gv.get(), pair.orElse(r)))
            return Grade.right(Grade.Test.SET, Message.of("grade.correct"));
        // x = 3.8 for x = 15/4: the exact value rounded, but its decimal ends (3.75) and is written in full, as a
        // numeric answer's is (ADR 0020; grade19 saw it right in a set)
        if (ev.get().size() == 1 && SolutionSets.roundedSame(ev.get(), gv.get(), pair.orElse(r)))
            return Grade.wrong(Grade.Test.SET, Message.of("grade.writeInFull", Printer.text(gv.get().get(0)),
                    Printer.text(ev.get().get(0)),
                    SolutionSets.decimal(ev.get().get(0)).orElseThrow()));
        if (c.matched() > 0 && c.extra() == 0) {
            return Grade.partly(Grade.Test.SET,
                    Message.of("grade.someSolutions", c.matched(), c.expected(), c.expected() - c.matched()));
        }
        if (c.matched() > 0)
            return Grade.partly(Grade.Test.SET,
                    Message.of("grade.someValues", c.matched(), c.extra()));
        return Grade.wrong(Grade.Test.SET, Message.of("grade.noSolution"));
    }

    /**
     * The solution of a system ({@code x = 2, y = 3}): each letter must get its own value, so the right values under
     * swapped letters are wrong; some letters right is partly right.
     */
    private static Grade pairs(Statement expected, Statement given, Set<String> letters) {
        Map<String, List<Expr>> want = byLetter(expected), got = byLetter(given);
        if (got.containsKey(""))
            return Grade.wrong(Grade.Test.SET_VARIABLE,
                    Message.of("grade.valueWithLetter", String.join(", ", letters.stream().map(v -> v + " = …").toList())));
        List<String> right = new java.util.ArrayList<>(), wrong = new java.util.ArrayList<>();
        for (String v : letters) {
            List<Expr> g = got.getOrDefault(v, List.of());
            boolean ok = !g.isEmpty() && g.stream().allMatch(e -> want.get(v).stream()
                    .anyMatch(w -> Equivalence.of(w, e).equivalent()));
            (ok ? right : wrong).add(v);
        }
        if (wrong.isEmpty()) return Grade.right(Grade.Test.SET, Message.of("grade.correct"));
        boolean swapped = got.keySet().containsAll(letters) && SolutionSets.compare(
                want.values().stream().flatMap(List::stream).toList(),
                got.values().stream().flatMap(List::stream).toList()).same();
        if (swapped)
            return Grade.wrong(Grade.Test.SET, Message.of("grade.swapped"));
        if (!right.isEmpty())
            return Grade.partly(Grade.Test.SET,
                    Message.of(got.keySet().containsAll(letters) ? "grade.someLetters" : "grade.someLettersMissing",
                            String.join(", ", right), String.join(", ", wrong), wrong.size()));
        return Grade.wrong(Grade.Test.SET, Message.of("grade.noValueRight"));
    }

    /**
     * {@code (4, 1)} for the solution {@code x = 4, y = 1}: a coordinate pair gives the letters their values in
     * alphabetical order, as (x, y), (a, b) and (p, q) are written, whatever order the expected answer names them in (a
     * key written {@code y = 1, x = 4} must not make {@code (1, 4)} right). Empty when the response is no pair or the
     * answer has not exactly two letters.
     */
    static Optional<String> coordinates(String r, Set<String> expectedLetters) {
        if (expectedLetters.size() != 2 || expectedLetters.contains("")) return Optional.empty();
        var m = COORDINATES.matcher(r.strip());
        if (!m.matches()) return Optional.empty();
        var letters = new java.util.TreeSet<>(expectedLetters).iterator();
        return Optional.of(letters.next() + " = " + m.group(1).strip() + ", " + letters.next() + " = " + m.group(2).strip());
    }

    private static final java.util.regex.Pattern COORDINATES = java.util.regex.Pattern
            .compile("\\(\\s*([^(),=]+)\\s*,\\s*([^(),=]+)\\s*\\)");

    /** The values a list gives each letter ({@code x = 2, y = 3}); values without a letter under "". */
    static Map<String, List<Expr>> byLetter(Statement s) {
        Map<String, List<Expr>> out = new java.util.LinkedHashMap<>();
        List<Statement> parts = s instanceof Statement.Alternatives a ? a.options() : List.of(s);
        for (Statement part : parts) {
            Statement p = part instanceof Statement.Chain c ? c.asEquation() : part;
            String letter = "";
            Optional<List<Expr>> values = SolutionSets.values(p);
            if (p instanceof Statement.Equation q && SolutionSets.valueOf(q).isPresent()) {
                Set<String> named = SolutionSets.namedVariables(q);
                if (named.size() == 1) letter = named.iterator().next();
            }
            out.computeIfAbsent(letter, k -> new java.util.ArrayList<>()).addAll(values.orElse(List.of()));
        }
        return out;
    }

    private static Grade numeric(AnswerSpec.Numeric spec, String r) throws MathSyntaxException {
        Rational expected = expectedNumber(spec);
        boolean givenPercent = r.strip().endsWith("%");
        String typed = stripPercent(r.replaceFirst("^[a-zA-Z_]\\w*\\s*=\\s*", "").strip());
        Expr given = responseExpression(stripPercent(r), Parser.Context.NONE);
        if (!Exprs.variables(given).isEmpty())
            return Grade.wrong(Grade.Test.NUMERIC, Message.of("grade.numberNoLetters"));
        Optional<Rational> value = Exprs.exactValue(given);
        if (value.isEmpty()) {
            double d = Evaluator.eval(given, Map.of());
            if (!Double.isFinite(d)) return Grade.wrong(Grade.Test.NUMERIC, Message.of("grade.giveNumber"));
            value = Optional.of(Rational.of(new BigDecimal(d)));
        }
        boolean expectedPercent = spec.expected().strip().endsWith("%");
        if (givenPercent) value = Optional.of(value.get().divide(Rational.of(100)));
        else if (expectedPercent && closeTo(expected.multiply(Rational.of(100)), value.get(), spec, typed)) {
            value = Optional.of(value.get().divide(Rational.of(100))); // "15" for 15 %: the student means percent
        }
        if (!closeTo(expected, value.get(), spec, typed) && spec.decimals().isPresent()
                && Numbers.decimalPlaces(typed) > spec.decimals().get()) {
            int n = spec.decimals().get();
            BigDecimal e = expected.toBigDecimal(MathContext.DECIMAL128).setScale(n, RoundingMode.HALF_UP);
            if (value.get().toBigDecimal(MathContext.DECIMAL128).setScale(n, RoundingMode.HALF_UP).compareTo(e) == 0)
                return Grade.partly(Grade.Test.DECIMALS,
                        Message.of("grade.roundDecimals", n, e.toPlainString()));
        }
        // 0.67 for 2/3 where the pack sets no tolerance: the exact value rounded half up to the places written, to two
        // significant figures or more, as a set's answer x = 0.67 is taken (ADR 0020: it was wrong, while the rounding
        // rounded again, 0.455 = 0.46, was partly right)
        boolean roundable = spec.tolerance().amount().signum() == 0 && spec.sigFigs().isEmpty()
                && spec.decimals().isEmpty();
        if (roundable && !closeTo(expected, value.get(), spec, typed)) {
            // the exact value in the scale the number is written in, as 50% for 1/2 is right: 66.7% is judged against
            // 200/3, 0.67 for 200/3 % against 2/3 (grade20: a percent was left out of the rule)
            Expr exact = parseExpected(stripPercent(spec.expected()));
            Expr hundred = new Expr.Num(Rational.of(100), false);
            if (givenPercent && !expectedPercent) exact = new Expr.Mul(List.of(exact, hundred));
            // 66.7 for 200/3 %: the percent sign left off, as 15 for 15 % is taken above
            else if (!givenPercent && expectedPercent && !roundedOf(exact, given, typed)) exact = new Expr.Div(exact, hundred);
            int places = SolutionSets.placesOf(given, typed).orElse(0);
            String shown = expectedPercent ? Printer.text(parseExpected(stripPercent(spec.expected()))) + "%" : show(spec);
            if (roundedOf(exact, given, typed))
                return Grade.right(Grade.Test.NUMERIC, Message.of("grade.roundedRight",
                        Exprs.exactValue(given).map(v -> v.toBigDecimal(MathContext.DECIMAL128)).orElseThrow()
                                .setScale(places, RoundingMode.HALF_UP).toPlainString() + (givenPercent ? "%" : ""),
                        shown, places));
            if (roundedOf(new Expr.Neg(exact), given, typed)) return Grade.wrong(Grade.Test.NUMERIC, Message.of("grade.sign"));
            // 3.8 for 15/4: a rounding of a value whose decimal ends, which is written in full (ADR 0020); said so
            if (SolutionSets.roundedSame(List.of(exact), List.of(given), typed))
                return Grade.wrong(Grade.Test.NUMERIC, Message.of("grade.writeInFull", r.strip(), shown,
                        SolutionSets.decimal(exact).orElseThrow()));
        }
        if (!closeTo(expected, value.get(), spec, typed)) {
            if (!expected.isZero() && closeTo(expected.negate(), value.get(), spec, typed)) {
                return Grade.wrong(Grade.Test.NUMERIC, Message.of("grade.sign"));
            }
            // 28.26 for 9π: worked out with π as 3.14, so never the value; said so (ADR 0022, grade21)
            Optional<String> pi = PiApproximations.used(parseExpected(stripPercent(spec.expected())), given, typed);
            if (pi.isPresent()) return Grade.wrong(Grade.Test.NUMERIC, Message.of("grade.piApprox", r.strip(), pi.get()));
            return Grade.wrong(Grade.Test.NUMERIC, spec.tolerance().amount().signum() > 0
                    ? Message.of("grade.notExpectedWithin", r, spec.tolerance().toString())
                    : Message.of("grade.notExpected", r));
        }
        if (spec.sigFigs().isPresent()) {
            var sf = spec.sigFigs().get();
            if (!Numbers.hasSignificantFigures(typed, sf.count(), sf.exactly())) {
                return Grade.partly(Grade.Test.SIGFIGS,
                        Message.of(sf.exactly() ? "grade.sigFigs" : "grade.sigFigsAtLeast", String.valueOf(sf.count())));
            }
        }
        if (spec.decimals().isPresent() && Numbers.decimalPlaces(typed) != spec.decimals().get()) {
            int n = spec.decimals().get();
            return Grade.partly(Grade.Test.DECIMALS,
                    Message.of("grade.giveDecimals", n,
                            expected.toBigDecimal(MathContext.DECIMAL128).setScale(n, RoundingMode.HALF_UP).toPlainString()));
        }
        return Grade.right(Grade.Test.NUMERIC, Message.of("grade.correct"));
    }

    /** Whether the decimal given is the exact value, whose decimal never ends, rounded to the places typed (ADR 0020). */
    private static boolean roundedOf(Expr exact, Expr given, String typed) {
        return SolutionSets.roundedOnce(List.of(exact), List.of(given), typed);
    }

    /**
     * The expected number, exact where the pack writes it exactly (0.25, 1/3, 15%) and otherwise its value to double
     * precision (pi, sqrt(3)), compared with the spec's tolerance.
     */
    private static Rational expectedNumber(AnswerSpec.Numeric spec) {
        boolean percent = spec.expected().strip().endsWith("%");
        Expr e = parseExpected(stripPercent(spec.expected()));
        if (!Exprs.variables(e).isEmpty())
            throw new PackError(Message.of("pack.answer.lettersInNumber", spec.expected(),
                    String.join(", ", Exprs.variables(e))));
        Rational value = Exprs.exactValue(e).orElseGet(() -> {
            double d = Evaluator.eval(e, Map.of());
            if (!Double.isFinite(d))
                throw new PackError(Message.of("pack.answer.notFinite", spec.expected()));
            return Rational.of(new BigDecimal(d));
        });
        return percent ? value.divide(Rational.of(100)) : value;
    }

    private static String stripPercent(String s) {
        String t = s.strip();
        return t.endsWith("%") ? t.substring(0, t.length() - 1).strip() : s;
    }

    /**
     * Within the spec's tolerance; where the spec asks for significant figures, a value that is the expected one
     * rounded to the figures the student typed also counts (3.8 for 3.75 to 2 s.f.). Trailing zeros of a whole number
     * are ambiguous (1200 has 2 to 4 figures): where the required count is among them, the value is judged at that count
     * (1200 for 1234 to 2 s.f.). "At least n" judges the first n figures (0.144 for 0.142857… to at least 2 s.f.).
     */
    private static boolean closeTo(Rational expected, Rational value, AnswerSpec.Numeric spec, String typed) {
        if (Numbers.within(expected, value, spec.tolerance().relative(), spec.tolerance().amount())) return true;
        if (spec.decimals().isPresent()) { // the expected value rounded to the places asked for: 0.00 for 0.001 to 2 d.p.
            int n = spec.decimals().get();
            MathContext mc = MathContext.DECIMAL128;
            if (expected.toBigDecimal(mc).setScale(n, RoundingMode.HALF_UP).compareTo(value.toBigDecimal(mc)) == 0) return true;
        }
        if (spec.sigFigs().isEmpty()) return false;
        return roundsTo(expected.toBigDecimal(MathContext.DECIMAL128),
                value.toBigDecimal(MathContext.DECIMAL128), spec.sigFigs().get(), typed);
    }

    /** Whether the typed value is the expected one rounded to figures the sig-fig rule and the typed number allow. */
    private static boolean roundsTo(BigDecimal expected, BigDecimal value, AnswerSpec.SigFigs rule,
            String typed) {
        int[] figures = Numbers.significantFigures(typed);
        if (figures[1] < 1) return false;
        int n = rule.count();
        if (n >= 1 && (rule.exactly() ? figures[0] <= n && n <= figures[1] : figures[1] >= n))
            return sameRounded(expected, value, n);
        for (int k = figures[0]; k <= figures[1]; k++) {
            if (k >= 1 && sameRounded(expected, value, k)) return true;
        }
        return false;
    }

    private static boolean sameRounded(BigDecimal expected, BigDecimal value, int figures) {
        MathContext mc = new MathContext(figures);
        return expected.round(mc).compareTo(value.round(mc)) == 0;
    }

    /**
     * A quantity that is the expected one, in the student's unit, rounded to the figures asked for (1.2 km for 1234 m
     * to 2 s.f.), which a relative tolerance alone would reject.
     */
    private static boolean roundedQuantity(AnswerSpec.Quantity spec, Quantity expected, Quantity given) {
        if (spec.sigFigs().isEmpty() || !given.hasUnit() || !expected.unit().sameDimension(given.unit())) return false;
        double inGivenUnit = given.unit().fromSi(expected.si());
        if (Double.isNaN(inGivenUnit) || Double.isInfinite(inGivenUnit) || Double.isNaN(given.value())
                || Double.isInfinite(given.value()))
            return false;
        // 12 figures drop the binary noise of the unit conversion (3.75 m as 375.00000000000006 cm)
        BigDecimal e = new BigDecimal(inGivenUnit).round(new MathContext(12));
        BigDecimal v = new BigDecimal(given.value()).round(new MathContext(12));
        return roundsTo(e, v, spec.sigFigs().get(), given.numberText());
    }

    private static Grade quantity(AnswerSpec.Quantity spec, String typed) throws MathSyntaxException {
        String r = StudentWriting.groupedDigits(typed); // 5 600 000 Pa (grade24)
        // "a = 30/20 = 1.5 m/s^2", "20/5 = 4 m/s^2": the last link is the answer, as in maths (review20 found the chain
        // refused as a unit with '/' or '=' in it); a link before it that is a number and not the answer's is a false step
        Optional<List<String>> links = chainedLinks(r);
        if (links.isPresent()) {
            String answer = links.get().get(links.get().size() - 1);
            Grade last = quantity(spec, answer);
            if (!last.correct()) return last;
            Quantity given = givenQuantity(answer, Quantity.parse(spec.expected()));
            for (String link : links.get().subList(0, links.get().size() - 1))
                if (falseLink(link, given))
                    return Grade.partly(last.test(), Message.of("grade.falseStep", link + " = " + answer));
            return last;
        }
        Quantity expected = Quantity.parse(spec.expected());
        Quantity given = givenQuantity(r, expected);
        AnswerSpec.Tolerance tolerance = spec.toleranceOrDefault();
        double rel = tolerance.relative() ? tolerance.amount().doubleValue() : 0;
        double abs = tolerance.relative() ? 0 : tolerance.amount().doubleValue();
        Quantity.Match match = Quantity.compare(expected, given, rel, abs);
        boolean byTolerance = match == Quantity.Match.EQUAL;
        if ((match == Quantity.Match.WRONG_VALUE || match == Quantity.Match.CONVERSION_SLIP
                || match == Quantity.Match.FACTOR_SLIP)
                && roundedQuantity(spec, expected, given))
            match = Quantity.Match.EQUAL;
        if (match == Quantity.Match.WRONG_VALUE && roundedOutsideTheDefault(spec, expected, given))
            match = Quantity.Match.EQUAL;
        return switch (match) {
            case EQUAL -> {
                Optional<Message> lastDigit = byTolerance && spec.tolerance().isEmpty()
                        ? wrongLastDigit(expected, given, r)
                        : Optional.empty();
                if (lastDigit.isPresent()) yield Grade.wrong(Grade.Test.QUANTITY, lastDigit.get());
                if (spec.sigFigs().isPresent() && !Numbers.hasSignificantFigures(given.numberText(), spec.sigFigs().get().count(),
                        spec.sigFigs().get().exactly())) {
                    yield Grade.partly(Grade.Test.SIGFIGS,
                            Message.of("grade.sigFigs", String.valueOf(spec.sigFigs().get().count())));
                }
                if (spec.strictUnit() && !sameUnit(expected.unit(), given.unit())) {
                    yield Grade.partly(Grade.Test.UNIT_STRICT, Message.of("grade.unitStrict", expected.unit().symbol()));
                }
                yield Grade.right(Grade.Test.QUANTITY, Message.of("grade.correct"));
            }
            case MISSING_UNIT -> Grade.partly(Grade.Test.UNIT_MISSING,
                    Message.of("grade.unitMissing", expected.unit().dimension()));
            case WRONG_DIMENSION ->
                Grade.wrong(Grade.Test.UNIT_DIMENSION, Message.of("grade.unitDimension", expected.unit().dimension(),
                        given.unit().symbol(), given.unit().dimension()));
            // neither says the expected value in the student's unit: that would give the answer away
            case CONVERSION_SLIP -> Grade.partly(Grade.Test.UNIT_CONVERSION,
                    Message.of("grade.unitConversion", expected.unit().symbol(), given.unit().symbol()));
            case FACTOR_SLIP -> Grade.wrong(Grade.Test.UNIT_CONVERSION, Message.of("grade.unitConversionFactor", r));
            case WRONG_VALUE -> {
                boolean sign = signOnly(expected, r, rel, abs);
                // -1.72 A for 1.714 A: the size's last digit is wrong too, which the sign alone would hide (ADR 0024)
                Optional<Message> sizeDigit = sign && spec.tolerance().isEmpty()
                        ? wrongLastDigit(negated(expected), given, r)
                        : Optional.empty();
                if (!sign && wrongInItsFigures(spec, expected, given))
                    yield Grade.wrong(Grade.Test.QUANTITY, Message.of("grade.lastFigure", r.strip(),
                            new BigDecimal(given.numberText().strip().replace('−', '-')).precision()));
                yield Grade.wrong(Grade.Test.QUANTITY,
                        sizeDigit.orElseGet(() -> Message.of(sign ? "grade.signOnly" : "grade.notExpected", r)));
            }
        };
    }

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Set<String> WITH_G = Set.of("math.dimension.force", "math.dimension.energy",
            "math.dimension.pressure");

    /**
     * Within the default 1 % (no tolerance of the teacher's), a decimal that is no rounding of the expected value is a
     * wrong last digit, as the working's rule has it (grade22): 1.72 A for 12/7 A = 1.714… A. The pack's answer may
     * itself be rounded (1.7143 A, 1.71 A): a value that some value rounding to it rounds to is a rounding (1.714, 1.7,
     * 1700 mA); a weight, energy or pressure worked with the other of 9.8 and 9.81 for g is the same g rounded (ADR 0021).
     * Empty where the number is a rounding, or not a plain decimal as written (12/7 A, 1.2e3 A) (round23).
     */
    private static Optional<Message> wrongLastDigit(Quantity expected, Quantity given, String typed) {
        String written = given.numberText().strip().replace('−', '-');
        String pack = expected.numberText().strip().replace('−', '-');
        if (!PLAIN_NUMBER.matcher(written).matches() || expected.value() == 0 || expected.unit().offset() != 0
                || given.unit().offset() != 0)
            return Optional.empty();
        double center = given.unit().fromSi(expected.si());
        if (!Double.isFinite(center)) return Optional.empty();
        // the pack's last written digit in the student's unit: 0 where the pack writes an exact form (12/7 A)
        double packHalf = PLAIN_NUMBER.matcher(pack).matches()
                ? Math.abs(halfOfLastDigit(new BigDecimal(pack)) * center / expected.value())
                : 0;
        BigDecimal number = new BigDecimal(written);
        double value = number.doubleValue(), half = halfOfLastDigit(number);
        List<Double> centers = WITH_G.contains(expected.unit().dimension().key())
                ? List.of(center, center * 9.8 / 9.81, center * 9.81 / 9.8)
                : List.of(center);
        for (double c : centers) {
            // 1.0 A for 0.991 A is within 1 % and 0.991 to one place, but its two figures are 0.99 (grade25)
            if (number.scale() > 0 && Numbers.wrongOnlyInItsFigures(new BigDecimal(c).round(new MathContext(12)), number))
                continue;
            double eps = 1e-9 * Math.max(Math.abs(c), 1e-300);
            double lo = Math.max(c - packHalf, value - half), hi = Math.min(c + packHalf, value + half);
            if (packHalf == 0 ? lo <= hi + eps : lo < hi - eps) return Optional.empty();
        }
        int places = Math.max(0, number.scale());
        if (Numbers.wrongOnlyInItsFigures(new BigDecimal(center).round(new MathContext(12)), number))
            return Optional.of(Message.of("grade.lastFigure", typed.strip(), number.precision()));
        return Optional.of(Message.of("grade.lastDigit", typed.strip(), places));
    }

    /** Half a unit of a number's last written digit: 0.005 for 1.71, 0.5 for 17, 50 for 1700 (its zeros may be no digits). */
    private static double halfOfLastDigit(BigDecimal n) {
        int scale = n.scale() > 0 ? n.scale() : n.stripTrailingZeros().scale();
        return 0.5 * Math.pow(10, -scale);
    }

    /** The links of a chained quantity after its name ("30/20", "1.5 m/s^2" for "a = 30/20 = 1.5 m/s^2"); else empty. */
    private static Optional<List<String>> chainedLinks(String r) {
        String text = r.replaceFirst("^[a-zA-Z_]\\w*\\s*=\\s*", "");
        if (!text.contains("=")) return Optional.empty();
        List<String> links = java.util.Arrays.stream(text.split("=", -1)).map(String::strip).toList();
        return links.stream().anyMatch(String::isEmpty) ? Optional.empty() : Optional.of(links);
    }

    /**
     * Whether a link before the answer is a plain number (30/20, 3 x 4) that is neither the answer's number nor its value
     * in SI units, to the answer's last written digit. A link with letters or units in it is not judged.
     */
    private static boolean falseLink(String link, Quantity given) {
        Optional<Rational> value;
        BigDecimal written;
        try {
            value = Exprs.exactValue(Parser.parseExpression(PhysicsSteps.timesBeforeNumbers(link)));
            written = new BigDecimal(given.numberText().strip());
        } catch (MathSyntaxException | RuntimeException e) {
            return false;
        }
        if (value.isEmpty()) return false;
        double v = value.get().toDouble();
        double half = 0.5 * Math.pow(10, -written.stripTrailingZeros().scale());
        return Math.abs(v - given.value()) > half + 1e-9 * Math.abs(v)
                && Math.abs(v - given.si()) > 1e-6 * Math.max(1, Math.abs(v));
    }

    /**
     * -4 m/s² where 4 m/s² is expected: the size is right and only the sign is not (grade14: a deceleration, which is a
     * size, given as the negative acceleration). Still wrong; the message says what is wrong.
     */
    /**
     * The box's verdict where the working is in view (ADR 0024): a value whose last digit is wrong by the box's rule
     * ({@code 16.66 m/s} for 16.667 m/s) that the working's last line gives as carried rounding the mark scheme takes
     * (answers which round to the true value at 3 significant figures, {@code v = 8.33 × 2 = 16.66 m/s}) is right in the
     * box too, with the working's note; any other verdict is kept. The box alone cannot see carried rounding.
     */
    public static Grade followingWork(Grade box, String typed, LineCheck.Report work) {
        if (box.correct() || !box.said().key().equals("grade.lastDigit") || !work.finalAnswerCorrect().orElse(false))
            return box;
        Optional<LineCheck> carried = work.lines().stream().filter(l -> l.said().key().equals("line.carriedRounding"))
                .reduce((a, b) -> b);
        if (carried.isEmpty() || !sameValueWritten(typed, carried.get().text())) return box;
        return Grade.right(Grade.Test.QUANTITY, Message.of("grade.carriedRounding", typed.strip()));
    }

    /** Whether the box's answer is the last value of a working line as written: "16.66 m/s" and "v = … = 16.66 m/s". */
    private static boolean sameValueWritten(String typed, String line) {
        String last = line.substring(line.lastIndexOf('=') + 1);
        String answer = typed.substring(typed.lastIndexOf('=') + 1);
        return !answer.isBlank() && answer.replaceAll("\\s+", "").equals(last.replaceAll("\\s+", ""));
    }

    /**
     * ADR 0024: where the teacher set no tolerance and no s.f. rule, the expected value rounded half up to the places
     * written, two significant figures or more, is right as a number's rounding is (ADR 0020), also outside the default
     * 1 % ({@code 2.3 m/s²} for 2.3333 m/s², {@code 0.047 A} for 0.046512 A), by {@link Numbers#isRounding}, as the
     * working judges it: {@code 1.0 A} for 0.952 A is no rounding (its two figures are 0.95). The pack's value is taken as
     * exact here (a pack's {@code 30 N} does not make 33 N a rounding of it).
     */
    private static boolean roundedOutsideTheDefault(AnswerSpec.Quantity spec, Quantity expected, Quantity given) {
        Optional<BigDecimal> exact = exactAsWritten(spec, expected, given);
        if (exact.isEmpty()) return false;
        BigDecimal number = new BigDecimal(given.numberText().strip().replace('−', '-'));
        int figures = number.scale() > 0 ? number.precision() : number.stripTrailingZeros().precision(); // 0.10: two
        // the working's rule, the same function (grade25: 1.0 A for 0.952 A was right here and wrong in the working)
        return figures >= 2 && Numbers.isRounding(exact.get(), number);
    }

    /**
     * 1.0 A for 0.952 A (no tolerance of the teacher's): the value to the places written, which shows a figure more than
     * it has, so it is said as the figures' mistake (grade25), not as a value that is not the answer.
     */
    private static boolean wrongInItsFigures(AnswerSpec.Quantity spec, Quantity expected, Quantity given) {
        Optional<BigDecimal> exact = exactAsWritten(spec, expected, given);
        return exact.isPresent()
                && Numbers.wrongOnlyInItsFigures(exact.get(), new BigDecimal(given.numberText().strip().replace('−', '-')));
    }

    /** The expected value in the student's unit, where the teacher set no rule and the student wrote a plain decimal. */
    private static Optional<BigDecimal> exactAsWritten(AnswerSpec.Quantity spec, Quantity expected, Quantity given) {
        if (spec.tolerance().isPresent() || spec.sigFigs().isPresent() || !given.hasUnit()
                || !expected.unit().sameDimension(given.unit()) || expected.unit().offset() != 0 || given.unit().offset() != 0
                || !PLAIN_NUMBER.matcher(given.numberText().strip().replace('−', '-')).matches())
            return Optional.empty();
        double center = given.unit().fromSi(expected.si());
        return Double.isFinite(center) ? Optional.of(new BigDecimal(center).round(new MathContext(12))) : Optional.empty();
    }

    /** The expected quantity with the other sign, as the pack would write it. */
    private static Quantity negated(Quantity q) {
        String t = q.numberText().strip();
        String flipped = t.startsWith("-") || t.startsWith("−") ? t.substring(1) : "-" + t;
        return new Quantity(-q.value(), flipped, q.unit());
    }

    private static boolean signOnly(Quantity expected, String r, double rel, double abs) {
        String number = r.replaceFirst("^[a-zA-Z_]\\w*\\s*=\\s*", "").strip();
        String flipped = number.startsWith("-") || number.startsWith("−") ? number.substring(1) : "-" + number;
        try {
            return expected.value() != 0
                    && Quantity.compare(expected, givenQuantity(flipped, expected), rel, abs) == Quantity.Match.EQUAL;
        } catch (MathSyntaxException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The quantity a response gives. "4.17 ms^-1", "ms-1", "ms⁻¹" (and ms^-2) are metres per second (squared) as students
     * and school books write m s^-1, unless the answer is itself per millisecond: read by the dimension the answer asks
     * for (grade19: a speed written so was "a frequency (Hz)"; 5 ms^-1 for 5000 Hz stays per millisecond).
     */
    private static Quantity givenQuantity(String response, Quantity expected) throws MathSyntaxException {
        String text = response.replaceFirst("^[a-zA-Z_]\\w*\\s*=\\s*", "");
        Quantity given = Quantity.parse(text);
        Matcher m = METRES_PER_SECOND.matcher(text);
        if (expected.unit().sameDimension(given.unit()) || !m.find()) return given;
        String power = m.group(1).equals("¹") ? "1" : m.group(1).equals("²") ? "2" : m.group(1);
        return Quantity.parse(text.substring(0, m.start()) + "m s^-" + power + text.substring(m.end()));
    }

    private static final Pattern METRES_PER_SECOND = Pattern
            .compile("(?<=\\d\\s?)ms\\s?(?:\\^\\s?)?(?:-|−|⁻)\\s?([12¹²])\\s*$");

    /** The same unit, however written (m/s² and m s^-2; km and kilometres), not only the same dimension. */
    private static boolean sameUnit(Unit a, Unit b) {
        return a.sameDimension(b) && Math.abs(a.factor() - b.factor()) <= 1e-9 * Math.abs(a.factor()) && a.offset() == b.offset();
    }

    private static Grade choice(AnswerSpec.MultipleChoice spec, String r) {
        int picked = -1;
        String t = r.strip();
        if (t.matches("\\d{1,9}")) picked = Integer.parseInt(t) - 1; // longer numbers are no choice's number
        else if (t.matches("(?i)[a-z]\\)?")) picked = Character.toLowerCase(t.charAt(0)) - 'a';
        else {
            for (int i = 0; i < spec.choices().size(); i++) {
                if (spec.choices().get(i).strip().toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT))) picked = i;
            }
        }
        if (picked < 0 || picked >= spec.choices().size())
            return Grade.unreadable(Message.of("grade.pickChoice"));
        return picked == spec.correctIndex()
                ? Grade.right(Grade.Test.CHOICE, Message.of("grade.correct"))
                : Grade.wrong(Grade.Test.CHOICE, Message.of("grade.notThisOne"));
    }

    /** The expected answer as the student would see it printed. */
    public static String show(AnswerSpec spec) {
        try {
            return Printer.text(Parser.parse(spec.expected()));
        } catch (MathSyntaxException e) {
            return spec.expected();
        }
    }
}
