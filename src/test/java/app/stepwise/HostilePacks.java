package app.stepwise;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The broken and hostile lesson packs of issue 12, written into a folder for tests: each with the words its report must
 * contain, and whether the pack still opens (a rejected formula is shown as plain text; anything else keeps it closed).
 */
public final class HostilePacks {
    private HostilePacks() {}

    /** One pack file: its name, the reason its report must give, and whether it still opens. */
    public record Hostile(String file, String reason, boolean opens) {}

    /** A valid pack around one problem statement (a JSON string body, already escaped). */
    public static String packWithStatement(String id, String statementJson) {
        return """
                {
                  "schemaVersion": 1,
                  "id": "%s",
                  "title": "Pack %s",
                  "subject": "math",
                  "problems": [
                    {"id": "p1",
                     "statement": "%s",
                     "answer": {"kind": "numeric", "value": "1"}}
                  ]
                }
                """.formatted(id, id, statementJson);
    }

    /**
     * A pack whose statement, hints and solution ask for a web page and a local file through LaTeX, among formulas that
     * are fine; {@code url} is the local server's address, {@code file} a file that must never be read.
     */
    public static String packReachingOut(String url, Path file) {
        String f = file.toAbsolutePath().toString().replace("\\", "/");
        return """
                {
                  "schemaVersion": 1,
                  "id": "reaching-out",
                  "title": "Reaching out",
                  "subject": "math",
                  "problems": [
                    {"id": "p1",
                     "statement": "Half is $\\\\frac{1}{2}$; see $\\\\includegraphics{%1$s/statement.png}$ and $\\\\includegraphics{%2$s}$.",
                     "answer": {"kind": "numeric", "value": "0.5"},
                     "hints": ["Look at $\\\\href{%1$s/hint}{this}$ or $\\\\url{%1$s/hint2}$.", "Read $\\\\input{%2$s}$."],
                     "solution": [{"text": "Draw $\\\\includegraphics[width=1cm]{%1$s/solution.png}$ then $\\\\frac{1}{2}$.", "math": "1/2"}]}
                  ]
                }
                """
                .formatted(url, f);
    }

    /** A pack whose difficulty is {@code text} written raw into the JSON (a number, a list …). */
    private static String packWithDifficulty(String raw) {
        return """
                {"schemaVersion": 1, "id": "d", "title": "D", "subject": "math",
                 "problems": [{"id": "p1", "statement": "Find x.", "difficulty": %s, "answer": {"kind": "numeric", "value": "1"}}]}
                """
                .formatted(raw);
    }

    /** Writes every hostile pack into {@code dir} and says what each must report. */
    public static List<Hostile> writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir, "huge-number.json", packWithDifficulty("1e99999999999"));
        write(dir, "huge-number-value.json", """
                {"schemaVersion": 1, "id": "v", "title": "V", "subject": "math",
                 "problems": [{"id": "p1", "statement": "Find x.", "answer": {"kind": "numeric", "value": 1e99999999999}}]}
                """);
        write(dir, "long-number.json", packWithDifficulty("1" + "0".repeat(60)));
        write(dir, "old-schema-oops.json", """
                {"schemaVersion": 0, "id": "old", "title": "Old", "problems": "oops"}
                """);
        write(dir, "truncated.json", packWithStatement("t", "Find x.").substring(0, 120));
        Files.write(dir.resolve("latin1.json"),
                packWithStatement("l", "Caf\u00e9 prices").getBytes(StandardCharsets.ISO_8859_1));
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("huge-file.json").toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024); // sparse: 100 MB on paper, nothing on disk
        }
        write(dir, "deep.json", "[".repeat(5_000) + "]".repeat(5_000));
        write(dir, "long-statement.json", packWithStatement("s", "x".repeat(5 * 1024 * 1024)));
        write(dir, "newcommand.json", packWithStatement("n", "Loop $\\\\newcommand{\\\\a}{\\\\a}\\\\a$ forever."));
        write(dir, "rule.json", packWithStatement("r", "Blank $\\\\rule{100000pt}{100000pt}$ window."));
        write(dir, "nested-sqrt.json",
                packWithStatement("q", "Deep $" + "\\\\sqrt{".repeat(3_000) + "x" + "}".repeat(3_000) + "$ root."));
        write(dir, "nested-sqrt-short.json",
                packWithStatement("qs", "Deep $" + "\\\\sqrt{".repeat(30) + "x" + "}".repeat(30) + "$ root."));
        return List.of(new Hostile("huge-number.json", "\"difficulty\" must be a whole number", false),
                new Hostile("huge-number-value.json", "is too large", false),
                new Hostile("long-number.json", "more than 40 characters", false),
                new Hostile("old-schema-oops.json", "\"problems\" must be a list", false),
                new Hostile("truncated.json", "this is not valid JSON", false),
                new Hostile("latin1.json", "not UTF-8", false),
                new Hostile("huge-file.json", "larger than 8 MB", false),
                new Hostile("deep.json", "nested more than 32 levels", false),
                new Hostile("long-statement.json", "characters long; at most 4000", false),
                new Hostile("newcommand.json", "\\newcommand is not allowed", true),
                new Hostile("rule.json", "\\rule is not allowed", true),
                new Hostile("nested-sqrt.json", "characters long; at most 4000", false),
                new Hostile("nested-sqrt-short.json", "nested more than 12 levels deep", true));
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
