package app.stepwise.grade;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.math.Numbers;
import app.stepwise.math.Rational;
import app.stepwise.text.Message;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rounding asked of an answer: at most {@code places} decimal places (−1: no limit), {@code figures} significant
 * figures (0: none), or a multiple of {@code step} (the nearest 10; 1: none). Read from a question's words, English and
 * Spanish ("to 1 d.p.", "correct to 2 significant figures", "3 sf", "to the nearest whole number / 10 / penny / pound",
 * "con 2 decimales", "a la decena más próxima", "al céntimo"), or from the pack's own d.p. or s.f. rule. The grader asks
 * a right value not written so (10/3, √20, 3.333 where 3.3 is asked) to be rounded (ADR 0023); the tutor refuses a
 * reading whose answer is not so, or rounds it (round23: the grader and the tutor read the same words).
 */
public record AskedRounding(int places, int figures, int step) {

    // "un/una/uno" count only after "a", "con" or "hasta" ("redondea a un decimal"): "como un decimal" is "as a decimal"
    private static final String COUNT = "(\\d+|one|two|three|four|five|six|(?<=\\b(?:a|con|hasta)\\s)(?:una|uno|un)|dos|tres"
            + "|cuatro|cinco|seis)";
    private static final Pattern PLACES = Pattern.compile("\\b" + COUNT
            + "\\s*(?:decimal\\s+places?|d\\.\\s?p\\b\\.?|dp\\b|(?:cifras?\\s+)?decimal(?:es)?\\b)");
    private static final Pattern FIGURES = Pattern.compile("\\b" + COUNT + "\\s*(?:significant\\s+fig(?:ure)?s?|sig\\.?\\s*figs?"
            + "|s\\.\\s?f\\b\\.?|sf\\b|cifras?\\s+significativas?|c\\.\\s?s\\b\\.?)");
    /**
     * "to the nearest …" (en): a whole number, a tenth, a ten, a penny, a pound, a whole unit (cm, degree, minute, kg);
     * "nearest £100" as "nearest 100".
     */
    private static final Pattern NEAREST = Pattern.compile("\\bnearest\\s+(?:[£$€]\\s*)?(whole(?:\\s+number)?|integer|unit|tenth"
            + "|hundredth|thousandth|penny|pence|cent|pound|euro|dollar|ten|hundred|thousand|10|100|1000|0\\.1|0\\.01|0\\.001"
            // a whole number of a unit (grade24): "to the nearest cm / degree / minute / kg"
            + "|(?:milli|centi|kilo)?met(?:re|er)s?|mm|cm|m|km|degrees?|minutes?|seconds?|hours?|days?|kg|kilograms?|grams?|g"
            + "|lit(?:re|er)s?|ml|newtons?|joules?|watts?|volts?)\\b");
    /**
     * Spanish: "al entero más próximo", "a la decena más cercana", "a las centenas", "a las décimas", "al céntimo", "al
     * euro más próximo" (a bare "decena" is ten of something: "una decena de huevos").
     */
    private static final Pattern CERCANO = Pattern.compile("(?U)\\b(entero|unidad|decena|centena|millar)\\s+más\\s+"
            + "(?:próxim|cercan)[oa]\\b|\\b(décima|centésima|milésima)s?\\b|\\ba\\s+las?\\s+(decena|centena|millar)(?:s|es)?\\b"
            + "|\\bal\\s+(céntimo|centavo)\\b|\\b(?:al|el)\\s+(euro|dólar|peso)\\s+más\\s+(?:próxim|cercan)o\\b");
    private static final Pattern EXACT = Pattern.compile("(?U)\\bexact(?:ly)?\\b|\\bexact[oa]s?\\b|\\bexactamente\\b");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("una", 1),
            Map.entry("uno", 1), Map.entry("un", 1), Map.entry("dos", 2), Map.entry("tres", 3), Map.entry("cuatro", 4),
            Map.entry("cinco", 5), Map.entry("seis", 6));

    /** To {@code n} decimal places. */
    public static AskedRounding decimals(int n) {
        return new AskedRounding(n, 0, 1);
    }

    /** To {@code n} significant figures. */
    public static AskedRounding significantFigures(int n) {
        return new AskedRounding(-1, n, 1);
    }

    /** To the nearest multiple of {@code step} (10, 100, 1000). */
    public static AskedRounding nearest(int step) {
        return new AskedRounding(-1, 0, step);
    }

    /** The rounding the pack's answer rule asks for (its d.p. first, then its exact s.f. count), if any. */
    static Optional<AskedRounding> of(AnswerSpec.Numeric spec) {
        if (spec.decimals().isPresent()) return Optional.of(decimals(spec.decimals().get()));
        return spec.sigFigs().filter(AnswerSpec.SigFigs::exactly).map(s -> significantFigures(s.count()));
    }

    /**
     * The rounding a question's words ask for, if they ask one clearly: every instruction the same rounding, and not
     * "exactly or to 2 decimal places" (both forms asked for). The grader's reading.
     */
    public static Optional<AskedRounding> in(String question) {
        if (question == null) return Optional.empty();
        String q = question.toLowerCase(Locale.ROOT).replace('−', '-');
        if (EXACT.matcher(q).find()) return Optional.empty();
        Set<AskedRounding> asked = new LinkedHashSet<>(all(q));
        return asked.size() == 1 ? Optional.of(asked.iterator().next()) : Optional.empty();
    }

    /**
     * The first rounding the text asks for, decimal places before significant figures before "the nearest …" (the
     * tutor's reading: any rounding asked is one a reading's answer must meet, or be rounded to).
     */
    public static Optional<AskedRounding> first(String text) {
        List<AskedRounding> asked = all(text.toLowerCase(Locale.ROOT).replace('−', '-'));
        return asked.isEmpty() ? Optional.empty() : Optional.of(asked.get(0));
    }

    /** Every rounding instruction of a lower-case text, decimal places first, then figures, then "nearest …". */
    private static List<AskedRounding> all(String q) {
        List<AskedRounding> out = new ArrayList<>();
        for (Matcher m = PLACES.matcher(q); m.find();) count(m.group(1)).map(AskedRounding::decimals).ifPresent(out::add);
        for (Matcher m = FIGURES.matcher(q); m.find();)
            count(m.group(1)).filter(n -> n > 0).map(AskedRounding::significantFigures).ifPresent(out::add);
        for (Matcher m = NEAREST.matcher(q); m.find();) out.add(nearest(m.group(1)));
        for (Matcher m = CERCANO.matcher(q); m.find();) {
            for (int g = 1; g <= m.groupCount(); g++)
                if (m.group(g) != null) out.add(nearest(m.group(g)));
        }
        return out;
    }

    /** The rounding "to the nearest {@code word}" asks (a word of en or es). */
    private static AskedRounding nearest(String word) {
        return switch (word) {
            case "tenth", "0.1", "décima" -> decimals(1);
            case "hundredth", "penny", "pence", "cent", "0.01", "centésima", "céntimo", "centavo" -> decimals(2);
            case "thousandth", "0.001", "milésima" -> decimals(3);
            case "ten", "10", "decena" -> nearest(10);
            case "hundred", "100", "centena" -> nearest(100);
            case "thousand", "1000", "millar" -> nearest(1000);
            default -> decimals(0); // whole number, integer, unit, pound, euro, dollar, entero, unidad, peso, dólar
        };
    }

    private static Optional<Integer> count(String word) {
        if (word.matches("\\d+")) return word.length() > 2 ? Optional.empty() : Optional.of(Integer.parseInt(word));
        return Optional.ofNullable(WORDS.get(word));
    }

    /** "to 2 significant figures", "correct to 1 d.p.", "to the nearest 10": the words of the rounding asked (en). */
    private static final Pattern ROUNDING_WORDS = Pattern.compile("\\s*(?:(?:correct|accurate|rounded)\\s+)?(?:to\\s+)?"
            + "(?:the\\s+)?(?:" + PLACES.pattern() + "|" + FIGURES.pattern() + "|" + NEAREST.pattern() + ")");

    /** The text without its rounding words (each ends its phrase): "give its speed in km/h to 2 s.f." → "… in km/h." */
    public static String withoutRounding(String text) {
        return ROUNDING_WORDS.matcher(text).replaceAll(".");
    }

    /** The value rounded as asked (half up, as schools round), once: 344.5 to the nearest 10 is 340. */
    public BigDecimal apply(BigDecimal value) {
        RoundingMode up = RoundingMode.HALF_UP;
        BigDecimal v = value;
        if (places >= 0) v = v.setScale(places, up);
        if (figures > 0) v = v.round(new MathContext(figures, up));
        if (step > 1) {
            BigDecimal s = BigDecimal.valueOf(step);
            v = v.divide(s, 0, up).multiply(s);
        }
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** Whether a number as written (a decimal, a whole number or a fraction n/d) is rounded as asked: 3.5 or 7/2 to 1 d.p. */
    public boolean met(String value) {
        if (value.contains("/")) {
            String[] nd = value.split("/");
            BigDecimal n = new BigDecimal(nd[0].strip()), d = new BigDecimal(nd[1].strip());
            if (d.signum() == 0) return false;
            try {
                value = n.divide(d).toPlainString(); // 7/2 is 3.5: to 1 decimal place as it stands
            } catch (ArithmeticException recurring) {
                return false; // 10/3: an exact fraction where a rounded decimal is asked
            }
        }
        BigDecimal v = new BigDecimal(value).stripTrailingZeros();
        if (places >= 0 && Math.max(v.scale(), 0) > places) return false;
        if (figures > 0 && v.signum() != 0 && v.precision() > figures) return false;
        return step <= 1 || v.scale() <= 0 && v.toBigInteger().mod(BigInteger.valueOf(step)).signum() == 0;
    }

    /** The value rounded as asked. */
    BigDecimal round(Rational value) {
        return apply(value.toBigDecimal(MathContext.DECIMAL128));
    }

    /** The value rounded as asked, as a rational. */
    Rational roundedAsRational(Rational value) {
        return Rational.of(round(value));
    }

    /** Whether a number as typed has more places (or figures) than asked: 3.333 for 1 d.p., 4.47 for 2 s.f., 347 for 10. */
    boolean moreThanAsked(String typed) {
        if (figures > 0) return Numbers.significantFigures(typed)[0] > figures;
        if (step > 1) return !met(typed);
        return Numbers.decimalPlaces(typed) > places;
    }

    /** The test a verdict on this rounding names. */
    Grade.Test test() {
        return figures > 0 ? Grade.Test.SIGFIGS : Grade.Test.DECIMALS;
    }

    /** "The value is right, but the question asks for it to 1 decimal place: 3.3." */
    Message roundIt(Rational expected) {
        String rounded = round(expected).toPlainString();
        if (figures > 0) return Message.of("grade.askedFigures", figures, rounded);
        if (step > 1) return Message.of("grade.askedNearest", step, rounded);
        return Message.of("grade.askedDecimals", places, rounded);
    }
}
