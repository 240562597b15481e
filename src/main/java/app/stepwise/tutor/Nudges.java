package app.stepwise.tutor;

import app.stepwise.lesson.Task;
import app.stepwise.text.Message;
import app.stepwise.text.Sentences;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A hint's first level, the nudge: the kind of step to take, without its numbers. It is found from the step's sentence:
 * by its key where the solvers (or the model, in the solvers' words) wrote a known sentence, else from its English
 * words; when the sentence says nothing that can be named, from the kind of problem. So the first hint for a typed-in
 * "Differentiate x^2 sin x" says it is a product, not only "what is the next move?".
 */
final class Nudges {
    private Nudges() {}

    /** The nudge that names nothing: only where neither the step nor the kind of problem is known. */
    static final String NEXT = "hint.nudge.next";

    /** Steps whose words alone would give no nudge, or the wrong one ("Add the equations" is not "add on both sides"). */
    private static final Map<String, String> BY_STEP = Map.ofEntries(
            // derivatives
            Map.entry("step.productRule", "hint.nudge.productRule"),
            Map.entry("step.productRuleShort", "hint.nudge.productRule"),
            Map.entry("step.quotientRule", "hint.nudge.quotientRule"),
            Map.entry("step.chainRule", "hint.nudge.chainRule"),
            Map.entry("step.chainRuleShort", "hint.nudge.chainRule"),
            Map.entry("step.powerRule", "hint.nudge.powerRule"),
            Map.entry("step.powerRuleX", "hint.nudge.powerRule"),
            Map.entry("step.tidySigns", "hint.nudge.tidy"),
            Map.entry("step.multiplyNumbers", "hint.nudge.workOut"),
            // exponents
            Map.entry("step.exponentRules", "hint.nudge.exponents"),
            Map.entry("step.addExponents", "hint.nudge.exponents"),
            Map.entry("step.subtractExponents", "hint.nudge.exponents"),
            Map.entry("step.multiplyExponents", "hint.nudge.exponents"),
            Map.entry("step.numbersAndExponents", "hint.nudge.exponents"),
            Map.entry("step.numbersExponents", "hint.nudge.workOut"),
            Map.entry("step.add", "hint.nudge.workOut"),
            Map.entry("step.subtract", "hint.nudge.workOut"),
            Map.entry("step.multiply", "hint.nudge.workOut"),
            Map.entry("step.workOutBoth", "hint.nudge.workOut"),
            // equations
            Map.entry("step.termAlone", "hint.nudge.alone"),
            Map.entry("step.aloneRight", "hint.nudge.alone"),
            Map.entry("step.squareAlone", "hint.nudge.alone"),
            Map.entry("step.gatherTerms", "hint.nudge.alone"),
            Map.entry("step.oneSide", "hint.nudge.oneSide"),
            Map.entry("step.oneSideWhole", "hint.nudge.oneSide"),
            Map.entry("step.productZero", "hint.nudge.zeroProduct"),
            Map.entry("step.squareZero", "hint.nudge.zeroProduct"),
            Map.entry("step.onlyZero", "hint.nudge.zeroProduct"),
            Map.entry("step.solveEach", "hint.nudge.eachRoot"),
            Map.entry("step.bothSolutions", "hint.nudge.eachRoot"),
            Map.entry("step.inTurn", "hint.nudge.eachRoot"),
            Map.entry("step.rootInTurn", "hint.nudge.eachRoot"),
            Map.entry("step.rootIs", "hint.nudge.eachRoot"),
            Map.entry("step.quadraticFormula", "hint.nudge.quadraticFormula"),
            Map.entry("step.discriminant", "hint.nudge.workOut"),
            // simultaneous equations
            Map.entry("step.clearSystemFractions", "hint.nudge.clearSystemFractions"),
            Map.entry("step.multiplyFirst", "hint.nudge.matchCoefficients"),
            Map.entry("step.multiplySecond", "hint.nudge.matchCoefficients"),
            Map.entry("step.addEquations", "hint.nudge.eliminate"),
            Map.entry("step.subtractEquations", "hint.nudge.eliminate"),
            Map.entry("step.multiplyFirstShown", "hint.nudge.matchCoefficients"),
            Map.entry("step.multiplySecondShown", "hint.nudge.matchCoefficients"),
            Map.entry("step.addEquationsShown", "hint.nudge.eliminate"),
            Map.entry("step.subtractEquationsShown", "hint.nudge.eliminate"),
            Map.entry("step.subtractFirstShown", "hint.nudge.eliminate"),
            Map.entry("step.addTwoEquations", "hint.nudge.eliminate"),
            Map.entry("step.bothValues", "hint.nudge.bothValues"),
            // expressions
            Map.entry("step.addLikeTerms", "hint.nudge.collect"),
            Map.entry("step.commonFactor", "hint.nudge.commonFactor"),
            Map.entry("step.commonFactorOut", "hint.nudge.commonFactor"),
            Map.entry("step.takeOutCommon", "hint.nudge.commonFactor"),
            Map.entry("step.takeOutside", "hint.nudge.commonFactor"),
            Map.entry("step.bothTermsFactor", "hint.nudge.commonFactor"),
            Map.entry("step.differenceOfSquares", "hint.nudge.differenceOfSquares"),
            Map.entry("step.differenceRule", "hint.nudge.differenceOfSquares"),
            Map.entry("step.middleCancel", "hint.nudge.workOut"),
            Map.entry("step.perfectSquare", "hint.nudge.perfectSquare"),
            Map.entry("step.squareAsProduct", "hint.nudge.squareAsProduct"),
            Map.entry("step.twoBrackets", "hint.nudge.factor"),
            // numbers, fractions, percentages
            Map.entry("step.bracketsFirst", "hint.nudge.bracketsFirst"),
            Map.entry("step.workOutPower", "hint.nudge.powerFirst"),
            Map.entry("step.multiplyFirstly", "hint.nudge.multiplyDivideFirst"),
            Map.entry("step.divideFirstly", "hint.nudge.multiplyDivideFirst"),
            Map.entry("step.commonDenominator", "hint.nudge.commonDenominator"),
            Map.entry("step.commonDenominatorOf", "hint.nudge.commonDenominator"),
            Map.entry("step.addNumerators", "hint.nudge.numerators"),
            Map.entry("step.addNumeratorsKeep", "hint.nudge.numerators"),
            Map.entry("step.subtractNumeratorsKeep", "hint.nudge.numerators"),
            Map.entry("step.fractionProduct", "hint.nudge.fractionProduct"),
            Map.entry("step.numeratorsDenominators", "hint.nudge.fractionProduct"),
            Map.entry("step.reciprocal", "hint.nudge.reciprocal"),
            Map.entry("step.simplifyFraction", "hint.nudge.simplifyFraction"),
            Map.entry("step.simplifyFractionShown", "hint.nudge.simplifyFraction"),
            Map.entry("step.commonDenominatorShown", "hint.nudge.commonDenominator"),
            Map.entry("step.percentHundredths", "hint.nudge.percent"),
            Map.entry("step.percentOfAmount", "hint.nudge.percent"),
            // forces
            Map.entry("step.physics.normal", "hint.nudge.normal"),
            Map.entry("step.physics.friction", "hint.nudge.friction"),
            Map.entry("step.physics.muFromFriction", "hint.nudge.friction"),
            Map.entry("step.physics.newton", "hint.nudge.newton"),
            Map.entry("step.physics.resultant", "hint.nudge.resultant"),
            Map.entry("step.physics.balanced", "hint.nudge.balanced"),
            // in the units a question asks for (units10)
            Map.entry("step.physics.convertAnswer", "hint.nudge.convertAnswer"),
            Map.entry("step.physics.convertAsked", "hint.nudge.convertAsked"),
            Map.entry("step.physics.substituteAsked", "hint.nudge.substitute"),
            // a sum's order of operations with its small calculations listed (session 10)
            Map.entry("step.multiplyDivideShown", "hint.nudge.multiplyDivideFirst"),
            Map.entry("step.addSubtractShown", "hint.nudge.addSubtractInOrder"),
            Map.entry("step.workOutPowerShown", "hint.nudge.powerFirst"),
            Map.entry("step.bracketsFirstShown", "hint.nudge.bracketsFirst"));

    /** When the step's sentence names nothing: what kind of problem it is, and so what kind of move comes next. */
    private static final Map<Task, String> BY_TASK = Map.of(Task.SOLVE, "hint.nudge.task.solve", Task.SIMPLIFY,
            "hint.nudge.task.simplify", Task.EXPAND, "hint.nudge.task.expand", Task.FACTOR, "hint.nudge.task.factor",
            Task.EVALUATE, "hint.nudge.task.evaluate", Task.DIFFERENTIATE, "hint.nudge.task.differentiate", Task.SYSTEM,
            "hint.nudge.task.system", Task.PHYSICS, "hint.nudge.task.physics");

    /**
     * The nudge for a step of a problem of this task (empty when not known): by the sentence's key (a model's sentence
     * in the solvers' words is recognised first), else by its words, else by the task.
     */
    static Message of(Message said, Optional<Task> task) {
        Message keyed = said.key().equals(Message.VERBATIM) ? Sentences.recognise(said.english(), "step.") : said;
        String byKey = BY_STEP.get(keyed.key());
        Message nudge = byKey != null ? Message.of(byKey) : fromWords(said.english());
        if (nudge.key().equals(NEXT) && task.isPresent()) return Message.of(BY_TASK.get(task.get()));
        return nudge;
    }

    /**
     * A step's sentence for the second hint: without the small calculations a sentence lists ("Multiply and divide,
     * from left to right: 12 × 9 = 108." is "Multiply and divide, from left to right."), which would give away the line
     * that the third hint shows.
     */
    static Message withoutWorking(Message said) {
        Message keyed = said.key().equals(Message.VERBATIM) ? Sentences.recognise(said.english(), "step.") : said;
        if (!keyed.key().endsWith("Shown")) return said;
        // the sentence without its last argument, the list of calculations ("Multiply the first equation by 3 to make
        // the y-terms 12y: …" is "Multiply the first equation by 3.")
        String base = keyed.key().substring(0, keyed.key().length() - "Shown".length());
        List<Object> args = keyed.args().isEmpty() ? List.of() : keyed.args().subList(0, keyed.args().size() - 1);
        return switch (base) {
            case "step.multiplyFirst", "step.multiplySecond" -> args.isEmpty() ? Message.of(base) : Message.of(base, args.get(0));
            case "step.commonDenominator" -> Message.of(base);
            case "step.subtractFirst" -> Message.of("step.subtractEquations", args.toArray());
            default -> Message.of(base, args.toArray());
        };
    }

    /** The aims a solver's add/subtract step states ("… to get the x-term alone"), each with its key. */
    private static final List<Map.Entry<Pattern, String>> AIMS = List.of(
            Map.entry(Pattern.compile("get the (\\S+)-term alone"), "hint.aim.alone"),
            Map.entry(Pattern.compile("bring the (\\S+)-terms together"), "hint.aim.together"));

    /** The nudge from the operation's English words. */
    static Message fromWords(String text) {
        String t = text.strip();
        int to = t.indexOf(" to ");
        String lower = t.toLowerCase();
        if (lower.contains("from left to right")) // the order of operations in a sum, not an equation's two sides
            return Message.of(lower.startsWith("multiply") || lower.startsWith("divide")
                    ? "hint.nudge.multiplyDivideFirst"
                    : "hint.nudge.addSubtractInOrder");
        if (lower.startsWith("subtract") || lower.startsWith("add ")) {
            // the aim follows "both sides": in "Add 7 to both sides to get the x-term alone" the first "to" is not it
            int sides = lower.indexOf("both sides");
            int aimAt = sides < 0 ? to : lower.indexOf(" to ", sides);
            if (aimAt < 0) return Message.of("hint.nudge.addSubtract");
            String aim = t.substring(aimAt + 4).replaceAll("\\.$", "");
            Message said = Message.verbatim(aim); // an aim without a translation is shown as the solver wrote it
            for (var a : AIMS) {
                var m = a.getKey().matcher(aim);
                if (m.matches()) said = Message.of(a.getValue(), m.group(1));
            }
            return Message.of("hint.nudge.addSubtractAim", said);
        }
        if (lower.startsWith("divide")) return Message.of("hint.nudge.divide");
        if (lower.startsWith("multiply both")) return Message.of("hint.nudge.multiplyBoth");
        if (lower.startsWith("expand") || lower.startsWith("multiply out") || lower.startsWith("multiply each"))
            return Message.of("hint.nudge.expand");
        if (lower.startsWith("product rule")) return Message.of("hint.nudge.productRule");
        if (lower.startsWith("quotient rule")) return Message.of("hint.nudge.quotientRule");
        if (lower.startsWith("chain rule")) return Message.of("hint.nudge.chainRule");
        if (lower.startsWith("differentiate term by term")) return Message.of("hint.nudge.powerRule");
        if (lower.startsWith("write the formula") || lower.contains("formula")) return Message.of("hint.nudge.formula");
        if (lower.startsWith("rearrange")) return Message.of("hint.nudge.rearrange");
        if (lower.startsWith("convert")) return Message.of("hint.nudge.convert");
        if (lower.startsWith("substitute") || lower.startsWith("put ")) return Message.of("hint.nudge.substitute");
        if (lower.startsWith("collect") || lower.startsWith("group")) return Message.of("hint.nudge.collect");
        if (lower.startsWith("find two numbers") || lower.startsWith("factor")) return Message.of("hint.nudge.factor");
        if (lower.startsWith("take the square root")) return Message.of("hint.nudge.squareRoot");
        if (lower.startsWith("work it out") || lower.startsWith("then") || lower.startsWith("simplify"))
            return Message.of("hint.nudge.workOut");
        return Message.of(NEXT);
    }
}
