package app.stepwise.classroom;

import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import app.stepwise.store.Records.ProblemProgress;
import app.stepwise.store.Records.SkillState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What to practise next in a pack: an unmastered skill first (the weakest, but not the one just practised when
 * another needs work — interleaving), every third pick a mastered skill that is due for review (spaced: 1, 2, 4, …
 * days after the last practice), and, when a skill needs more practice than the pack holds, a fresh problem of the
 * same family ("another like this").
 */
public final class NextProblem {
    private NextProblem() {}

    /** Why a problem was picked. */
    public enum Reason {
        /** A skill that is not mastered yet. */
        PRACTICE,
        /** A mastered skill that is due for review. */
        REVIEW,
        /** Every skill is mastered and none is due: more practice on the least recent one. */
        EXTRA
    }

    /**
     * The pick: the problem (from the pack, or the template to generate a fresh one like), the skill it practises.
     *
     * @param generate true when the pack has no unsolved problem left for the skill: make another like
     *                 {@code problem}
     */
    public record Pick(Problem problem, String skill, Reason reason, boolean generate) {}

    /** The review interval after {@code reviews} successful reviews: 1 day, then doubling up to 64 days. */
    public static Duration reviewInterval(int reviews) {
        return Duration.ofDays(1L << Math.min(Math.max(reviews, 0), 6));
    }

    /**
     * Picks the next problem.
     *
     * @param mastery  the student's skill states (missing = never practised)
     * @param progress per problem id: what the student did
     * @param last     the problem just practised, if any
     * @param picks    how many problems were picked so far this session (every third may be a review)
     * @param canGenerate whether a problem has a generator ("another like this" is possible)
     */
    public static Optional<Pick> pick(LessonPack pack, Map<String, SkillState> mastery, Map<String, ProblemProgress> progress,
            Optional<Problem> last, Instant now, int picks, Function<String, Bkt> params,
            java.util.function.Predicate<Problem> canGenerate) {
        List<String> skills = skillsOf(pack);
        if (skills.isEmpty()) return firstUnsolved(pack, progress);
        Set<String> lastSkills = last.map(p -> Set.copyOf(p.skills())).orElse(Set.of());
        List<String> unmastered = new ArrayList<>();
        List<String> due = new ArrayList<>();
        for (String s : skills) {
            SkillState st = mastery.get(s);
            double known = st == null ? params.apply(s).init() : st.pKnown();
            if (known < Bkt.MASTERED) unmastered.add(s);
            else if (st != null && !Instant.parse(st.lastAt()).plus(reviewInterval(st.reviews())).isAfter(now)) due.add(s);
        }
        Comparator<String> weakest = Comparator.comparingDouble(
                (String s) -> mastery.containsKey(s) ? mastery.get(s).pKnown() : params.apply(s).init())
                .thenComparing(skills::indexOf);
        Comparator<String> stalest = Comparator.comparing((String s) -> mastery.get(s).lastAt());
        boolean reviewTurn = !due.isEmpty() && (unmastered.isEmpty() || picks % 3 == 2);
        if (reviewTurn) {
            due.sort(stalest);
            return choose(pack, due.get(0), Reason.REVIEW, mastery, progress, last, params, canGenerate);
        }
        if (!unmastered.isEmpty()) {
            List<String> order = new ArrayList<>(unmastered);
            order.sort(Comparator.comparing((String s) -> lastSkills.contains(s) ? 1 : 0).thenComparing(weakest));
            for (String s : order) {
                Optional<Pick> p = choose(pack, s, Reason.PRACTICE, mastery, progress, last, params, canGenerate);
                if (p.isPresent()) return p;
            }
        }
        List<String> all = new ArrayList<>(skills);
        all.removeIf(s -> !mastery.containsKey(s));
        all.sort(stalest);
        for (String s : all) {
            Optional<Pick> p = choose(pack, s, Reason.EXTRA, mastery, progress, last, params, canGenerate);
            if (p.isPresent()) return p;
        }
        return firstUnsolved(pack, progress);
    }

    /** The skills a pack practises, in its order: those listed, then any only named by problems. */
    public static List<String> skillsOf(LessonPack pack) {
        Set<String> out = new LinkedHashSet<>();
        pack.skills().forEach(s -> out.add(s.id()));
        pack.problems().forEach(p -> out.addAll(p.skills()));
        return List.copyOf(out);
    }

    /**
     * A problem for this skill: an unsolved one near the student's level (difficulty 1 to 5 from P(known)), a fresh
     * one of the same family when all are solved, else one not yet solved, else none.
     */
    private static Optional<Pick> choose(LessonPack pack, String skill, Reason reason, Map<String, SkillState> mastery,
            Map<String, ProblemProgress> progress, Optional<Problem> last, Function<String, Bkt> params,
            java.util.function.Predicate<Problem> canGenerate) {
        double known = mastery.containsKey(skill) ? mastery.get(skill).pKnown() : params.apply(skill).init();
        int level = 1 + (int) Math.round(Math.min(known, 1) * 4);
        List<Problem> withSkill = pack.problems().stream().filter(p -> p.skills().contains(skill)).toList();
        if (withSkill.isEmpty()) return Optional.empty();
        Comparator<Problem> nearLevel = Comparator.comparingInt((Problem p) -> Math.abs(p.difficulty() - level))
                .thenComparingInt(Problem::difficulty).thenComparing(withSkill::indexOf);
        String lastId = last.map(Problem::id).orElse("");
        Optional<Problem> untried = withSkill.stream().filter(p -> !progress.containsKey(p.id()) && !p.id().equals(lastId))
                .min(nearLevel);
        if (untried.isPresent()) return Optional.of(new Pick(untried.get(), skill, reason, false));
        Optional<Problem> template = withSkill.stream().filter(canGenerate).min(nearLevel);
        if (template.isPresent()) return Optional.of(new Pick(template.get(), skill, reason, true));
        Optional<Problem> unsolved = withSkill.stream()
                .filter(p -> !progress.getOrDefault(p.id(), ProblemProgress_NONE).solved() && !p.id().equals(lastId))
                .min(nearLevel);
        return unsolved.map(p -> new Pick(p, skill, reason, false));
    }

    private static final ProblemProgress ProblemProgress_NONE = new ProblemProgress(0, 0, 0, 0);

    private static Optional<Pick> firstUnsolved(LessonPack pack, Map<String, ProblemProgress> progress) {
        return pack.problems().stream().filter(p -> !progress.getOrDefault(p.id(), ProblemProgress_NONE).solved()).findFirst()
                .map(p -> new Pick(p, p.skills().isEmpty() ? "" : p.skills().get(0), Reason.PRACTICE, false));
    }
}
