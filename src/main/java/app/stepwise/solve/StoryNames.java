package app.stepwise.solve;

import java.util.List;

/** Names and objects for word problems. */
final class StoryNames {
    private StoryNames() {}

    static final List<String> NAMES = List.of("Amara", "Ben", "Chen", "Dana", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jo",
            "Kofi", "Lena",
            "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Viktor", "Wen", "Yusuf", "Zoe");
}
