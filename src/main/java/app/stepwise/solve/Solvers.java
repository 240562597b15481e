package app.stepwise.solve;

import app.stepwise.grade.AskedRounding;
import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.Problem;
import app.stepwise.lesson.Task;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Quantity;
import app.stepwise.math.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** All problem families, and verified solving: a solver never hands out a step the math engine has not checked. */
public final class Solvers {
    private static final Map<String, Family> FAMILIES = new LinkedHashMap<>();

    static {
        List<Family> all = new ArrayList<>();
        all.addAll(ArithmeticFamilies.all());
        all.addAll(LinearFamilies.all());
        all.addAll(AlgebraFamilies.all());
        all.addAll(QuadraticFamilies.all());
        all.addAll(SystemFamilies.all());
        all.addAll(PhysicsFamilies.all());
        for (Family f : all) FAMILIES.put(f.name(), f);
    }

    private Solvers() {}

    public static List<Family> families() {
        return List.copyOf(FAMILIES.values());
    }

    public static Optional<Family> family(String name) {
        return Optional.ofNullable(FAMILIES.get(name));
    }

    /** Thrown when a solution fails verification: the family has a bug, or the parameters are outside it. */
    public static final class UnverifiedException extends RuntimeException {
        UnverifiedException(String message) {
            super(message);
        }
    }

    /** The verified worked solution for these parameters. */
    public static Worked solve(Family family, Map<String, String> params, int wording) {
        Worked w = family.solve(params, wording);
        List<String> problems = Verifier.check(w);
        if (!problems.isEmpty()) throw new UnverifiedException(family.name() + " " + params + ": " + String.join("; ", problems));
        // a typed-in problem's numbers as a teacher writes them (60 km/h, not 60.0 km/h; typed21), also when solved again
        return params.containsKey(PhysicsFamilies.TYPED_IN) ? TeacherNumbers.of(w) : w;
    }

    /** A fresh verified problem of the family; parameters that do not give a valid problem are redrawn. */
    public static Worked generate(Family family, SplittableRandom random, int wording) {
        IllegalArgumentException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            Map<String, String> params = family.sample(random);
            try {
                return solve(family, params, wording);
            } catch (IllegalArgumentException e) {
                last = e; // e.g. a pull too weak to overcome friction: draw again
            } catch (UnverifiedException e) {
                // an answer asked in another unit whose last rounding the grading module reads as a slip: draw again
                // (every other unverified solution is a solver bug, and stops the corpus)
                if (!params.containsKey(PhysicsFamilies.UNIT_ASKED)) throw e;
                last = new IllegalArgumentException(e.getMessage(), e);
            }
        }
        throw new IllegalStateException(family.name() + " could not draw a valid problem", last);
    }

    /** Comma thousands as plain numbers (1,200 is 1200; 1,5 or 0,500, a decimal comma somewhere, leaves the text as it is). */
    public static String commaThousands(String text) {
        return PhysicsReader.thousands(text, true);
    }

    /**
     * The numbers of a physics text as the reader takes them: thousands written with commas (12,000 N, 1,200 kg) as one
     * number, where they can be nothing else: groups of exactly three digits, a first group that is not 0, a unit or
     * money sign with them, and no decimal comma anywhere in the text (2,5 kg), whose writer would mean 2.500 by 2,500
     * (session 12); and a duration in two units as one (phys13: "2 hours 30 minutes" is 150 minutes, "1 min 20 s" 80 s),
     * or in words ("half an hour"); a whole number in words before its unit as digits ("four seconds"), and a quantity's
     * name misspelt by one letter spelt right (read14).
     */
    public static String physicsNumbers(String text) {
        return PhysicsReader.durations(PhysicsReader.thousands(PhysicsReader.numberWords(PhysicsReader.spelling(text))));
    }

    /**
     * What follows "feet" (or "foot") where it is a length, not what something stands on: "four feet high", "six feet up
     * the wall" (reader25: "stands on four feet" is a count of feet).
     */
    public static final String FEET_AS_A_LENGTH = PhysicsReader.FEET_AS_A_LENGTH;

    /** Whether the text names more than two resistors, a circuit no family's formulas take (read17). */
    public static boolean moreThanTwoResistors(String text) {
        return PhysicsReader.moreThanTwoResistors(text);
    }

    /**
     * A physics text without a teacher's asides (exam labels and marks, hints, unit facts, a count of people, a price); empty
     * where a hint states a quantity other than g (see {@link TeacherAsides}).
     */
    public static Optional<String> withoutTeacherAsides(String text) {
        return TeacherAsides.dropped(text);
    }

    /** A physics problem in free text, when it states the givens and the unknown of a one-formula family. */

    public static Optional<Worked> physicsFromText(String text) {
        Optional<Worked> read = PhysicsReader.read(text, families());
        return (read.isPresent() ? read : PhysicsFamilies.fromText(text, families()))
                .filter(w -> !PhysicsReader.tripThatTurnsBack(text, w)).map(w -> inUnitAsked(text, w));
    }

    /**
     * The reading's solution ending in the unit the text asks for ("… her average speed in km/h?"), with the conversion
     * from SI as its last step; the reading as it is where the text asks for none, for the family's own unit, or for a
     * unit of another kind than the unknown's.
     */
    /** The parameter of a reading's solution that names the unit its answer is asked in (km/h). */
    public static final String UNIT_ASKED = PhysicsFamilies.UNIT_ASKED;

    /** The parameter that marks a problem as typed in by a student (its numbers are then written as a teacher writes them). */
    public static final String TYPED_IN = PhysicsFamilies.TYPED_IN;

    /** The unit a physics question asks its answer in, as written ("km/h"); empty where it names none. */
    public static Optional<String> unitAsked(String text) {
        return PhysicsReader.unitAsked(text);
    }

    public static Worked inUnitAsked(String text, Worked w) {
        Optional<String> unit = PhysicsReader.unitAsked(text).or(() -> unitImplied(w));
        return TeacherNumbers.of(unit.isEmpty() ? w : inUnit(unit.get(), w));
    }

    /**
     * The unit the problem's own givens imply where the text asks for none (120 km in 2 hours: km/h; typed20), so that
     * its solution is worked in them as a student works it; empty where they imply none, or SI.
     */
    private static Optional<String> unitImplied(Worked w) {
        return w.task() == Task.PHYSICS && !w.params().isEmpty()
                && family(w.family()).orElse(null) instanceof PhysicsFamilies.Formula f
                && !(f instanceof PhysicsFamilies.Friction)
                        ? f.unitImplied(w.params())
                        : Optional.empty();
    }

    /** The solution ending in this unit, where it is another unit of the unknown's kind than the family answers in. */
    private static Worked inUnit(String unit, Worked w) {
        Optional<Family> fam = family(w.family());
        if (w.task() != Task.PHYSICS || w.params().isEmpty() || fam.isEmpty()
                || !(fam.get() instanceof PhysicsFamilies.Formula f))
            return w;
        // two formulas, or friction's three steps: worked in SI as before, the answer converted as a last step (units11;
        // solving the chain's second family again would drop the first one's steps). Also where the parameters already
        // name the unit (a typed-in problem's pack solved again, fix11): these solvers answer in SI whatever they name,
        // and convertedLast leaves an answer already in the unit asked as it is.
        if (f instanceof PhysicsFamilies.Friction || w.params().containsKey(PhysicsChains.CHAIN)) return convertedLast(unit, w);
        if (w.params().containsKey(PhysicsFamilies.UNIT_ASKED)) return w;
        Map<String, String> params = new LinkedHashMap<>(w.params());
        params.put(PhysicsFamilies.UNIT_ASKED, unit);
        try {
            return solve(f, params, w.wording());
        } catch (IllegalArgumentException | UnverifiedException e) {
            return w; // asked in a unit of another kind ("in 20 s" read as a unit), or the same unit
        }
    }

    /**
     * The solution with the answer converted to this unit as its last step ({@code F = 3000 N = 3.00 kN}), where it is
     * another unit of the answer's kind (no offset); the solution as it is otherwise, or where the result fails
     * verification.
     */
    private static Worked convertedLast(String unit, Worked w) {
        try {
            Unit asked = app.stepwise.math.Units.parse(unit);
            Quantity answer = Quantity.parse(w.answer());
            Unit own = answer.unit();
            if (!answer.hasUnit() || !asked.sameDimension(own) || asked.offset() != 0 || own.offset() != 0
                    || Math.abs(asked.factor() - own.factor()) <= 1e-12 * own.factor() || !Double.isFinite(w.checkValue()))
                return w;
            String converted = NumberWriting.sig(java.math.BigDecimal.valueOf(asked.fromSi(w.checkValue()))
                    .round(new java.math.MathContext(3, java.math.RoundingMode.HALF_UP)).doubleValue()) + " " + asked.symbol();
            List<Step> steps = new ArrayList<>(w.steps());
            // the SI value to 4 figures, so the line agrees with itself (as the one-formula families write it)
            steps.add(new Step(app.stepwise.text.Message.of("step.physics.convertAnswer", asked.symbol()),
                    w.start() + " = " + NumberWriting.upTo(own.fromSi(w.checkValue()), 4) + " " + own.symbol() + " = "
                            + converted,
                    "convert-units"));
            Map<String, String> params = new LinkedHashMap<>(w.params());
            params.put(PhysicsFamilies.UNIT_ASKED, unit);
            Worked out = new Worked(w.family(), w.statement(), w.task(), w.start(), w.givens(), steps, converted,
                    w.answerKind(), w.skills(), params, w.wording(), w.checkValue());
            return Verifier.check(out).isEmpty() ? out : w;
        } catch (MathSyntaxException | RuntimeException e) {
            return w;
        }
    }

    /**
     * Whether the text states one of the reading's givens as the very quantity the reading solves for ("a total resistance
     * of 25 Ω" read as a given R₂ while solving for the total): then the reading is of a different problem.
     */
    public static boolean statesTheUnknownAsAGiven(String text, Worked w) {
        return PhysicsReader.statesTheUnknownAsAGiven(text, w);
    }

    /** Whether the text names more than two resistors, which no family's formulas take (a reading of two would misread it). */
    public static boolean namesMoreThanTwoResistors(String text) {
        return PhysicsReader.moreThanTwoResistors(text);
    }

    /**
     * A physics problem given as its family, unknown and givens (symbol, value with unit), as a reading names them: the
     * verified solution of every case of the family for exactly that unknown and those givens, each given's unit of the
     * dimension of its quantity. A reading names no connection, so two resistors give a series and a parallel total; a
     * given g is the problem's own g.
     */
    public static List<Worked> physicsFromGivensEveryCase(String family, String unknown, List<Problem.Given> givens) {
        return PhysicsReader.everyCaseFromGivens(family, unknown, givens);
    }

    /** The verified solution of a pack problem that names a solver; empty when it names none or the family is unknown. */
    public static Optional<Worked> forProblem(Problem problem) {
        if (problem.solver().isEmpty()) return Optional.empty();
        Optional<Family> f = family(problem.solver().get().family());
        if (f.isEmpty()) return Optional.empty();
        Map<String, String> params = new LinkedHashMap<>(problem.solver().get().params());
        if (!params.containsKey("equation") && problem.work().isPresent() && problem.work().get().task() == Task.SOLVE
                && f.get() instanceof LinearFamilies.Linear) {
            params.put("equation", problem.work().get().start());
        }
        // a rounding the typed-in question asked (read22): no parameter of the family's, said again after solving
        Optional<AskedRounding> rounding = RoundedAsAsked.kept(params);
        params.remove(RoundedAsAsked.PARAM);
        Worked w = solve(f.get(), params, 0);
        // a pack's answer in another unit than SI's (180 km, 200 kJ): the solution ends in it, as the hints then do
        if (problem.answer() instanceof AnswerSpec.Quantity q) {
            try {
                Unit asked = Quantity.parse(q.expected()).unit();
                if (asked.offset() == 0 && Math.abs(asked.factor() - 1) > 1e-12) w = inUnit(asked.symbol(), w);
            } catch (MathSyntaxException e) {
                // the pack's answer is checked where the pack is read
            }
        }
        // a typed-in problem's solution shown again reads as it did when it was read (60 km/h, 2.2 N: typed21)
        if (params.containsKey(PhysicsFamilies.TYPED_IN)) w = TeacherNumbers.of(w);
        Worked solved = toFiguresAsked(w, problem.answer());
        return Optional.of(rounding.flatMap(r -> RoundedAsAsked.ofQuantity(r, solved)).orElse(solved));
    }

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(-?\\d+(?:\\.\\d+)?)(\\s.*)?$");

    /**
     * The answer written to the significant figures the problem asks for (8.8 V where the pack wants 2 s.f.; the
     * solvers' own results have 3): the solution shown then ends with an answer the problem accepts, and the value
     * is not changed beyond that rounding. The last step states the same answer.
     */
    static Worked toFiguresAsked(Worked w, AnswerSpec spec) {
        Optional<AnswerSpec.SigFigs> figures = switch (spec) {
            case AnswerSpec.Quantity q -> q.sigFigs();
            case AnswerSpec.Numeric n -> n.sigFigs();
            default -> Optional.empty();
        };
        if (figures.isEmpty() || !figures.get().exactly()) return w;
        Matcher m = LEADING_NUMBER.matcher(w.answer().strip());
        if (!m.matches()) return w;
        String rest = m.group(2) == null ? "" : m.group(2);
        String answer = NumberWriting.sig(Double.parseDouble(m.group(1)), figures.get().count()) + rest;
        List<Step> steps = new ArrayList<>(w.steps());
        if (!steps.isEmpty()) {
            Step last = steps.get(steps.size() - 1);
            String math = last.math();
            if (math.endsWith("= " + w.answer()))
                steps.set(steps.size() - 1, new Step(last.said(),
                        math.substring(0, math.length() - w.answer().length()) + answer, last.operation()));
        }
        return new Worked(w.family(), w.statement(), w.task(), w.start(), w.givens(), steps, answer, w.answerKind(), w.skills(),
                w.params(), w.wording(), w.checkValue());
    }
}
