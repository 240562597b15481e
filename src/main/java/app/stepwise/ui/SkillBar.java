package app.stepwise.ui;

import app.stepwise.classroom.Classroom.SkillProgress;
import app.stepwise.text.SkillNames;

/**
 * One skill bar as shown. Knowledge tracing starts every skill at its prior (25 %), which is a guess about a class, not
 * evidence about this student: until the student has answered a problem of the skill the bar is empty and says "not
 * started"; from the first answer on it shows the traced probability.
 *
 * @param fill  how full the bar is, 0 to 1
 * @param label the words beside it ("not started", "66 %", "96 % ✓ mastered")
 */
record SkillBar(String skill, String title, double fill, String label, boolean started, boolean mastered) {

    static SkillBar of(SkillProgress p, Texts t) {
        String title = t.get(SkillNames.of(p.skill(), p.title())); // in the screen's language
        if (p.opportunities() <= 0) return new SkillBar(p.skill(), title, 0, t.get("progress.notStarted"), false, false);
        long pct = Math.round(p.pKnown() * 100);
        return new SkillBar(p.skill(), title, p.pKnown(),
                t.get(p.mastered() ? "progress.mastered" : "progress.percent", pct), true, p.mastered());
    }
}
