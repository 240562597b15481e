package app.stepwise.author;

import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Adds imported problems to an existing pack; an id already there is never overwritten: the newcomer is renamed and the change reported. */
public final class PackMerge {
    private PackMerge() {}

    public static LessonPack add(LessonPack existing, List<Problem> incoming, List<LessonPack.Skill> skills,
            List<String> report) {
        Set<String> taken = new HashSet<>();
        existing.problems().forEach(p -> taken.add(p.id()));
        List<Problem> all = new ArrayList<>(existing.problems());
        for (Problem p : incoming) {
            String id = p.id();
            if (taken.contains(id)) {
                String base = id.length() > 70 ? id.substring(0, 70) : id;
                id = base + "-imported";
                for (int n = 2; taken.contains(id); n++) id = base + "-imported-" + n;
                report.add("problem " + p.id() + ": the pack already has a problem with this id, so the imported one is \""
                        + id + "\"; nothing was overwritten");
            }
            taken.add(id);
            all.add(p.withId(id));
        }
        Map<String, LessonPack.Skill> allSkills = new LinkedHashMap<>();
        existing.skills().forEach(s -> allSkills.put(s.id(), s));
        skills.forEach(s -> allSkills.putIfAbsent(s.id(), s));
        return new LessonPack(existing.schemaVersion(), existing.id(), existing.title(), existing.subject(), existing.level(),
                existing.authors(), existing.version(), existing.language(), List.copyOf(allSkills.values()), all,
                existing.description(), existing.teacher());
    }
}
