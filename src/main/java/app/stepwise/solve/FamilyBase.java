package app.stepwise.solve;

import app.stepwise.lesson.Problem.Given;
import app.stepwise.lesson.Task;
import java.util.List;
import java.util.Map;

/** The parts every family shares: its name, subject, skills and wordings. */
abstract class FamilyBase implements Family {
    private final String name;
    private final String subject;
    private final List<String> skills;
    private final List<String> templates;

    FamilyBase(String name, String subject, List<String> skills, List<String> templates) {
        this.name = name;
        this.subject = subject;
        this.skills = List.copyOf(skills);
        this.templates = List.copyOf(templates);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String subject() {
        return subject;
    }

    @Override
    public List<String> skills() {
        return skills;
    }

    @Override
    public int wordings() {
        return templates.size();
    }

    @Override
    public boolean heldOut(int wording) {
        return templates.size() >= 30 ? wording >= templates.size() - Frames.HELD_OUT : wording >= templates.size() - 2;
    }

    /** The wording's template with {placeholders} filled. */
    String word(int wording, Map<String, String> fill) {
        String t = templates.get(Math.floorMod(wording, templates.size()));
        for (var e : fill.entrySet()) t = t.replace("{" + e.getKey() + "}", e.getValue());
        // letters a frame may name that a family does not fill: the defaults its working uses
        return t.replace("{x}", "x").replace("{y}", "y").replace("{cur}", "$");
    }

    Worked worked(String statement, Task task, String start, List<Step> steps, String answer, String kind,
            Map<String, String> params, int wording) {
        return new Worked(name, statement, task, start, List.<Given>of(), steps, answer, kind, skills, params, wording,
                Double.NaN);
    }

    /** Frames for "solve this equation" problems (see {@link Frames}). */
    static final List<String> SOLVE = Frames.SOLVE;
}
