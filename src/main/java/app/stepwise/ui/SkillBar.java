package app.stepwise.ui;

import app.stepwise.classroom.Classroom.SkillProgress;

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
        if (p.opportunities() <= 0) return new SkillBar(p.skill(), p.title(), 0, t.get("progress.notStarted"), false, false);
        long pct = Math.round(p.pKnown() * 100);
        return new SkillBar(p.skill(), p.title(), p.pKnown(),
                t.get(p.mastered() ? "progress.mastered" : "progress.percent", pct), true, p.mastered());
    }
}
