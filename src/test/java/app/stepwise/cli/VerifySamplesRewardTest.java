package app.stepwise.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.stepwise.solve.Corpus;
import app.stepwise.solve.Solvers;
import app.stepwise.solve.Step;
import app.stepwise.solve.Worked;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The training reward ({@code stepwise verify-samples}) must give 1 to the teacher's own solution of every generated
 * problem, or the RL round cannot learn that family at all: in session 12 it gave 0 to all 324 sampled
 * rearrangements, right ones included, because a formula's unknown was unknown to the check.
 */
class VerifySamplesRewardTest {

    private static String asSample(List<Step> steps, String answer) {
        StringBuilder b = new StringBuilder();
        for (Step s : steps) b.append("<|step|>").append(s.text()).append("<|math|>").append(s.math());
        return b.append("<|answer|>").append(answer).toString();
    }

    @Test
    void theTeachersOwnSolutionOfEveryFamilyIsRewarded() {
        var families = Solvers.families();
        Map<String, List<String>> refused = new TreeMap<>();
        Map<String, Integer> seen = new TreeMap<>();
        for (int i = 0; i < 12 * families.size(); i++) {
            Worked w = Corpus.worked(929212, i, families);
            seen.merge(w.family(), 1, Integer::sum);
            if (!VerifySamplesCommand.rewarded(w, asSample(w.steps(), w.answer())))
                refused.computeIfAbsent(w.family(), f -> new ArrayList<>()).add(w.statement());
        }
        assertTrue(seen.containsKey("rearrange-formula"), seen::toString);
        assertTrue(refused.isEmpty(), () -> "the teacher's solution got reward 0: " + refused);
    }

    @Test
    void aWrongRearrangementIsNotRewarded() {
        var families = Solvers.families();
        int checked = 0;
        for (int i = 0; i < 40 * families.size() && checked < 8; i++) {
            Worked w = Corpus.worked(929212, i, families);
            if (!w.family().equals("rearrange-formula")) continue;
            checked++;
            List<Step> steps = new ArrayList<>(w.steps());
            Step last = steps.remove(steps.size() - 1);
            // the subject equal to its right-hand side plus one: every line before stays right, the last is wrong
            String wrong = last.math() + " + 1";
            steps.add(new Step(last.said(), wrong, last.operation()));
            assertTrue(VerifySamplesCommand.rewarded(w, asSample(w.steps(), w.answer())), w::statement);
            assertFalse(VerifySamplesCommand.rewarded(w, asSample(steps, wrong)), () -> w.statement() + " rewarded " + wrong);
        }
        assertTrue(checked == 8, "rearrangements found: " + checked);
    }
}
