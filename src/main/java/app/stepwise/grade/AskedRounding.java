package app.stepwise.grade;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.math.Numbers;
import app.stepwise.math.Rational;
import app.stepwise.text.Message;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rounding a number answer is asked for: "to 1 d.p.", "correct to 2 significant figures", "to the nearest whole
 * number" (en, es), or the pack's own d.p. or s.f. rule. A right value not written so (10/3, √20, 3.333 where 3.3 is
 * asked) is right but not finished: the student is asked to round it (ADR 0023).
 */
record AskedRounding(boolean figures, int count) {

    private static final String COUNT = "(\\d+|one|two|three|four|five|una|uno|un|dos|tres|cuatro|cinco)";
    private static final Pattern PLACES = Pattern.compile("\\b" + COUNT
            + "\\s*(?:decimal\\s+places?|d\\.\\s?p\\b\\.?|dp\\b|(?:cifras?\\s+)?decimal(?:es)?\\b)");
    private static final Pattern FIGURES = Pattern.compile("\\b" + COUNT
            + "\\s*(?:significant\\s+fig(?:ure)?s?|sig\\.?\\s*figs?|s\\.\\s?f\\b\\.?|cifras\\s+significativas|c\\.\\s?s\\b\\.?)");
    private static final Pattern WHOLE = Pattern.compile("\\bnearest\\s+(?:whole(?:\\s+number)?|integer)\\b"
            + "|\\bentero\\s+más\\s+(?:próximo|cercano)\\b|\\bunidad\\s+más\\s+(?:próxima|cercana)\\b");
    private static final Pattern TENTHS = Pattern.compile("\\bnearest\\s+(tenth|hundredth)\\b|\\b(décimas?|centésimas?)\\b");
    private static final Pattern EXACT = Pattern.compile("(?U)\\bexact(?:ly)?\\b|\\bexact[oa]s?\\b|\\bexactamente\\b");
    private static final Map<String, Integer> WORDS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "una", 1,
            "uno", 1, "un", 1, "dos", 2, "tres", 3);

    /** The rounding the pack's answer rule asks for (its d.p. first, then its exact s.f. count), if any. */
    static Optional<AskedRounding> of(AnswerSpec.Numeric spec) {
        if (spec.decimals().isPresent()) return Optional.of(new AskedRounding(false, spec.decimals().get()));
        return spec.sigFigs().filter(AnswerSpec.SigFigs::exactly).map(s -> new AskedRounding(true, s.count()));
    }

    /** The rounding a question's words ask for, if they ask one clearly (one instruction, no two kinds). */
    static Optional<AskedRounding> in(String question) {
        if (question == null) return Optional.empty();
        String q = question.toLowerCase(Locale.ROOT);
        // "exactly or to 2 decimal places": both forms are asked for
        if (EXACT.matcher(q).find()) return Optional.empty();
        Matcher p = PLACES.matcher(q), f = FIGURES.matcher(q), w = WHOLE.matcher(q), t = TENTHS.matcher(q);
        boolean places = p.find(), figs = f.find(), whole = w.find(), tenths = t.find();
        if ((places ? 1 : 0) + (figs ? 1 : 0) + (whole ? 1 : 0) + (tenths ? 1 : 0) != 1) return Optional.empty();
        if (places) return count(p.group(1)).map(n -> new AskedRounding(false, n));
        if (figs) return count(f.group(1)).filter(n -> n > 0).map(n -> new AskedRounding(true, n));
        if (whole) return Optional.of(new AskedRounding(false, 0));
        String which = t.group(1) != null ? t.group(1) : t.group(2);
        return Optional.of(new AskedRounding(false, which.startsWith("tenth") || which.startsWith("déc") ? 1 : 2));
    }

    private static Optional<Integer> count(String word) {
        if (word.matches("\\d+")) return word.length() > 2 ? Optional.empty() : Optional.of(Integer.parseInt(word));
        return Optional.ofNullable(WORDS.get(word));
    }

    /** The value rounded as asked. */
    BigDecimal round(Rational value) {
        BigDecimal v = value.toBigDecimal(MathContext.DECIMAL128);
        return figures ? v.round(new MathContext(count, RoundingMode.HALF_UP)) : v.setScale(count, RoundingMode.HALF_UP);
    }

    /** The value rounded as asked, as a rational. */
    Rational roundedAsRational(Rational value) {
        return Rational.of(round(value));
    }

    /** Whether a decimal as typed has more places (or figures) than asked: 3.333 for 1 d.p., 4.47 for 2 s.f. */
    boolean moreThanAsked(String typed) {
        if (figures) return Numbers.significantFigures(typed)[0] > count;
        return Numbers.decimalPlaces(typed) > count;
    }

    /** "The value is right, but the question asks for it to 1 decimal place: 3.3." */
    Message roundIt(Rational expected) {
        String rounded = round(expected).toPlainString();
        return figures
                ? Message.of("grade.askedFigures", count, rounded)
                : Message.of("grade.askedDecimals", count, rounded);
    }
}
