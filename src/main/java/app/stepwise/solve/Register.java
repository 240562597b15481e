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
            " any help appreciated", " i dont get it", " help", "?? thanks", " (due tomorrow)");

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

    /** The text in a register drawn from r (often unchanged); topics: what a teacher may call the problem's topic. */
    static String dress(String text, SplittableRandom r, List<String> topics) {
        String t = text;
        if (r.nextInt(12) == 0) t = aside(t, r);
        int student = r.nextInt(6); // 0: typed by a student
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
        return t;
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
        return t;
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
