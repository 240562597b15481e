package app.stepwise.tutor;

import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import app.stepwise.solve.Solvers;
import java.util.List;

/**
 * The skills a problem practises, for mastery and the class report: the ones its pack names for it, else those of the
 * solver family it names. A teacher's own problem often names no skill but has a solver (the editor's Generate fills
 * it in); without this its answers were tallied under no skill and the class report's Mastery tab stayed empty.
 */
public final class ProblemSkills {
    private ProblemSkills() {}

    /** The problem's own skills, else its solver family's; empty when it has neither (or names an unknown family). */
    public static List<String> of(Problem p) {
        if (!p.skills().isEmpty()) return p.skills();
        return p.solver().map(s -> ofFamily(s.family())).orElse(List.of());
    }

    /** The skills of a solver family by its name; empty for a name no family has. */
    public static List<String> ofFamily(String family) {
        return Solvers.family(family.strip()).map(f -> List.copyOf(f.skills())).orElse(List.of());
    }

    /** The pack as mastery sees it: each problem with {@link #of} as its skills. */
    static LessonPack counted(LessonPack pack) {
        return pack.withProblems(pack.problems().stream().map(ProblemSkills::counted).toList());
    }

    /** The problem as mastery sees it: with {@link #of} as its skills. */
    static Problem counted(Problem p) {
        List<String> skills = of(p);
        return skills.equals(p.skills()) ? p : p.withSkills(skills);
    }
}
