package app.stepwise.tutor;

import app.stepwise.solve.ExamFurniture;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a teacher writes around a math problem that is not the problem (session 18: teacher-written problems were read
 * far less often than textbook ones): exam labels and marks ("Question 4 (3 marks)", "Q2b)", "[2]"), hints ("Hint: let
 * u = 2x − 1."), and asides that hold no math ("Good morning!", "There are 28 in the class."). The reader reads the
 * text as typed first; only where that is refused does it read the problem without this furniture, and an aside is
 * dropped only where the rest is an instruction with its own math that never refers back to the aside. The patterns of
 * labels and marks are {@link ExamFurniture}'s (its math variant).
 */
final class TeacherFurniture {
    private TeacherFurniture() {}

    /** A school year greeted ("Good morning Year 12!", "Year 10, please …"), capitalised as a class's name is. */
    private static final Pattern SCHOOL_YEAR = Pattern.compile("\\b(?:Year|Grade|Form)\\s+\\d{1,2}[A-Z]?\\b(?!\\s*[-+×*/÷=^])");
    /** A hint: from "Hint:" (or "Tip:", "(Hint: …)") to the end of its sentence, its bracket or its line. */
    private static final Pattern HINT = Pattern.compile("(?i)\\(\\s*(?:hint|tip)\\s*:[^()\\n]*\\)"
            + "|\\b(?:hint|tip)\\s*:[^\\n]*?(?:[.!](?=\\s|$)|$)", Pattern.MULTILINE);
    /**
     * Words that restrict or change the answer (a sign, a kind of number, a range, rounding): a hint or an aside that says
     * one is part of the problem, and is kept (the reader then refuses what it cannot read).
     */
    private static final Pattern RESTRICTS = Pattern.compile("(?i)\\b(?:positive|negative|integers?|whole|natural|greater|less"
            + "|bigger|smaller|larger|more|fewer|least|most|only|between|exact\\w*|decimal|significant|round\\w*|nearest|degrees?"
            + "|radians?|domain|range|real|complex|non-?zero|except|not\\s+equal|odd|even|prime|base|binary|modulo|mod)\\b|[<>≤≥≠]"
            // a letter said to be something ("x is a length", "n must be …"): what the answer may be
            + "|(?<![A-Za-z])[A-Za-z]\\s+(?:is|are|must|can|cannot|can't|should|has|represents|stands|means)\\b");
    /** "Don't forget the negative root": both roots are asked for, as the reading gives them. */
    private static final Pattern BOTH_ROOTS = Pattern.compile(
            "(?i)\\b(?:don'?t|do\\s+not)\\s+forget\\s+(?:about\\s+)?the\\s+(?:negative|other)\\s+(?:root|solution|answer)s?\\b");

    /**
     * A warning of a common mistake: "- remember it is not k² − 25!", "Careful: the answer is not a² + 16." What it says is
     * not the answer, so it is no part of the problem (read19).
     */
    private static final Pattern NOT_THE_ANSWER = Pattern.compile("(?i)(?:[ \\t]+[-–—][ \\t]+|(?<=[.!?])[ \\t]*|^)\\(?[ \\t]*"
            + "(?:remember|careful|be\\s+careful|note|watch\\s+out|warning)[ \\t]*[:,!]?[ \\t]*(?:that\\s+)?(?:it|this|the\\s+answer"
            + "|your\\s+answer|the\\s+expansion|the\\s+result)\\s+(?:is\\s+not|isn'?t|is\\s+never|does\\s+not\\s+equal"
            + "|doesn'?t\\s+equal)\\s+([^.!?\\n]*)[.!?]*\\)?", Pattern.MULTILINE);

    /**
     * What a warning says the answer is not, where it is a wrong expression and nothing else ("k² − 25"): not a value,
     * an equation or a sign ("the answer is not -4", "it is not x = 4", "is not negative" exclude a root, and stay).
     */
    private static boolean notAnExpression(String warned) {
        return warned.matches(".*[A-Za-z].*") && !warned.contains("=") && !RESTRICTS.matcher(warned).find()
                && !warned.matches("(?i).*\\b(?:only|just|both|one|two|root|solution|answer)s?\\b.*");
    }
    /** "(Don't forget the negative root!)": both roots are asked for, as the reading gives them. */
    private static final String FORGET_NOT_THE_ROOT = "\\b(?:don'?t|do\\s+not)\\s+forget\\s+(?:about\\s+)?the\\s+(?:negative"
            + "|other)\\s+(?:root|solution|answer)s?\\b";
    /** (its sentence's full stop stays: a hint before it ends there) */
    private static final Pattern BOTH_ROOTS_SAID = Pattern
            .compile("(?i)\\([ \\t]*" + FORGET_NOT_THE_ROOT + "[ \\t]*[.!]*[ \\t]*\\)"
                    + "|" + FORGET_NOT_THE_ROOT);
    /** The lesson's time and the sheet's length: "You have 5 minutes for this one.", "There are 4 questions on this sheet." */
    private static final Pattern LESSON_TIME = Pattern.compile("(?im)(?:^|(?<=[.!?])[ \\t]+)(?:(?:you|we)(?:'ve|\\s+have)"
            + "(?:\\s+got)?\\s+(?:about\\s+|only\\s+|just\\s+)?\\d{1,2}\\s+minutes?\\s+(?:left|to\\s+go|for\\s+this(?:\\s+one)?"
            + "|on\\s+this(?:\\s+one)?)|there\\s+are\\s+\\d{1,2}\\s+questions\\s+on\\s+(?:this|the)\\s+(?:sheet|page"
            + "|worksheet))[ \\t]*[.!]");

    /** The text with exam labels, marks and hints taken out; the text itself where it has none. */
    static String withoutLabelsAndHints(String text) {
        String t = ExamFurniture.withoutMathMarks(text);
        t = NOT_THE_ANSWER.matcher(t).replaceAll(m -> !notAnExpression(m.group(1))
                ? Matcher.quoteReplacement(m.group())
                : m.group().matches("(?s)[ \\t]+[-–—].*") ? "." : " ");
        t = BOTH_ROOTS_SAID.matcher(t).replaceAll(" ");
        t = LESSON_TIME.matcher(t).replaceAll(" ");
        t = ExamFurniture.withoutMathLabels(t);
        t = SCHOOL_YEAR.matcher(t).replaceAll("Class");
        t = HINT.matcher(t).replaceAll(m -> RESTRICTS.matcher(BOTH_ROOTS.matcher(m.group()).replaceAll(" ")).find()
                ? Matcher.quoteReplacement(m.group())
                : " ");
        return t.equals(text) ? text : t.strip();
    }

    /** A sentence's end (a full stop, ! or ? before a space, not a decimal point), or a line's. */
    private static final Pattern PIECE_END = Pattern.compile("(?<=[.!?])[ \\t]+|\\n+");
    /** Words that ask for something: the instruction or question is never an aside. */
    private static final Pattern ASKS = Pattern.compile("(?i)\\b(?:solve|work\\w*\\s+out|calculate|evaluate|find|simplif\\w*"
            + "|expand|factori[sz]\\w*|factor|differentiat\\w*|derivative|rearrang\\w*|make|subject|multiply|collect|what|how"
            + "|which|determine|show|prove|write|express|integrat\\w*|sketch|plot|estimate|increase|decrease|reduce|convert"
            + "|give|use|using|check|answer|explain|state|list|draw)\\b");
    /**
     * Words that relate numbers (an operation, a part, a price, a comparison, a measure): a sentence with one holds a
     * relation of the problem, never an aside.
     */
    private static final Pattern RELATES = Pattern.compile("(?i)\\b(?:times|twice|double\\w*|half|halve\\w*|halves|thirds?"
            + "|quarters?|triple\\w*|treble\\w*|each|every|per|total|altogether|sum|product|difference|left|remain\\w*|rest"
            + "|share\\w*|split\\w*|divid\\w*|multipl\\w*|add\\w*|plus|minus|subtract\\w*|take\\w*|took|cost\\w*|price\\w*|paid"
            + "|pays?|sav\\w*|earn\\w*|buy\\w*|bought|sell\\w*|sold|gave|given|gives?|ate|eat\\w*|used|lose|los\\w*|lost|gain\\w*"
            + "|profit|ratio|proportion\\w*|percent\\w*|fraction\\w*|squared?|cubed?|power|roots?|numbers?|answers?|results?"
            + "|equal\\w*|makes?|gets?|got|old|age|ages|years?|older|younger|speed|length|width|height|area|perimeter|volume"
            + "|mass|weigh\\w*|time|hours?|minutes?|seconds?|days?|weeks?|months?|metres?|meters?|grams?|litres?|liters?"
            + "|miles?|km|kg|cm|mm|it|its|they|them|these|those|this|that|same|than|as|if|when|then|so)\\b"
            // the same in Spanish, for the words of a Spanish text its phrase table leaves as they are (read19)
            + "|(?i)\\b(?:mitad|doble|triple|tercios?|cuartos?|quintos?|cada|total|resto|restan?|quedan?|sobran?|ellos|ellas"
            + "|eso|esto|mismos?|mismas?|respuestas?|resultados?|s[oó]lo|[uú]nicamente|redonde\\w*|decimal\\w*|cifras?"
            + "|enter[oa]s?|positiv\\w*|negativ\\w*|aproxim\\w*|exact\\w*|veces|m[aá]s|menos|mayor|menor|cuesta\\w*|precio"
            + "|euros?|pesos|partes?|porcentaje|ciento|cm|metros?|kilos?|gramos?|litros?|horas?|minutos?|segundos?|d[ií]as?"
            + "|semanas?|meses|años?|edad)\\b"
            + "|" + RESTRICTS.pattern());
    /** Anything of math beyond a whole number counting things: a sign, a bracket, a unit sign, a letter alone, 2x, 2.5. */
    private static final Pattern MATH = Pattern
            .compile("[=+×*/÷^()%£$€¥₹<>≤≥√²³±_·\\[\\]{}]|(?<![A-Za-z])[B-HJ-Zb-z](?![A-Za-z'’])"
                    + "|\\d[A-Za-z]|[A-Za-z]\\d|\\d[.,]\\d|(?<![A-Za-z])-(?!\\s)|(?<!\\s)-(?![A-Za-z])|\\\\");
    private static final Pattern DIGITS = Pattern.compile("\\d|(?i)\\b(?:one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen)\\b");
    /** A word that points back at something said before: a problem with one is not read without its asides. */
    private static final Pattern REFERS_BACK = Pattern.compile(
            "(?i)\\b(?:them|they|these|those|each|every|of\\s+(?:it|this|that)|the\\s+rest|altogether|in\\s+total|per)\\b"
                    // a part of a thing ("3/8 of the total", "25% of a box"), not of the math
                    + "|\\bof\\s+(?:the|a|an|his|her|their|its|my|your|our)\\s+(?!(?:equation|expression|formula|brackets?"
                    + "|following|form|answer|working|function|curve)\\b)");
    private static final Set<String> NOT_CONTENT = Set.of("there", "here", "this", "that", "have", "with", "from", "were",
            "been", "your", "their", "about", "before", "after", "today", "the", "and", "are", "for", "has", "had", "our",
            "you");

    /**
     * The text without its asides: sentences (or lines) that ask nothing, hold no math beyond whole numbers counting
     * things, and relate no numbers ("Good morning everyone!", "There are 28 in the class."). Empty where there is no such
     * aside, or where what is left is not an instruction with its own math: a line with numbers that is neither an
     * instruction nor all math ("3/4 of the class are girls."), or a word pointing back at the aside ("of them", "each"),
     * or a word of an aside with numbers said again ("the class"), and nothing is dropped.
     */
    static Optional<String> withoutAsides(String text) {
        return withoutAsides(text, false);
    }

    /**
     * The text without the sentences that recall an earlier lesson's work ("Last lesson we solved 2x + 1 = 7."), for a
     * physics text too (where no other aside is dropped here); empty where there is none, or where the rest refers back.
     */
    static Optional<String> withoutRecalledWork(String text) {
        return withoutAsides(text, true);
    }

    /**
     * A sentence that recalls work done before, with its math ("Last lesson we solved 2x + 1 = 7.", "Yesterday we expanded
     * (x + 1)(x + 2).", "We differentiated y = x³ last time."): that problem is done, the one to do is after it (read19).
     */
    private static final String WORK_DONE = "(?:we|you|the\\s+class)\\s+(?:all\\s+)?(?:solved|did|expanded|factori[sz]ed"
            + "|differentiated|simplified|worked\\s+out|calculated|found|evaluated|rearranged|practi[sc]ed|looked\\s+at|went\\s+over)\\b";
    private static final String BEFORE_NOW = "(?:last|previous)\\s+(?:lesson|week|time|term|class|session|homework)|yesterday"
            + "|earlier(?:\\s+(?:today|this\\s+week))?|in\\s+(?:the|our|today'?s)\\s+(?:starter|warm[-\\s]?up|last\\s+lesson)"
            + "|on\\s+(?:monday|tuesday|wednesday|thursday|friday)|before\\s+(?:the\\s+)?(?:break|lunch)";
    private static final Pattern RECALLED = Pattern.compile("(?i)^\\W*(?:(?:" + BEFORE_NOW + "),?\\s+" + WORK_DONE
            + "|" + WORK_DONE + "[^?]*\\b(?:" + BEFORE_NOW + ")\\W*$)");
    /** A value stated in the recalled work ("we found x = 3", "which gave 12"): the problem after it may use it. */
    private static final Pattern VALUE_STATED = Pattern.compile("(?i)(?<![\\w^])[a-z]\\s*=\\s*[-−]?\\d+(?:\\.\\d+)?(?:/\\d+)?"
            + "\\s*(?:[.,;!]|$)|\\b(?:gave|gives|got|get|equals?|answer|result|solution)\\b"
            + "|\\b(?:is|was|were|are|came\\s+to|comes\\s+to|be)\\s+(?:about\\s+)?[-−]?\\d");
    /** Words of the problem after recalled work that point back at it ("use it", "the same", "your answer", "hence"). */
    private static final Pattern USES_WHAT_CAME_BEFORE = Pattern.compile("(?i)\\b(?:it|its|this|these|those|same|again"
            + "|answers?|results?|solutions?|values?|hence|using|use|previous|before|earlier|above|last|similar|like)\\b"
            // "that" as a pointer ("of that", "that equation"), not as a relative ("a bike that goes 60 m")
            + "|\\b(?:of|from|with|for|in|on|to|as|is|use|do|try)\\s+that\\b|^\\W*that\\b"
            + "|\\bthat\\s+(?:equation|expression|number|one|answer|result|value|formula|question|problem|car|object)\\b");

    /** Whether a piece of text recalls work done before and states no value found then. */
    static boolean recalledWork(String piece) {
        String p = piece.strip();
        return !p.contains("?") && RECALLED.matcher(p).find() && !VALUE_STATED.matcher(p).find();
    }

    private static Optional<String> withoutAsides(String text, boolean recalledOnly) {
        List<String> pieces = new ArrayList<>(), separators = new ArrayList<>();
        Matcher end = PIECE_END.matcher(text);
        int from = 0;
        while (end.find()) {
            pieces.add(text.substring(from, end.start()));
            separators.add(end.group());
            from = end.end();
        }
        pieces.add(text.substring(from));
        separators.add("");
        StringBuilder rest = new StringBuilder();
        List<String> asides = new ArrayList<>();
        boolean recalled = false;
        for (int i = 0; i < pieces.size(); i++) {
            String p = pieces.get(i);
            if (recalledWork(p)) recalled = true;
            else if (!recalledOnly && isAside(p)) asides.add(p);
            else if (!p.isBlank()) rest.append(p).append(separators.get(i));
        }
        String problem = rest.toString().strip();
        // ("the speed of a bike" refers to nothing in physics: there the reading's check that every quantity has its place
        // stands in for it)
        if (asides.isEmpty() && !recalled || problem.isEmpty() || !ASKS.matcher(problem).find()
                || !recalledOnly && REFERS_BACK.matcher(problem).find())
            return Optional.empty();
        // "Today, solve 3x − 4 = 11." stands alone; "Now use it to solve …" does not ("this time" is no such word)
        if (recalled && USES_WHAT_CAME_BEFORE.matcher(problem.replaceAll(
                "(?i)\\bthis\\s+(?:time|lesson|week|morning|afternoon)\\b|\\bit'?s\\s+your\\s+turn\\b", " ")).find())
            return Optional.empty();
        if (recalledOnly) return Optional.of(problem);
        for (String p : problem.split("(?<=[.!?])[ \\t]+|\\n+"))
            if (DIGITS.matcher(p).find() && !ASKS.matcher(p).find() && !allMath(p)) return Optional.empty();
        Set<String> said = words(problem);
        for (String a : asides)
            if (DIGITS.matcher(a).find() && words(a).stream().anyMatch(said::contains)) return Optional.empty();
        return Optional.of(problem);
    }

    /** A sentence that asks nothing, holds no math and relates no numbers. */
    static boolean isAside(String piece) {
        String p = piece.strip();
        return !p.isEmpty() && !p.contains("?") && !ASKS.matcher(p).find() && !RELATES.matcher(p).find()
                && !MATH.matcher(p.replaceAll("(?<=[A-Za-z])\\s+[-–—]\\s+(?=[A-Za-z])", " ")).find();
    }

    /** A line that is math and nothing else ("8 + 3w = 2"), as under an instruction split over lines: no word in it. */
    private static boolean allMath(String line) {
        String l = TextMath.normalise(line.strip().replaceAll("[.,;]$", "")).strip();
        return !l.replaceAll("\\b(?:sin|cos|tan|ln|log|exp|sqrt)\\b", " ").matches("(?s).*[A-Za-z]{2}.*")
                && TextMath.parseable(l).map(m -> m.length() >= l.length()).orElse(false);
    }

    /** The content words of a text, a plural s dropped. */
    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+"))
            if (w.length() >= 3 && !NOT_CONTENT.contains(w)) out.add(w.replaceFirst("(?<=...)s$", ""));
        return out;
    }
}
