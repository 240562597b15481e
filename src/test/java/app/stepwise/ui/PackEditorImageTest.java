package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.lesson.PackImageTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's picture: chosen files are checked and copied under a safe name; a picture without alt text is flagged. */
class PackEditorImageTest {
    @TempDir
    Path dir;

    @Test
    void aChosenPictureIsCopiedIntoTheImagesFolderUnderASafeNameAndReusedWhenIdentical() throws Exception {
        Path source = Files.write(dir.resolve("Scale photo (1).PNG"), PackImageTest.png(20, 10));
        Path images = dir.resolve("packs/images");
        assertThat(PackEditorViewModel.copyImage(source, images)).isEqualTo("Scale-photo-1.png");
        assertThat(PackEditorViewModel.copyImage(source, images)).as("the same picture again").isEqualTo("Scale-photo-1.png");
        Path other = Files.write(Files.createDirectories(dir.resolve("other")).resolve("Scale photo (1).png"),
                PackImageTest.png(30, 10));
        assertThat(PackEditorViewModel.copyImage(other, images)).as("another picture, same name")
                .isEqualTo("Scale-photo-1-2.png");
        assertThat(Files.readAllBytes(images.resolve("Scale-photo-1-2.png"))).isEqualTo(Files.readAllBytes(other));
        assertThat(PackEditorViewModel.safeStem("../../etc/passwd.png")).isEqualTo("etc-passwd");
        assertThat(PackEditorViewModel.safeStem("...png")).isEqualTo("picture");
    }

    @Test
    void aFileThatIsNoPictureOrTooLargeIsRefusedAndNothingIsCopied() throws Exception {
        Path images = dir.resolve("images");
        Path text = Files.writeString(dir.resolve("notes.png"), "not a picture");
        assertThatThrownBy(() -> PackEditorViewModel.copyImage(text, images)).hasMessageContaining("not a PNG or JPEG");
        Path bomb = Files.write(dir.resolve("bomb.png"), PackImageTest.claimingPng(100_000, 100_000));
        assertThatThrownBy(() -> PackEditorViewModel.copyImage(bomb, images)).hasMessageContaining("100000 × 100000");
        assertThat(images).doesNotExist();
    }

    /**
     * review24: a picture over 2 MB was refused with "is larger than 2 MB" alone. The teacher reads its size, the limit,
     * and what to do, in English and in Spanish.
     */
    @Test
    void aPictureOverTheLimitIsRefusedWithItsSizeTheLimitAndHowToMakeItSmaller() throws Exception {
        Path images = dir.resolve("images");
        byte[] big = java.util.Arrays.copyOf(PackImageTest.png(20, 10), (int) (3.4 * 1024 * 1024));
        Path photo = Files.write(dir.resolve("photo.png"), big);
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(PackEditorViewModel.ImageRefusedException.class,
                () -> PackEditorViewModel.copyImage(photo, images));
        assertThat(refused.reason(Texts.of("en"))).contains("photo.png is 3.4 MB", "at most 2 MB", "Make it smaller",
                "1200 pixels wide", "JPEG");
        assertThat(refused.reason(Texts.of("es"))).contains("photo.png ocupa 3,4 MB", "como mucho 2 MB",
                "Hazla más pequeña", "1200 píxeles", "JPEG");
        assertThat(images).doesNotExist();
    }

    /** A problem whose picture is images/scale.png, without alt text. */
    static ProblemDraft scale() {
        ProblemDraft d = new ProblemDraft();
        d.id.set("p1");
        d.statement.set("What does the scale show?");
        d.kind.set("numeric");
        d.value.set("4");
        d.imageFile.set("images/scale.png");
        return d;
    }

    /** A pack file's text with the one problem. */
    static String packWith(ProblemDraft d) {
        return "{\"schemaVersion\": 1, \"id\": \"x\", \"title\": \"X\", \"subject\": \"math\", \"problems\": ["
                + d.toJson() + "]}";
    }

    @Test
    void aDraftWithAPictureButNoAltTextGetsAFindingAtThePicture() throws Exception {
        Path packs = Files.createDirectories(dir.resolve("packs"));
        PackEditorViewModel.copyImage(Files.write(dir.resolve("scale.png"), PackImageTest.png(20, 10)), packs.resolve("images"));
        ProblemDraft d = scale();
        String text = packWith(d);
        PackEditorViewModel.Checked c = PackEditorViewModel.check(packs.resolve("x.json"), text);
        assertThat(c.findings()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("image");
            assertThat(f.error()).isTrue();
            assertThat(f.message()).contains("alt");
        });
        d.imageAlt.set("A spring scale showing 4 N");
        text = packWith(d);
        c = PackEditorViewModel.check(packs.resolve("x.json"), text);
        assertThat(c.findings()).noneMatch(PackEditorViewModel.Finding::error);
        assertThat(c.pack().orElseThrow().problems().get(0).image().orElseThrow().alt()).isEqualTo("A spring scale showing 4 N");
    }
}
