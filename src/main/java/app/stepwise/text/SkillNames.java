package app.stepwise.text;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The name of a skill as a teacher or student reads it, in their language: the bundled packs' skills and the solvers'
 * ({@code skill.ID} in the feedback bundle) are translated; a pack's own title for a skill that is not one of those, or
 * that the pack's author worded differently, is shown as written; a skill nobody titled is read from its id.
 */
public final class SkillNames {
    private static final String PREFIX = "skill.";

    private SkillNames() {}

    /**
     * The skill's name to show.
     *
     * @param id         the skill's id ("rearranging-formulas")
     * @param packTitle  the title its pack gives it, or "" (or the id itself) when no pack here names it
     */
    public static Message of(String id, String packTitle) {
        String title = packTitle.strip();
        if (ids().contains(id)) {
            String english = Message.of(PREFIX + id).english();
            if (title.isEmpty() || title.equals(id) || title.equals(english) || title.equals(readable(id)))
                return Message.of(PREFIX + id);
        }
        return Message.verbatim(title.isEmpty() || title.equals(id) ? readable(id) : title);
    }

    /** Every skill id the bundles name. */
    public static Set<String> ids() {
        Set<String> out = new TreeSet<>();
        for (String k : Collections.list(Message.bundle(Locale.ENGLISH).getKeys()))
            if (k.startsWith(PREFIX)) out.add(k.substring(PREFIX.length()));
        return out;
    }

    /** A skill id read as words: "rearranging-formulas" is "Rearranging formulas". */
    public static String readable(String id) {
        String words = id.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? id : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
