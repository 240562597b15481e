package app.stepwise.solve;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The register a problem is asked in: a worksheet's item label, a teacher's opener or closing instruction, a student's
 * casual typing or question, a line break after a label. The same wrappers at the same rates for problems in every
 * family ({@link Surface#vary}) and for problems outside them ({@link OutOfScope}), so that how a problem is asked says
 * nothing about whether Stepwise can do it; only what is asked does (session 11: before, "please", "quick one", "our
 * teacher", "can you", "??" and lower-case typing were written only on out-of-scope problems, and the model learned
 * "natural style means none"). The wrappers change the text only: numbers, units and math are left as they are.
 */
final class Register {
    private Register() {}

    /** Teacher, worksheet and student openers; none names a topic. */
    static final List<String> OPENERS = List.of("Homework question.", "From my revision sheet:", "Exam practice.",
            "Quick one:", "I'm stuck on this one.", "Our teacher set this for Monday.", "Try this.", "Starter activity:",
            "Past paper question.", "Challenge:", "Here is the next one.", "We did these in class today.",
            "This came up in my test.", "Revision question:", "Extension task:", "Last one for tonight.",
            "Work with a partner on this one.", "Today's practice question:", "From the board:", "Copy this into your book.",
            "Another one from the sheet.", "Have a go at this.", "Independent practice:", "Ok so");

    /** Closing instructions a teacher or a worksheet adds; none changes the answer. */
    static final List<String> CLOSERS = List.of("Show all your working.", "Explain your method.", "Set your working out clearly.",
            "You have five minutes for this one.", "Use the method from today's lesson.", "Write down every step.",
            "Compare your answer with your partner's.", "Check it makes sense.", "Then swap books and mark each other's.",
            "Do it without looking at your notes.", "Be ready to explain your answer.");

    private static final List<String> CASUAL_PREFIXES = List.of("pls help: ", "how do i do this? ", "can someone explain ",
            "stuck on: ", "help!! ", "idk how to do this: ", "can u help with ", "quick question: ", "homework help: ",
            "no idea where to start: ", "can you help me with this? ", "hi, ", "hey ", "so ", "i need help with ",
            "whats the method for this? ");

    private static final List<String> CASUAL_SUFFIXES = List.of(" thanks", " ??", " pls", " thank you!", " please",
            " any help appreciated", " i dont get it", " help", "?? thanks", " (due tomorrow)",
            ", i keep getting it wrong", " i have a test on this tomorrow", ", my teacher explained it but i still dont get it",
            " i tried but got stuck", " is there an easy way to do this", " i dont know where to start", " its for homework");

    private static final Pattern IMPERATIVE = Pattern.compile(
            "^(Find|Calculate|Work out|Determine|Solve|Simplify|Expand|Factorise|Factorize|Differentiate|Evaluate|Compute"
                    + "|Give|Rearrange|Make|Write|Integrate|Sketch|Prove|Draw|Show|Convert|Estimate|Describe|Explain|Plot|List|Use|Express"
                    + "|Divide|Multiply|Add|Subtract|Change|Transpose|Compare|Decide|Check)\\b([^?!]*?)(?:[.?!](?=\\s)|[.?!]?$)");

    /** A capitalised prose word of three or more letters ("Find", "Take", "Zainab"); not a unit (Hz, kJ) or math (nRT). */
    private static final Pattern PROSE_WORD = Pattern.compile("\\b[A-Z][a-z]{2,}\\b");

    /** A teacher's word for what the class is working on: {t} is a topic of the problem's own (topicsOf). */
    static final List<String> CONTEXTS = List.of("This week we are revising {t}.", "We are doing {t} this term.",
            "Today's lesson is on {t}.", "Back to {t} today.", "More {t} practice.", "Topic: {t}.", "From the {t} unit:",
            "Our homework is on {t}.", "We started {t} yesterday.", "A question on {t} from my textbook:");

    /**
     * Names a class gives the topic of a family or of an out-of-scope topic; the same names on both sides where the topics
     * meet (forces, energy, equations, calculus, algebra), so that the context sentence says as little about scope as the
     * rest of the register. Empty for a topic with no school name.
     */
    static List<String> topicsOf(String familyOrTopic) {
        return switch (familyOrTopic) {
            case "integer-arithmetic" -> List.of("number", "the order of operations", "arithmetic");
            case "fraction-arithmetic" -> List.of("fractions", "number");
            case "percentages", "percentages-beyond" -> List.of("percentages", "number");
            case "linear-one-step", "linear-two-step", "linear-brackets", "linear-both-sides", "linear-fractions" ->
                List.of("equations", "solving equations", "algebra", "linear equations");
            case "rearrange-formula" -> List.of("formulae", "rearranging formulae", "algebra");
            case "simplify-expression", "expand-brackets", "factorise-quadratic" -> List.of("algebra", "expressions", "brackets");
            case "exponent-rules" -> List.of("indices", "algebra", "powers");
            case "derivative-power-rule", "derivative-product-rule", "derivative-chain-rule", "calculus" ->
                List.of("calculus", "differentiation");
            case "quadratic-square-root", "quadratic-factoring", "quadratic-formula", "polynomials" ->
                List.of("quadratics", "equations", "algebra");
            case "system-elimination", "system-substitution", "systems" -> List.of("simultaneous equations", "equations");
            case "speed", "acceleration", "suvat", "free-fall" -> List.of("motion", "physics", "forces and motion");
            case "newtons-second-law", "weight", "friction-level" -> List.of("forces", "physics", "forces and motion");
            case "work-done", "kinetic-energy", "potential-energy", "power" -> List.of("energy", "physics", "work and energy");
            case "momentum", "impulse" -> List.of("momentum", "forces", "physics");
            case "density", "pressure" -> List.of("matter", "pressure", "physics");
            case "ohms-law", "resistors", "electrical-power" -> List.of("electricity", "circuits", "physics");
            case "wave-speed" -> List.of("waves", "physics");
            case "physics" -> List.of("physics", "forces", "energy", "motion", "electricity", "waves", "forces and motion");
            case "geometry" -> List.of("geometry", "area and perimeter", "angles", "shape and space");
            case "equations", "inequalities", "algebra-beyond", "worksheet" ->
                List.of("equations", "algebra", "solving equations", "inequalities");
            case "integrals" -> List.of("calculus", "integration");
            case "statistics" -> List.of("statistics", "averages", "data handling");
            case "sequences" -> List.of("sequences", "algebra");
            case "trigonometry" -> List.of("trigonometry", "geometry");
            case "probability" -> List.of("probability");
            case "number-theory", "number-skills" -> List.of("number", "arithmetic", "fractions");
            case "graphs" -> List.of("graphs", "algebra");
            case "vectors" -> List.of("vectors");
            case "units" -> List.of("measures", "number");
            case "ratio" -> List.of("ratio and proportion", "number");
            case "proof" -> List.of("proof", "algebra");
            case "matrices" -> List.of("matrices");
            case "limits" -> List.of("calculus");
            case "complex" -> List.of("complex numbers", "algebra");
            case "chemistry" -> List.of("chemistry");
            case "stories" -> List.of("problem solving", "number");
            default -> List.of();
        };
    }

    /** An aside a teacher drops between sentences; none names a topic or changes the answer. */
    static final List<String> ASIDES = List.of("Read it carefully.", "Think before you start.", "Take it one step at a time.",
            "Look at what it gives you.", "This is like the last one.", "Be careful here.", "Think about what is asked.",
            "Write down what you know first.");

    /** The text in a register drawn from r (often unchanged), with no topic context. */
    static String dress(String text, SplittableRandom r) {
        return dress(text, r, List.of());
    }

    /**
     * The text in a register drawn from r (often unchanged), for a problem of this family or out-of-scope topic: its
     * topics, the names a teacher gives them and the method hints a teacher adds (session 12).
     */
    static String dress(String text, SplittableRandom r, String familyOrTopic) {
        return dress(text, r, topicsOf(familyOrTopic), namesOf(familyOrTopic), hintsOf(familyOrTopic));
    }

    /** The text in a register drawn from r (often unchanged); topics: what a teacher may call the problem's topic. */
    static String dress(String text, SplittableRandom r, List<String> topics) {
        return dress(text, r, topics, topics, List.of());
    }

    private static String dress(String text, SplittableRandom r, List<String> topics, List<String> names, List<String> hints) {
        String t = text;
        if (r.nextInt(12) == 0) t = aside(t, r);
        // session 12: a teacher's talk around the problem (before, 2.6.0 refused a third of teacher-style problems)
        boolean talk = r.nextInt(6) == 0;
        if (talk) t = teacher(t, r, names.isEmpty() ? topics : names, hints);
        else if (r.nextInt(10) == 0 && !hints.isEmpty()) // a method hint alone ("Solve … Remember to expand the brackets first.")
            t = t + (r.nextInt(3) == 0 ? " Hint: " : " ")
                    + NumberWriting.pick(r, hints.subList(0, Math.max(1, hints.size() - 3)));
        if (r.nextInt(14) == 0) t = parts(t, r);
        else if (r.nextInt(14) == 0) t = header(r) + "\n" + (r.nextInt(2) == 0 ? "(a) " : "1. ") + t;
        int student = talk ? 1 : r.nextInt(6); // 0: typed by a student
        if (student == 0) t = casual(t, r);
        int open = r.nextInt(8);
        if (open == 0) t = NumberWriting.pick(r, OPENERS) + " " + t;
        else if (open == 1) t = NumberWriting.pick(r, Frames.DISTRACTORS) + " " + t;
        int close = r.nextInt(8);
        if (close == 0) t = t + " " + NumberWriting.pick(r, CLOSERS);
        else if (close == 1) t = t + " " + NumberWriting.pick(r, Frames.DISTRACTORS);
        if (r.nextInt(10) == 0 && !topics.isEmpty())
            t = NumberWriting.pick(r, CONTEXTS).replace("{t}", NumberWriting.pick(r, topics)) + " " + t;
        if (r.nextInt(10) == 0) t = label(r) + t;
        if (r.nextInt(12) == 0) t = layout(t);
        if (t.contains("\n") && r.nextInt(3) == 0) t = t.replace("\n", "\n\n"); // the math set apart by blank lines
        return t;
    }

    /** Greetings and classroom talk a teacher starts with; {n} is a number that belongs to the class, not the problem. */
    static final List<String> GREETINGS = List.of("Right, everyone.", "OK class,", "Good morning everyone.", "Morning all.",
            "Right, Year {n}.", "Eyes on the board, please.", "Pens down for a moment.", "Settle down, everyone.",
            "Welcome back.", "Hi everyone,", "Right then.", "Now,", "OK, listen up.", "Open your books at page {p}.",
            "Turn to page {p}, question {q}.", "Good afternoon, Year {n}.", "Let's get started.", "Quiet, please.");

    /** A teacher's sentence about the lesson; {t} is a name of the problem's topic. */
    static final List<String> LESSONS = List.of("Today we are looking at {t}.", "Today we will practise {t}.",
            "This lesson is all about {t}.", "We are carrying on with {t} today.",
            "Last lesson we looked at {t}, so this should feel familiar.", "We have been learning about {t} this week.",
            "Let's think about {t}.", "Now let's do one on {t}.", "Here is a question on {t} for you to try.",
            "We've been studying {t}.", "Think back to what we said about {t}.",
            "Before we move on, let's make sure everyone is happy with {t}.", "A quick recap of {t}.",
            "Let's warm up with some {t}.", "In today's lesson we will use {t}.", "Time for some {t}.",
            "We did {t} on Tuesday.", "This one is about {t}.", "Remember what we did last week on {t}?",
            "You met {t} last year.");

    /** What the class does with the problem. */
    static final List<String> ACTIVITIES = List.of("Here is one to try on your mini whiteboards.",
            "Try this one in your book.", "Work on this with the person next to you.", "Here is your first question.",
            "This one is from the homework, and a lot of you found it tricky.",
            "I want everyone to try this one without a calculator.", "Have a go at this on your own first.",
            "This came up in the mock exam.", "Let's do this one together.", "You have three minutes for this.",
            "Here is the next question on the sheet.", "Copy the question down first.", "This is a nice one.",
            "I'll put the question on the board.", "Everyone should have the sheet in front of them now.");

    /** A clause a teacher adds to the problem's last sentence (", and check …"); none changes the answer. */
    static final List<String> TRAILS = List.of("and check your answer by substituting it back in",
            "and check your answer with the person next to you", "then hold your board up",
            "and write your answer in your book", "and be ready to explain how you did it", "then compare with your partner",
            "and show every step", "and put your hand up when you are done", "then we will go through it together",
            "and write down each step clearly");

    /** Names a teacher gives the topic of this family (its rule, its law, its method) or out-of-scope topic. */
    static List<String> namesOf(String familyOrTopic) {
        List<String> own = switch (familyOrTopic) {
            case "integer-arithmetic" -> List.of("the order of operations", "negative numbers", "BIDMAS");
            case "fraction-arithmetic" -> List.of("adding and subtracting fractions", "fractions", "multiplying fractions");
            case "percentages" -> List.of("percentages of amounts", "percentages");
            case "linear-one-step", "linear-two-step" -> List.of("solving equations", "one- and two-step equations");
            case "linear-brackets" -> List.of("equations with brackets", "solving equations");
            case "linear-both-sides" -> List.of("equations with the unknown on both sides", "solving equations");
            case "linear-fractions" -> List.of("equations with fractions", "solving equations");
            case "rearrange-formula" -> List.of("changing the subject of a formula", "rearranging formulae");
            case "simplify-expression" -> List.of("collecting like terms", "simplifying expressions");
            case "expand-brackets" -> List.of("expanding brackets", "multiplying out brackets", "double brackets");
            case "factorise-quadratic" -> List.of("factorising quadratics", "factorising");
            case "exponent-rules" -> List.of("the laws of indices", "indices", "powers");
            case "derivative-power-rule" -> List.of("the power rule", "differentiation", "differentiating polynomials");
            case "derivative-product-rule" -> List.of("the product rule", "differentiation");
            case "derivative-chain-rule" -> List.of("the chain rule", "differentiation");
            case "quadratic-square-root" -> List.of("quadratic equations", "square roots");
            case "quadratic-factoring" -> List.of("solving quadratics by factorising", "quadratic equations");
            case "quadratic-formula" -> List.of("the quadratic formula", "quadratic equations");
            case "system-elimination" -> List.of("simultaneous equations", "the elimination method");
            case "system-substitution" -> List.of("simultaneous equations", "the substitution method");
            case "speed" -> List.of("speed, distance and time", "average speed");
            case "acceleration" -> List.of("acceleration", "changing velocity");
            case "suvat" -> List.of("the equations of motion", "suvat", "uniform acceleration");
            case "free-fall" -> List.of("free fall", "falling objects");
            case "newtons-second-law" -> List.of("Newton's second law", "resultant forces", "F = ma");
            case "weight" -> List.of("weight and mass", "gravity");
            case "friction-level" -> List.of("friction", "resultant forces");
            case "work-done" -> List.of("work done", "energy transfers");
            case "kinetic-energy" -> List.of("kinetic energy", "energy stores");
            case "potential-energy" -> List.of("gravitational potential energy", "energy stores");
            case "power" -> List.of("power", "energy transfers");
            case "momentum" -> List.of("momentum");
            case "impulse" -> List.of("impulse", "momentum");
            case "density" -> List.of("density");
            case "pressure" -> List.of("pressure");
            case "ohms-law" -> List.of("Ohm's law", "V = IR", "resistance");
            case "resistors" -> List.of("resistors in series and parallel", "circuits");
            case "electrical-power" -> List.of("electrical power", "P = IV");
            case "wave-speed" -> List.of("the wave equation", "waves");
            case "integrals", "calculus" -> List.of("integration", "calculus", "differentiation");
            case "inequalities" -> List.of("inequalities", "solving inequalities");
            case "probability" -> List.of("probability", "tree diagrams");
            case "statistics" -> List.of("averages", "the mean, median and mode");
            case "sequences" -> List.of("nth terms", "sequences");
            case "trigonometry" -> List.of("trigonometry", "SOHCAHTOA");
            case "geometry" -> List.of("Pythagoras' theorem", "area", "circles", "angles");
            case "graphs" -> List.of("straight-line graphs", "gradients");
            case "physics" -> List.of("circuits", "energy", "forces", "circular motion", "motion");
            case "polynomials", "equations" -> List.of("equations", "quadratic equations", "solving equations");
            case "systems" -> List.of("simultaneous equations");
            default -> List.of();
        };
        List<String> all = new java.util.ArrayList<>(own);
        all.addAll(topicsOf(familyOrTopic));
        return List.copyOf(all);
    }

    /** A method hint a teacher adds for this family or topic; never a number or a sign of the answer. */
    static List<String> hintsOf(String familyOrTopic) {
        List<String> own = switch (familyOrTopic) {
            case "integer-arithmetic" -> List.of("Remember the order of operations.", "Do this one without a calculator.");
            case "fraction-arithmetic" -> List.of("Find a common denominator first.", "Simplify your answer if you can.");
            case "percentages", "percentages-beyond" ->
                List.of("Find 1% first if it helps.", "Think of it as a fraction of the amount.");
            case "linear-one-step", "linear-two-step", "linear-fractions" ->
                List.of("Do the same to both sides.", "Check your answer by substituting it back in.");
            case "linear-brackets" -> List.of("Remember to expand the brackets first.", "Expand the brackets, then solve.",
                    "Check your answer by substituting it back in.");
            case "linear-both-sides" -> List.of("The trick is to get all the letters on one side first.",
                    "Collect the unknowns on one side.");
            case "rearrange-formula" -> List.of("Do the same to both sides.", "Undo the operations one at a time.");
            case "simplify-expression" -> List.of("Collect the like terms.", "Be careful with the signs.");
            case "expand-brackets" -> List.of("Multiply every term in the first bracket by every term in the second.",
                    "Then collect the like terms.");
            case "factorise-quadratic" -> List.of(
                    "Look for two numbers that multiply to give the constant term and add to give the middle coefficient.",
                    "Check by expanding your answer.");
            case "exponent-rules" -> List.of("Use the laws of indices.", "Leave your answer as a single power.");
            case "derivative-power-rule" -> List.of("Multiply by the power, then take one off the power.",
                    "Differentiate term by term.");
            case "derivative-product-rule" -> List.of("Use the product rule.", "Differentiate each factor first.");
            case "derivative-chain-rule" -> List.of("Remember to multiply by the derivative of the inside.",
                    "Use the chain rule.");
            case "quadratic-square-root" -> List.of("Remember there are two square roots.", "Don't forget the negative root.");
            case "quadratic-factoring" -> List.of("You should get two solutions, so write both down.", "Solve it by factorising.",
                    "Factorise first, then set each bracket equal to zero.");
            case "quadratic-formula" -> List.of("Use the quadratic formula.", "Write down a, b and c first.");
            case "system-elimination", "system-substitution", "systems" -> List.of("Label the equations first.",
                    "Check your values in both equations.");
            case "speed", "acceleration", "suvat", "free-fall", "newtons-second-law", "weight", "friction-level", "work-done",
                    "kinetic-energy", "potential-energy", "power", "momentum", "impulse", "density", "pressure", "ohms-law",
                    "resistors", "electrical-power", "wave-speed", "physics" ->
                List.of("Write down the equation you are using first.", "Remember to include units.",
                        "Think about which equation links these quantities.", "Convert to SI units first if you need to.",
                        "Think about which quantity you divide by which.");
            case "integrals" -> List.of("Remember the constant of integration.", "Integrate term by term.");
            case "inequalities" -> List.of("Do the same to both sides.", "Be careful if you divide by a negative.");
            case "probability" -> List.of("Think about all the possible outcomes.");
            case "statistics" -> List.of("Put the numbers in order first.");
            case "sequences" -> List.of("Look at the difference between the terms.");
            case "trigonometry", "geometry" -> List.of("Draw a sketch first.", "Label the diagram.");
            case "equations", "polynomials", "algebra-beyond", "worksheet" ->
                List.of("Check your answer by substituting it back in.", "Expand the brackets first.",
                        "You should get more than one solution.");
            default -> List.of();
        };
        List<String> all = new java.util.ArrayList<>(own);
        all.addAll(List.of("Think about what the question is asking.", "Check your answer at the end.",
                "Set your working out neatly."));
        return List.copyOf(all);
    }

    /**
     * A teacher's talk around the problem (session 12): a greeting, a sentence about the lesson naming the topic, what
     * the class does with it, then the problem, then a method hint or a clause added to its last sentence. Numbers in
     * the talk (Year 9, page 42) belong to the class, never to the problem.
     */
    static String teacher(String text, SplittableRandom r, List<String> names, List<String> hints) {
        StringBuilder b = new StringBuilder();
        if (r.nextInt(2) == 0) b.append(classNumbers(NumberWriting.pick(r, GREETINGS), r)).append(' ');
        if (!names.isEmpty() && r.nextInt(3) != 0)
            b.append(NumberWriting.pick(r, LESSONS).replace("{t}", NumberWriting.pick(r, names))).append(' ');
        if (r.nextInt(2) == 0) b.append(NumberWriting.pick(r, ACTIVITIES)).append(' ');
        String before = b.toString().strip();
        String t = text;
        if (!before.isEmpty()) t = before + (r.nextInt(4) == 0 ? "\n" : " ") + t;
        int end = r.nextInt(3);
        if (end == 0 && !hints.isEmpty()) t = t + (r.nextInt(3) == 0 ? " Hint: " : " ") + NumberWriting.pick(r, hints);
        else if (end == 1) t = trail(t, NumberWriting.pick(r, TRAILS));
        return t;
    }

    /** The clause joined to the last sentence: "Solve 5n − 8 = 27, and check …." or a sentence after a question. */
    static String trail(String text, String clause) {
        if (text.endsWith(".")) return text.substring(0, text.length() - 1) + ", " + clause + ".";
        if (text.contains("\n") && !text.matches("(?s).*[?!]\\)?$")) return text + "\n" + clause + "."; // "Work out\n\n−8 + 3 × (−4)\n\nand then check …"
        if (text.endsWith("?") || text.endsWith(")")) return text + " " + capitalFirst(clause.replaceFirst("^and ", "")) + ".";
        return text + ". " + capitalFirst(clause.replaceFirst("^and ", "")) + ".";
    }

    private static String classNumbers(String s, SplittableRandom r) {
        return s.replace("{n}", Integer.toString(7 + r.nextInt(7))).replace("{p}", Integer.toString(12 + r.nextInt(230)))
                .replace("{q}", Integer.toString(1 + r.nextInt(12)));
    }

    /** Worksheet headers above numbered items; {n} and {c} are the sheet's own. */
    static final List<String> HEADERS = List.of("Answer all the questions.", "Exercise {n}{c}", "Section {C}",
            "Work out each of these.", "Show your working for each question.", "Homework sheet {n}", "Starter",
            "Answer each part.", "Practice questions", "Level {n}");

    static String header(SplittableRandom r) {
        return NumberWriting.pick(r, HEADERS).replace("{n}", Integer.toString(1 + r.nextInt(12)))
                .replace("{c}", Character.toString('A' + r.nextInt(4))).replace("{C}", Character.toString('A' + r.nextInt(3)));
    }

    /** A first part that asks nothing to work out, before the problem's question: "…\n(a) Write down …\n(b) Find …". */
    static final List<String> FIRST_PARTS = List.of("Write down what you are given.", "Write down the equation you will use.",
            "Say which method you will use.", "Estimate the answer first.", "Write down what you are asked to find.",
            "Explain in words what you need to do.");

    private static final Pattern ASKS = Pattern.compile("^(?:What|How|Which|Why|Find|Calculate|Work out|Determine|Solve|"
            + "Simplify|Expand|Factorise|Differentiate|Evaluate|Compute|Give|Rearrange|Make|Write|Express|Show|Use)\\b|\\?\\s*$");

    /**
     * The problem in two parts where a later sentence asks ("What …?", "Find …") and an earlier one gives: "…\n(a) Write
     * down what you are given.\n(b) Find …". Unchanged where no sentence after the first asks.
     */
    static String parts(String text, SplittableRandom r) {
        Matcher m = Pattern.compile("(?<=[.?!])\\s+(?=[A-Z])").matcher(text);
        int at = -1, after = -1;
        while (m.find()) {
            String next = text.substring(m.end()).split("(?<=[.?!])\\s+(?=[A-Z])", 2)[0];
            if (ASKS.matcher(next).find()) {
                at = m.start();
                after = m.end();
            }
        }
        if (at < 0) return text;
        return text.substring(0, at) + "\n(a) " + NumberWriting.pick(r, FIRST_PARTS) + "\n(b) " + text.substring(after);
    }

    /** A student's slip in one prose word of five or more letters ("simplfy", "simultanous"); never math or a unit. */
    static String typo(String text, SplittableRandom r) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\d^_])[a-z]{5,}(?![\\p{L}\\d(^_])").matcher(text);
        List<int[]> words = new java.util.ArrayList<>();
        while (m.find())
            if (!UNIT_WORD.matcher(m.group()).find()) words.add(new int[]{m.start(), m.end()});
        if (words.isEmpty()) return text;
        int[] w = words.get(r.nextInt(words.size()));
        String word = text.substring(w[0], w[1]);
        int i = 1 + r.nextInt(word.length() - 2); // an inner letter
        String slipped = switch (r.nextInt(3)) {
            case 0 -> word.substring(0, i) + word.substring(i + 1); // dropped
            case 1 -> word.substring(0, i) + word.charAt(i) + word.substring(i); // doubled
            default -> word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2); // swapped
        };
        return text.substring(0, w[0]) + slipped + text.substring(w[1]);
    }

    private static final Pattern UNIT_WORD = Pattern.compile("metre|meter|gram|second|newton|joule|watt|volt|amp|ohm|hertz|"
            + "pascal|hour|minute|litre|liter|kilo|milli|centi|cubic|square|degree|percent|mega");

    private static String capitalFirst(String prose) {
        return prose.isEmpty() ? prose : Character.toUpperCase(prose.charAt(0)) + prose.substring(1);
    }

    /** A teacher's aside after the first sentence of a text with two or more; unchanged otherwise. */
    static String aside(String text, SplittableRandom r) {
        Matcher m = Pattern.compile("(?<=[.?!])\\s+(?=[A-Z])").matcher(text);
        return m.find() ? text.substring(0, m.start()) + " " + NumberWriting.pick(r, ASIDES) + text.substring(m.start()) : text;
    }

    /** A worksheet's item label with its own number or letter: "Q6. ", "3) ", "(c) ", "Question 12: ". */
    static String label(SplittableRandom r) {
        int n = r.nextInt(24) + 1;
        String c = Character.toString('a' + r.nextInt(8));
        return switch (r.nextInt(9)) {
            case 0 -> "Q" + n + ". ";
            case 1 -> "Q" + n + " ";
            case 2 -> n + ") ";
            case 3 -> n + ". ";
            case 4 -> "(" + c + ") ";
            case 5 -> c + ") ";
            case 6 -> "Question " + n + ": ";
            case 7 -> "Question " + n + ". ";
            default -> "Part (" + c + ") ";
        };
    }

    /** Typed by a student: lower case, a casual opener or ending, or the task asked as a question. */
    static String casual(String text, SplittableRandom r) {
        String t = text;
        switch (r.nextInt(4)) {
            case 0 -> t = lowerProse(t);
            case 1 -> t = NumberWriting.pick(r, CASUAL_PREFIXES) + lowerFirst(dropStop(t));
            case 2 -> t = lowerProse(dropStop(t)) + NumberWriting.pick(r, CASUAL_SUFFIXES);
            default -> t = question(t, r);
        }
        if (r.nextInt(3) == 0) t = typo(t, r); // session 12: 2.6.0 refused "simplfy 3x + 4y - x + 2y"
        if (r.nextInt(3) == 0) t = typedWords(t, r); // session 15
        return t;
    }

    private static final Pattern TIGHT = Pattern.compile("(?<=[\\w)²³]) ([-+=−×÷]) (?=[\\w(−])");
    private static final Pattern SQUARED = Pattern.compile("(?<=[a-z)])(?:\\^2|²)(?![\\d.{])");
    private static final Pattern WHAT_IS = Pattern.compile("\\b[Ww]hat(?: is|'s)\\b");

    /** Words as students type them (session 15): "whats", no full stop or question mark at the end. Prose only. */
    static String typedWords(String text, SplittableRandom r) {
        String t = text;
        if (r.nextInt(2) == 0) t = WHAT_IS.matcher(t).replaceAll("whats");
        if (r.nextInt(2) == 0) t = t.replaceAll("\\s*[.?]$", "");
        return t;
    }

    /**
     * Math as students type it (session 15): "=" as "equals", "x^2" as "x squared", no spaces around the signs. The math
     * means the same; the start line stays in engine syntax. Written on problems in and out of scope at the same rate
     * ({@link Surface#vary}, {@link OutOfScope#finish}), outside {@link #dress}, whose wrappers leave the math as it is.
     */
    static String typedMath(String text, SplittableRandom r) {
        // LaTeX and derivatives stay as written: "$y equals …$" and "d squaredy/dx squared" are no one's typing
        if (text.contains("$") || text.contains("\\") || text.matches("(?s).*\\bd(?:²|\\^2|/d|\\p{L}/d).*")) return text;
        String t = text;
        int k = r.nextInt(4);
        if (k != 1 && t.indexOf(" = ") >= 0 && t.indexOf(" = ") == t.lastIndexOf(" = ")) t = t.replace(" = ", " equals ");
        if (k != 0) t = SQUARED.matcher(t).replaceAll(" squared");
        if (k == 3) t = TIGHT.matcher(t).replaceAll("$1");
        return t;
    }

    private static final Pattern INFORMAL_UNIT = Pattern.compile("(?<=\\d) (s|min|h|kg|g|Ω|km/h|N|J|W|V|A|m)(?![\\p{L}\\d/^²])");

    /** Units as students type them: "12 secs", "3 hrs", "5 kgs", "8 ohms", "20 volts" (session 15). */
    static String informalUnits(String text, SplittableRandom r) {
        Matcher m = INFORMAL_UNIT.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String[] words = switch (m.group(1)) {
                case "s" -> new String[]{"secs", "sec", "seconds"};
                case "min" -> new String[]{"mins", "minutes"};
                case "h" -> new String[]{"hrs", "hr", "hours"};
                case "kg" -> new String[]{"kgs", "kilos", "kilograms"};
                case "g" -> new String[]{"grams", "gms"};
                case "Ω" -> new String[]{"ohms", "ohm"};
                case "km/h" -> new String[]{"kph", "km per hour"};
                case "N" -> new String[]{"newtons", "newton"};
                case "J" -> new String[]{"joules"};
                case "W" -> new String[]{"watts"};
                case "V" -> new String[]{"volts", "volt"};
                case "A" -> new String[]{"amps", "amp"};
                default -> new String[]{"metres", "meters", "m"};
            };
            m.appendReplacement(b, " " + words[r.nextInt(words.length)]);
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * The problem as a student asks it (session 16): the words {@link Voices} gives problems in the families ("how do i …",
     * "whats …", "… pls", "can u …", "need help with …"), for problems outside them, so those words say nothing about
     * scope. The text itself is kept, in lower case where it is prose.
     */
    static String studentAsk(String text, SplittableRandom r) {
        String t = lowerProse(dropStop(text)), lead = capitalFirst(text.strip());
        // session 17: one wording only, fitted to how the text starts (before: "how do you do whats the area …",
        // "i got find k if … and dont know what to do")
        if (ASKED.matcher(lead).lookingAt()) {
            String what = WHAT_IS.matcher(lead).lookingAt() ? lead.replaceFirst("^\\S+(?: is|'s)\\s*", "") : null;
            return switch (r.nextInt(8)) {
                case 0, 1, 2 -> what != null ? "whats " + lowerProse(what.replaceAll("\\?$", "")) : t + " pls";
                case 3 -> t + " pls";
                case 4 -> t + "\nhelp pls";
                case 5 -> "need help, " + t;
                case 6 -> "can someone help? " + t;
                default -> t + " i dont get it";
            };
        }
        if (IMPERATIVE.matcher(lead).find()) {
            String verb = lowerFirst(t);
            return switch (r.nextInt(10)) {
                case 0, 1 -> "how do i " + verb;
                case 8, 9 -> verb + " whats the answer";
                case 2 -> "can u " + verb;
                case 3 -> verb + " pls";
                case 4 -> "need help to " + verb;
                case 5 -> verb + " how";
                case 6 -> "how do you " + verb;
                default -> verb + "\nhelp pls";
            };
        }
        return switch (r.nextInt(10)) {
            case 0 -> "how do i do this " + t;
            case 1 -> t + " whats the answer";
            case 2 -> t + " pls";
            case 3 -> "can u help with " + t;
            case 4 -> "need help with " + t;
            case 5 -> t + " how";
            case 6 -> text.contains("?") ? "how do you do this " + t : "i got " + t + " and dont know what to do";
            case 7 -> t + "\nhelp pls";
            case 8 -> "how do you do " + t;
            default -> "whats the answer to " + t;
        };
    }

    /** A text that already asks: "What is …", "whats …", "How far …", "Can you …". */
    private static final Pattern ASKED = Pattern.compile(
            "(?i)(?:what|whats|how|why|which|who|when|where|can|could|is|are|does|do|will|would|should)\\b");

    /** Sentences a teacher puts before a problem (session 17); the same words as {@link Voices}' teacher voices. */
    static final List<String> TEACHER_LEADS = List.of("Here's one to try before the test:", "Here's one to try.",
            "Remember to show each step.", "You've seen ones like this before.", "This one catches a lot of people out.",
            "Let's try another.", "I'd like you to try this one. Take your time.");

    /** Sentences a teacher puts after a problem (session 17); none changes the answer. */
    static final List<String> TEACHER_TAILS = List.of("Remember to show each step.", "Hint: write down what you know first.",
            "Take your time.", "Remember to check your answer.", "Write each step on a new line.");

    /**
     * The problem as a teacher sets it (session 17): a sentence before or after it, or its instruction asked politely
     * ("Could you find … for me, please?", "Please find …", "I'd like you to find …"). The same words {@link Voices} gives
     * problems in the families, used for problems outside them and for physics in the families, so that a teacher's
     * phrasing says nothing about scope. The text itself is kept.
     */
    static String teacherAsk(String text, SplittableRandom r) {
        Matcher m = IMPERATIVE.matcher(text);
        int k = r.nextInt(5);
        if (k == 4 && m.find()) {
            String asked = m.group(1).toLowerCase(Locale.ROOT) + m.group(2), after = text.substring(m.end());
            if (m.group(1).matches("Find|Calculate|Work out") && r.nextInt(4) == 0) // a textbook's word for it
                return "Determine" + m.group(2) + "." + after;
            return switch (r.nextInt(4)) {
                case 0 -> "Could you " + asked + " for me, please?";
                case 1 -> "Please " + asked + ".";
                case 2 -> "I'd like you to " + asked + ".";
                default -> "Would you " + asked + ", please?";
            } + after;
        }
        if (k % 2 == 1) return text + (text.matches("(?s).*[.?!)]$") ? " " : ". ") + NumberWriting.pick(r, TEACHER_TAILS);
        return NumberWriting.pick(r, TEACHER_LEADS) + (k == 2 ? "\n" : " ") + text;
    }

    /** One problem in this many is set by a teacher ({@link #teacherAsk}), in scope (physics) and out of scope alike. */
    static final int TEACHER_ASKS = 10;

    /** One physics problem in this many, of those not set by a teacher, is laid out as "Given: … Find: …". */
    static final int GIVEN_FIND = 12;

    /**
     * A physics problem set by a teacher or laid out as "Given: … Find: …", at the rates out-of-scope physics gets them
     * ({@link OutOfScope#finish}); drawn from the text's own hash, so no other draw of the problem moves.
     */
    static String teacherOrGivenFind(String text) {
        SplittableRandom own = new SplittableRandom(text.hashCode() * 31L + 17);
        if (own.nextInt(TEACHER_ASKS) == 0) return teacherAsk(text, own);
        return own.nextInt(GIVEN_FIND) == 0 ? givenFind(text) : text;
    }

    /** A problem set by a teacher one time in {@link #TEACHER_ASKS}, drawn from the text's own hash; else the text. */
    static String teacherOrNot(String text) {
        SplittableRandom own = new SplittableRandom(text.hashCode() * 31L + 17);
        return own.nextInt(TEACHER_ASKS) == 0 ? teacherAsk(text, own) : text;
    }

    private static final Pattern FIND_VERB = Pattern.compile("^(?:Find|Calculate|Work out|Determine) ");

    /**
     * A physics problem set out as "Given: … Find: …" (session 17: phr16's physics voices wrote "Given:" only in scope):
     * the sentences before the one that asks, then what it asks for. Unchanged where no later sentence asks.
     */
    static String givenFind(String text) {
        Matcher m = Pattern.compile("(?<=[.?!])\\s+(?=[A-Z])").matcher(text);
        int at = -1, after = -1;
        while (m.find()) {
            String next = text.substring(m.end());
            if (ASKS.matcher(next.split("(?<=[.?!])\\s+(?=[A-Z])", 2)[0]).find()) {
                at = m.start();
                after = m.end();
                break;
            }
        }
        if (at < 0 || text.substring(0, at).contains("\n")) return text;
        String ask = text.substring(after);
        Matcher verb = FIND_VERB.matcher(ask);
        ask = verb.find() ? ask.substring(verb.end()) : lowerFirst(ask);
        return "Given: " + text.substring(0, at) + "\nFind: " + ask;
    }

    /** "Find the mean of …. More" as a student asks it: "how do i find the mean of …? More". Unchanged without a leading imperative. */
    static String question(String text, SplittableRandom r) {
        Matcher m = IMPERATIVE.matcher(text);
        if (!m.find()) return lowerProse(text);
        String verb = m.group(1).toLowerCase(Locale.ROOT), rest = m.group(2);
        String asked = switch (r.nextInt(5)) {
            case 0 -> "how do i " + verb + rest + "?";
            case 1 -> "can you " + verb + rest + "?";
            case 2 -> "i need to " + verb + rest;
            case 3 -> "how would you " + verb + rest + "?";
            default -> verb + rest + ", showing your working.";
        };
        String after = text.substring(m.end());
        return asked + after;
    }

    /** The first sentence's label or opener on its own line, as on a worksheet: "Simplify:\n5m + 3n". */
    static String layout(String text) {
        int colon = text.indexOf(": ");
        if (colon > 0 && colon < 40) return text.substring(0, colon + 1) + "\n" + text.substring(colon + 2);
        Matcher m = Pattern.compile("(?<=[.?!])\\s+(?=[A-Z])").matcher(text);
        return m.find() && m.start() < 60 ? text.substring(0, m.start()) + "\n" + text.substring(m.end()) : text;
    }

    /**
     * The math of the start on its own line(s), as a worksheet sets it out: "Simplify:\n5m + 3n − 2m + n", "Solve
     * simultaneously:\n3x + 2y = 16\nx − 2y = 0". Unchanged where the text does not hold each part as written.
     */
    static String lines(String text, String start) {
        String[] parts = start.split(";");
        int first = -1, end = -1;
        for (String part : parts) {
            String p = part.strip();
            int at = p.isEmpty() ? -1 : text.indexOf(p, Math.max(end, 0));
            if (at < 0) return text;
            if (first >= 0 && !text.substring(end, at).matches("\\s*(?:and|,|;)?\\s*")) return text; // words between
            if (first < 0) first = at;
            end = at + p.length();
        }
        String before = text.substring(0, first).strip(), after = text.substring(end).strip();
        if (before.isEmpty() || !before.matches(".*\\p{L}.*")) return text;
        before = before.replaceAll("[,:]?\\s*$", "") + ":";
        StringBuilder b = new StringBuilder(before);
        for (String part : parts) b.append('\n').append(part.strip());
        String rest = after.replaceFirst("^(?:and|,|\\.|;)\\s*", "").strip();
        if (!rest.isEmpty() && !rest.matches("[.?!]")) b.append('\n').append(rest);
        return b.toString();
    }

    private static final Pattern LETTER_GAP = Pattern.compile("(?<![\\p{L}\\d])(\\p{L}) (?=\\p{L}(?![\\p{L}(]))");

    /**
     * The start's products of single letters written as people write them, in the text only: "v = u + at", "E = mgh",
     * "P = VI" (session 12: the corpus wrote only "a t", "m g h", and 2.6.0 read "v = u + at" as "v = u + a" and "F = ma" as
     * "F = π"). Unchanged where the text does not hold the start as written or the start has no such product.
     */
    static String juxtapose(String text, String start) {
        if (start == null || start.contains(";") || !text.contains(start)) return text;
        String joined = start;
        for (String before = ""; !before.equals(joined);) {
            before = joined;
            joined = LETTER_GAP.matcher(joined).replaceAll("$1");
        }
        return joined.equals(start) ? text : text.replace(start, joined);
    }

    private static final Pattern NUMBER_UNIT = Pattern.compile(
            "(?<=\\d) (kg|g|km/h|km|cm|mm|m/s\\^2|m/s²|m/s|m|s|min|N|kN|J|kJ|W|kW|V|A|mA|Ω|kΩ|Hz|Pa|kPa)(?![\\p{L}\\d/^²])");

    /** A number typed against its unit, as students type it: "5kg", "20m/s", "3A" (session 12: 2.6.0 read "a 5kg box" as 3 kg). */
    static String glue(String text) {
        return NUMBER_UNIT.matcher(text).replaceAll("$1");
    }

    private static final Pattern TIMES = Pattern.compile("(?<=[\\d)]) ?[×*] ?(?=[\\d(−-])");

    /** Arithmetic typed with the letter x for times: "7 - 3 x 2 + 8" (session 12: 2.6.0 read it as the expression 3x 2). */
    static String timesAsX(String text) {
        return TIMES.matcher(text).replaceAll(" x ");
    }

    static String lowerProse(String text) {
        return lowerFirst(PROSE_WORD.matcher(text).replaceAll(w -> w.group().toLowerCase(Locale.ROOT)));
    }

    private static String lowerFirst(String t) {
        // a word ("Find", "Ali", the article in "A car"), never a letter of the math ("F = ma")
        boolean word = t.length() > 1 && Character.isUpperCase(t.charAt(0))
                && (Character.isLowerCase(t.charAt(1)) || t.matches("(?s)A [a-z].*")); // "A car", not "A = πr²"
        return !word
                ? t
                : Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }

    private static String dropStop(String t) {
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
