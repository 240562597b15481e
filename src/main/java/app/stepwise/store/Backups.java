package app.stepwise.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Rotating backups of the progress file in {@code backups/} beside it: a consistent copy ({@code VACUUM INTO}) made
 * only from a file that passed {@code quick_check}, the newest {@link #KEEP} kept.
 */
final class Backups {
    static final int KEEP = 5;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");
    private final Path folder;
    private final String base;

    Backups(Path database) {
        Path abs = database.toAbsolutePath();
        this.folder = abs.getParent().resolve("backups");
        String name = abs.getFileName().toString();
        this.base = name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
    }

    /** The backups, newest first. */
    List<Path> list() {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().startsWith(base + "-") && p.getFileName().toString().endsWith(".db"))
                    .sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString())).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    Optional<Path> newest() {
        return list().stream().findFirst();
    }

    /** When a backup was made, for the message to the student. */
    static String shown(Path backup) {
        String n = backup.getFileName().toString();
        String stamp = n.substring(n.length() - 3 - 19, n.length() - 3);
        try {
            LocalDateTime t = LocalDateTime.parse(stamp, STAMP);
            return t.atOffset(ZoneOffset.UTC).atZoneSameInstant(java.time.ZoneId.systemDefault()).format(SHOWN);
        } catch (RuntimeException e) {
            return n;
        }
    }

    /** Copies the open database into a new backup and drops the oldest beyond {@link #KEEP}. */
    Path make(Connection c) throws SQLException, IOException {
        Files.createDirectories(folder);
        String stamp = LocalDateTime.now(ZoneOffset.UTC).format(STAMP);
        Path target = folder.resolve(base + "-" + stamp + ".db");
        Path partial = folder.resolve(base + "-" + stamp + ".partial");
        Files.deleteIfExists(partial);
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM INTO '" + partial.toString().replace("'", "''") + "'");
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        List<Path> all = list();
        for (int i = KEEP; i < all.size(); i++) Files.deleteIfExists(all.get(i));
        return target;
    }
}
