package app.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** `stepwise import` and `stepwise export`: a written pack that validates, a report, nothing overwritten. */
class ImportExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void importingMoodleXmlWritesAValidPackAndSaysWhatWasLeftOut() {
        Path out = dir.resolve("revision.json");
        Run r = CliTest.run("import", "--from", "moodle-xml", "src/test/resources/import/moodle/questions.xml", "--out",
                out.toString());
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("5 problems imported").contains("Not carried over").contains("essay questions");
        assertThat(CliTest.run("validate", out.toString()).code()).isZero();
        Run again = CliTest.run("import", "--from", "moodle-xml", "src/test/resources/import/moodle/questions.xml", "--out",
                out.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.out()).contains("nothing was overwritten");
        Run merged = CliTest.run("import", "--from", "moodle-xml", "src/test/resources/import/moodle/questions.xml", "--out",
                out.toString(), "--merge");
        assertThat(merged.code()).isZero();
        assertThat(merged.out()).contains("car-speed-imported");
        assertThat(CliTest.run("list", out.toString()).out()).contains("car-speed-imported");
    }

    /** A missing file is said to be missing, for every --from (it was "cannot read missing.zip: missing.zip"). */
    @ParameterizedTest
    @ValueSource(strings = {"zip", "moodle-xml", "oatutor"})
    void importingAMissingFileSaysItDoesNotExist(String from) {
        Run r = CliTest.run("import", "--from", from, dir.resolve("missing.zip").toString(), "--out",
                dir.resolve("out").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("missing.zip does not exist");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void importingAnOatutorPoolWritesAValidPack() {
        Path out = dir.resolve("oat.json");
        Run r = CliTest.run("import", "--from", "oatutor", "src/test/resources/import/oatutor/content-pool", "--out",
                out.toString());
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(CliTest.run("validate", out.toString()).code()).isZero();
    }

    @Test
    void exportingToMoodleXmlAndAZip() throws Exception {
        Path xml = dir.resolve("fm.xml");
        Run r = CliTest.run("export", "--to", "moodle-xml", "lessons/forces-and-motion.json", "--out", xml.toString());
        assertThat(r.code()).isZero();
        assertThat(Files.readString(xml)).startsWith("<?xml").contains("<quiz>");
        Path zip = dir.resolve("fm.zip");
        assertThat(CliTest.run("export", "--to", "zip", "lessons/forces-and-motion.json", "--out", zip.toString()).code())
                .isZero();
        Run unzip = CliTest.run("import", "--from", "zip", zip.toString(), "--out", dir.resolve("fm").toString());
        assertThat(unzip.code()).as(unzip.out()).isZero();
        assertThat(dir.resolve("fm/pack.json")).hasSameTextualContentAs(Path.of("lessons/forces-and-motion.json"));
    }

    /**
     * A disk that fills up during an export (simulated with the shell's file size limit, which fails a write the same
     * way): the export the teacher made before is still whole, and the message says so, without a stack trace.
     */
    @ParameterizedTest
    @ValueSource(strings = {"moodle-xml", "zip"})
    void aDiskThatFillsUpDuringAnExportLeavesThePreviousExportWhole(String to) throws Exception {
        Path previous = dir.resolve("export." + to);
        assertThat(CliTest.run("export", "--to", to, "lessons/density-and-pressure.json", "--out", previous.toString()).code())
                .isZero();
        byte[] before = Files.readAllBytes(previous);
        assertThat(before.length).isGreaterThan(2 * 1024);
        Run r = CliTest.underFileSizeLimit(dir.resolve("home"), 2, "export", "--to", to, "lessons/density-and-pressure.json",
                "--out", previous.toString(),
                "--force");
        assertThat(r.code()).isNotZero();
        assertThat(r.out() + r.err()).contains("cannot write " + previous).contains("unchanged").doesNotContain("Exception");
        assertThat(Files.readAllBytes(previous)).isEqualTo(before);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(previous.getFileName().toString(),
                    "home");
        }
    }
}
