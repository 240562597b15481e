package app.stepwise.solve;

import app.stepwise.lesson.Task;
import app.stepwise.math.Rational;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The percentage problems the verified reader reads besides "p% of n" ({@code tutor/PercentageWords}): an amount
 * increased or decreased by a percentage, one amount as a percentage of another, and the percentage change from one
 * amount to another. Their starts are written exactly as the reader writes them, so the model is trained on the very
 * text the tutor restates such a problem as ("Calculate 80 × (100 - 15)/100.").
 *
 * <p>Each kind has its own frames; the last one of each is held out (it is used only for test-wording problems).
 */
final class PercentKinds {
    private PercentKinds() {}

    private enum Kind {
        INCREASE(List.of("Increase {n} by {p}%.", "A price of {cur}{n} goes up by {p}%. What is the new price?",
                "{name}'s rent of {cur}{n} a month rises by {p}%. Find the new rent.",
                "What is {n} after an increase of {p}%?", "A town of {n} people grows by {p}%. Work out the new population.",
                "Calculate the new amount when {n} is increased by {p} percent.",
                "A {cur}{n} bill has {p}% tax added. How much is paid in all?",
                "{name} earns {cur}{n} a week and gets a {p}% pay rise. How much does {name} earn now?",
                "Work out {n} increased by {p}%.",
                "The number of club members, {n}, went up by {p}% this year. How many members are there now?")),
        DECREASE(List.of("Decrease {n} by {p}%.", "A coat costing {cur}{n} is reduced by {p}% in a sale. What is the sale price?",
                "Take {p}% off {n}.", "{name} buys a bike priced {cur}{n} with a {p}% discount. How much does {name} pay?",
                "A car worth {cur}{n} loses {p}% of its value in a year. Find its value after the year.",
                "What is {n} after a {p}% decrease?", "Reduce {cur}{n} by {p} percent.",
                "A tank holds {n} litres. It loses {p}% of its water. How many litres are left?",
                "Work out {n} decreased by {p}%.",
                "After a cut of {p}%, how much is left of a {cur}{n} budget?")),
        PERCENT_OF(List.of("Write {a} as a percentage of {b}.", "What percentage of {b} is {a}?",
                "{name} scores {a} out of {b} in a test. What percentage is that?",
                "Express {a} out of {b} as a percentage.", "{a} of the {b} pupils walk to school. What percent walk?",
                "What percent is {a} of {b}?", "Give {a} as a percentage of {b}.",
                "A farmer plants {b} trees and {a} of them are apple trees. What percentage are apple trees?",
                "Find {a} as a percentage of {b}.", "Out of {b} tickets, {a} were sold. What percentage were sold?")),
        CHANGE_UP(List.of("A price rises from {cur}{b} to {cur}{a}. Find the percentage increase.",
                "Find the percentage increase from {b} to {a}.",
                "The number of visitors went up from {b} to {a}. By what percentage did it increase?",
                "{name}'s wage rose from {cur}{b} to {cur}{a}. Work out the percentage increase.",
                "Calculate the percentage increase when {b} becomes {a}.",
                "A plant grew from {b} mm to {a} mm. What is the percentage increase in its height?",
                "What is the percentage increase from {b} to {a}?",
                "Sales increased from {b} to {a}. Find the increase as a percentage.")),
        CHANGE_DOWN(List.of("{name}'s savings fell from {cur}{b} to {cur}{a}. What is the percentage decrease?",
                "Find the percentage decrease from {b} to {a}.",
                "A price drops from {cur}{b} to {cur}{a}. Work out the percentage decrease.",
                "The class went down from {b} pupils to {a} pupils. By what percentage did it decrease?",
                "Calculate the percentage decrease when {b} becomes {a}.",
                "What is the percentage decrease from {b} to {a}?",
                "A car's value dropped from {cur}{b} to {cur}{a}. Find the decrease as a percentage.",
                "Attendance fell from {b} to {a}. Work out the percentage decrease."));

        final List<String> frames;

        Kind(List<String> frames) {
            this.frames = frames;
        }
    }

    /**
     * A verified problem of one of these kinds, in a frame chosen by the wording (a held-out wording takes each kind's
     * held-out frame), or empty when the solver did not verify the draw.
     */
    static Optional<Worked> generate(Family family, SplittableRandom r, int wording) {
        Kind kind = Kind.values()[r.nextInt(Kind.values().length)];
        Map<String, String> fill = new LinkedHashMap<>();
        fill.put("name", NumberWriting.pick(r, StoryNames.NAMES));
        fill.put("cur", NumberWriting.pick(r, StoryNames.CURRENCIES));
        String start = switch (kind) {
            case INCREASE, DECREASE -> {
                String p = rate(r, kind == Kind.DECREASE);
                String n = Integer.toString(amount(r));
                fill.put("p", p);
                fill.put("n", n);
                yield n + " × (100 " + (kind == Kind.INCREASE ? "+ " : "- ") + p + ")/100";
            }
            case PERCENT_OF -> {
                int whole, part;
                if (r.nextInt(4) > 0) { // mostly a whole percentage, as exercises are set
                    int pct = NumberWriting.between(r, 1, r.nextInt(8) == 0 ? 250 : 99);
                    whole = multipleFor(r, pct);
                    part = whole * pct / 100;
                } else {
                    whole = Math.max(3, amount(r));
                    part = NumberWriting.between(r, 1, whole - 1);
                }
                fill.put("a", Integer.toString(part));
                fill.put("b", Integer.toString(whole));
                yield part + "/" + whole + " × 100";
            }
            default -> {
                int before, change;
                if (r.nextInt(4) > 0) {
                    int pct = NumberWriting.between(r, 1, kind == Kind.CHANGE_UP ? 150 : 95);
                    before = multipleFor(r, pct);
                    change = before * pct / 100;
                } else {
                    before = Math.max(3, amount(r));
                    change = NumberWriting.between(r, 1, kind == Kind.CHANGE_UP ? before * 2 : before - 1);
                }
                int after = kind == Kind.CHANGE_UP ? before + change : before - change;
                fill.put("a", Integer.toString(after));
                fill.put("b", Integer.toString(before));
                yield kind == Kind.CHANGE_UP
                        ? "(" + after + " - " + before + ")/" + before + " × 100"
                        : "(" + before + " - " + after + ")/" + before + " × 100";
            }
        };
        List<String> frames = kind.frames;
        // the last frame of each kind is held out: used by test-wording problems only
        String frame = family.heldOut(wording)
                ? frames.get(frames.size() - 1)
                : frames.get(Math.floorMod(wording, frames.size() - 1));
        for (var e : fill.entrySet()) frame = frame.replace("{" + e.getKey() + "}", e.getValue());
        GeneralSolver.Request request = new GeneralSolver.Request(Task.EVALUATE, start, "", "", "percentages");
        Optional<Worked> w = GeneralSolver.solve(request, frame);
        if (w.isEmpty() || !w.get().family().equals("percentages") || w.get().steps().isEmpty()) return Optional.empty();
        Worked s = w.get();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("shape", start);
        return Optional.of(new Worked(s.family(), s.statement(), s.task(), s.start(), s.givens(), s.steps(), s.answer(),
                s.answerKind(), family.skills(), params, wording, s.checkValue()));
    }

    /** Whole percentages mostly, now and then a half; a decrease stays under 100 %. */
    private static String rate(SplittableRandom r, boolean decrease) {
        if (r.nextInt(6) == 0) return LinearFamilies.decimal(Rational.of(NumberWriting.between(r, 1, 49) * 2 + 1, 2));
        return Integer.toString(NumberWriting.between(r, 1, decrease ? 95 : 150));
    }

    /** An amount of which this whole percentage is a whole number. */
    private static int multipleFor(SplittableRandom r, int pct) {
        int step = 100 / BigInteger.valueOf(pct).gcd(BigInteger.valueOf(100)).intValue();
        return step * NumberWriting.between(r, 1, Math.max(1, Math.min(60, 2000 / step)));
    }

    /** Amounts of every size textbooks use: round ones and not. */
    private static int amount(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> NumberWriting.between(r, 2, 100) * 10;
            case 1 -> NumberWriting.between(r, 1, 40) * 25;
            case 2 -> NumberWriting.between(r, 2, 60);
            default -> NumberWriting.between(r, 12, 2000);
        };
    }
}
