package app.stepwise.solve;

import java.util.List;

/** Names, objects and currencies for word problems, from many cultures. */
final class StoryNames {
    private StoryNames() {}

    static final List<String> NAMES = List.of("Amara", "Ben", "Chen", "Dana", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jo",
            "Kofi", "Lena", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Viktor", "Wen", "Yusuf",
            "Zoe", "Aiyana", "Bongani", "Carmen", "Dmitri", "Esi", "Farhan", "Giulia", "Haruto", "Ingrid", "Jamal", "Kiri",
            "Leilani", "Mei", "Nikolai", "Olu", "Pilar", "Ravi", "Sione", "Thandiwe", "Ulla", "Valentina", "Wiremu", "Ximena",
            "Yara", "Zainab", "Ahmed", "Bao", "Chiara", "Deepa", "Emeka", "Femi", "Grace", "Hyun-woo", "Isabela", "Jin",
            "Kwame", "Lucía", "Mohammed", "Noor", "Oksana", "Pedro", "Rania", "Sakura", "Tomás", "Ayesha", "Declan", "Siobhan");

    static final List<String> CURRENCIES = List.of("$", "£", "€", "₹", "¥", "R", "$", "£");
}
