package app.stepwise.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.HostilePacks;
import app.stepwise.HostilePacks.Hostile;
import app.stepwise.app.Packs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad pack never hides the others: each pack of the library loads or fails on its own. */
class LibraryTest {

    @Test
    void everyHostilePackIsListedWithItsReasonAndTheOthersStillLoad(@TempDir Path dir) throws Exception {
        Path user = dir.resolve("packs");
        List<Hostile> hostile = HostilePacks.writeAll(user);
        Files.writeString(user.resolve("good.json"), HostilePacks.packWithStatement("good", "Solve $2x = 4$."));
        Library library = new Library(Packs.reader(), List.of(Path.of("lessons"), user));

        Map<Path, PackProblem.Report> byFile = library.load().stream()
                .collect(Collectors.toMap(r -> r.file().getFileName(), Function.identity()));

        try (var bundled = Files.list(Path.of("lessons"))) {
            for (Path f : bundled.filter(f -> f.toString().endsWith(".json")).toList())
                assertThat(byFile.get(f.getFileName()).ok()).as(f.toString()).isTrue();
        }
        assertThat(byFile.get(Path.of("good.json")).ok()).isTrue();
        for (Hostile h : hostile) {
            PackProblem.Report r = byFile.get(Path.of(h.file()));
            assertThat(r).as(h.file()).isNotNull();
            assertThat(r.ok()).as(h.file()).isFalse();
            assertThat(r.pack().isPresent()).as(h.file() + " opens").isEqualTo(h.opens());
            assertThat(r.problems()).as(h.file()).anySatisfy(p -> {
                assertThat(p.message()).contains(h.reason());
                assertThat(p.file()).isEqualTo(user.resolve(h.file()));
            });
            assertThat(r.problems()).as(h.file()).allSatisfy(p -> assertThat(p.message())
                    .doesNotContain("Exception", "com.fasterxml", "jackson", "java.", "Stepwise itself"));
        }
    }

    @Test
    void aReadingSaysHowFarItHasGotAndStopsBetweenPacksOnceCancelled() {
        Library library = new Library(Packs.reader(), List.of(Path.of("lessons")));
        List<String> said = new java.util.ArrayList<>();
        List<PackProblem.Report> all = library.load((done, total) -> said.add(done + "/" + total), () -> false);
        int n = all.size();
        assertThat(said).hasSize(n + 1).startsWith("0/" + n, "1/" + n).endsWith(n + "/" + n);

        int[] read = {0};
        List<PackProblem.Report> some = library.load((done, total) -> read[0] = done, () -> read[0] >= 3);
        assertThat(some).as("a cancelled reading stops between packs").hasSize(3);
    }

    @Test
    void problemsInsideThePackPointAtTheirLineAndColumn(@TempDir Path dir) throws Exception {
        HostilePacks.writeAll(dir);
        String text = Files.readString(dir.resolve("newcommand.json"));
        PackProblem p = Packs.reader().read(dir.resolve("newcommand.json")).problems().get(0);
        String line = text.lines().toList().get(p.line() - 1);
        // the column is the backslash of \newcommand in the file (written \\newcommand in JSON)
        assertThat(line.substring(p.column() - 1)).startsWith("\\\\newcommand");
        assertThat(p.pointer()).isEqualTo("/problems/0/statement");

        PackProblem deep = Packs.reader().read(dir.resolve("long-statement.json")).problems().get(0);
        assertThat(deep.line()).isEqualTo(8);
        assertThat(deep.pointer()).isEqualTo("/problems/0/statement");
    }

    @Test
    void aPipeNamedLikeAPackIsNotReadAndDoesNotBlockTheLibrary(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("mkfifo is not available here");
            return;
        }
        assertThat(mkfifo.waitFor()).isZero();
        Files.writeString(dir.resolve("good.json"), HostilePacks.packWithStatement("good", "Solve $2x = 4$."));
        List<PackProblem.Report> reports = new Library(Packs.reader(), List.of(dir)).load();
        assertThat(reports).anySatisfy(r -> assertThat(r.ok()).isTrue());
        assertThat(reports).anySatisfy(r -> {
            assertThat(r.file()).isEqualTo(fifo);
            assertThat(r.problems().get(0).message()).contains("not a plain file");
        });
    }
}
