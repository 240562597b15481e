package app.stepwise.teacher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.TeacherSettings;
import app.stepwise.lesson.TeacherSettings.ShowSolution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeacherStoreTest {
    @TempDir
    Path dir;

    /** A clock the test moves by hand: the waits are checked without sleeping. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-01-05T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final HandClock clock = new HandClock();

    TeacherStore store() {
        return TeacherStore.open(dir.resolve("teacher.json"), clock);
    }

    static LessonPack pack(String id, Optional<TeacherSettings> defaults) {
        return new LessonPack(1, id, "T", LessonPack.Subject.MATH, "", List.of(), "", "en", List.of(), List.of(), "",
                defaults);
    }

    static TeacherSession granted(TeacherStore.Unlock u) {
        assertThat(u).isInstanceOf(TeacherStore.Unlock.Granted.class);
        return ((TeacherStore.Unlock.Granted) u).session();
    }

    @Test
    void thePinIsStoredOnlyAsAHashAndUnlocksTeacherMode() throws Exception {
        store().setFirstPin("5823".toCharArray());
        String file = Files.readString(dir.resolve("teacher.json"));
        assertThat(file).doesNotContain("5823").contains("PBKDF2WithHmacSHA256");
        assertThat(store().hasPin()).isTrue();
        granted(store().unlock("5823".toCharArray()));
        assertThatThrownBy(() -> store().setFirstPin("9999x".toCharArray())).isInstanceOf(TeacherException.class);
    }

    @Test
    void wrongPinsLeadToGrowingWaitsThatSurviveARestart() throws Exception {
        store().setFirstPin("5823".toCharArray());
        for (int i = 1; i <= 3; i++) {
            var u = store().unlock("0000".toCharArray());
            assertThat(u).isEqualTo(new TeacherStore.Unlock.Wrong(i, Duration.ZERO));
        }
        assertThat(store().unlock("1111".toCharArray())).isEqualTo(new TeacherStore.Unlock.Wrong(4, Duration.ofSeconds(30)));
        // a new store (the app restarted) still knows: even the right PIN is not looked at during the wait
        clock.now = clock.now.plusSeconds(10);
        assertThat(store().unlock("5823".toCharArray())).isEqualTo(new TeacherStore.Unlock.Locked(Duration.ofSeconds(20)));
        clock.now = clock.now.plusSeconds(20);
        assertThat(store().unlock("2222".toCharArray())).isEqualTo(new TeacherStore.Unlock.Wrong(5, Duration.ofSeconds(60)));
        clock.now = clock.now.plusSeconds(60);
        granted(store().unlock("5823".toCharArray()));
        // success clears the count
        assertThat(store().unlock("3333".toCharArray())).isEqualTo(new TeacherStore.Unlock.Wrong(1, Duration.ZERO));
    }

    /**
     * The PIN set for every account in the install folder (stepwise teacher set-pin --system), which a student's account
     * can read but not write: a wrong PIN was reported as "Cannot save the teacher settings", and never made anyone
     * wait. The wrong PINs are now counted in the account's own file, with the same waits.
     */
    @Test
    void wrongPinsAgainstAReadOnlyTeacherFileAreCountedInTheAccountsOwnFile() throws Exception {
        store().setFirstPin("5823".toCharArray());
        String administrators = Files.readString(dir.resolve("teacher.json"));
        java.nio.file.Path own = dir.resolve("student").resolve(TeacherStore.ATTEMPTS_FILE);
        java.util.function.Supplier<TeacherStore> readOnly = () -> TeacherStore.open(dir.resolve("teacher.json"), clock, own,
                f -> false);
        for (int i = 1; i <= 3; i++)
            assertThat(readOnly.get().unlock("0000".toCharArray())).isEqualTo(new TeacherStore.Unlock.Wrong(i, Duration.ZERO));
        assertThat(readOnly.get().unlock("1111".toCharArray()))
                .isEqualTo(new TeacherStore.Unlock.Wrong(4, Duration.ofSeconds(30)));
        assertThat(readOnly.get().unlock("5823".toCharArray())).isEqualTo(new TeacherStore.Unlock.Locked(Duration.ofSeconds(30)));
        assertThat(Files.readString(dir.resolve("teacher.json"))).as("the administrator's file").isEqualTo(administrators);
        assertThat(own).exists();
        clock.now = clock.now.plusSeconds(30);
        TeacherStore teacherOnStudentsAccount = readOnly.get();
        TeacherSession session = granted(teacherOnStudentsAccount.unlock("5823".toCharArray()));
        // what students see is the administrator's to change: said so, not "Cannot save … .tmp"
        assertThatThrownBy(() -> teacherOnStudentsAccount.setSettings(session, "p", TeacherSettings.OPEN))
                .isInstanceOfSatisfying(TeacherException.class, e -> assertThat(e.said().orElseThrow().key())
                        .isEqualTo("teacher.file.readOnly"))
                .hasMessageContaining("only an administrator can change");
        assertThat(readOnly.get().unlock("3333".toCharArray())).as("success clears the count")
                .isEqualTo(new TeacherStore.Unlock.Wrong(1, Duration.ZERO));
    }

    @Test
    void waitsDoubleAndStopAtAnHour() {
        assertThat(TeacherStore.waitAfter(3)).isZero();
        assertThat(TeacherStore.waitAfter(4)).hasSeconds(30);
        assertThat(TeacherStore.waitAfter(6)).hasSeconds(120);
        assertThat(TeacherStore.waitAfter(40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void settingsNeedAnOpenSessionAndSurviveARestart() throws Exception {
        TeacherSession s = store().setFirstPin("5823".toCharArray());
        TeacherSettings hidden = new TeacherSettings(ShowSolution.AFTER_ATTEMPTS, 3, false, 2);
        TeacherStore first = store();
        TeacherSession fromFirst = granted(first.unlock("5823".toCharArray()));
        first.setSettings(fromFirst, "algebra-1", hidden);
        assertThat(store().settingsFor(pack("algebra-1", Optional.empty()))).isEqualTo(hidden);
        assertThat(store().settingsFor(pack("other", Optional.empty()))).isEqualTo(TeacherSettings.OPEN);
        // a session from another store instance, a missing one, or an expired one changes nothing
        assertThatThrownBy(() -> store().setSettings(s, "algebra-1", TeacherSettings.OPEN)).isInstanceOf(TeacherException.class);
        assertThatThrownBy(() -> first.setSettings(null, "algebra-1", TeacherSettings.OPEN))
                .isInstanceOf(TeacherException.class);
        clock.now = clock.now.plus(Duration.ofMinutes(31));
        assertThatThrownBy(() -> first.setSettings(fromFirst, "algebra-1", TeacherSettings.OPEN))
                .hasMessageContaining("locked itself");
        assertThat(store().settingsFor(pack("algebra-1", Optional.empty()))).isEqualTo(hidden);
    }

    @Test
    void theTeachersSettingsOverrideThePacksOwnDefaults() throws Exception {
        TeacherSettings packDefault = new TeacherSettings(ShowSolution.NEVER, 0, true, 3);
        assertThat(store().settingsFor(pack("p", Optional.of(packDefault)))).isEqualTo(packDefault);
        TeacherStore st = store();
        TeacherSession s = st.setFirstPin("5823".toCharArray());
        st.setSettings(s, "p", TeacherSettings.OPEN);
        assertThat(store().settingsFor(pack("p", Optional.of(packDefault)))).isEqualTo(TeacherSettings.OPEN);
        st.clearSettings(s, "p");
        assertThat(store().settingsFor(pack("p", Optional.of(packDefault)))).isEqualTo(packDefault);
    }

    @Test
    void aDamagedFileHidesSolutionsAndCannotBeReplacedByANewPin() throws Exception {
        Files.writeString(dir.resolve("teacher.json"), "{ not json");
        assertThat(store().settingsFor(pack("p", Optional.empty()))).isEqualTo(TeacherSettings.STRICT);
        assertThat(store().problem()).hasValueSatisfying(m -> assertThat(m).contains("cannot be read"));
        assertThat(store().hasPin()).isTrue();
        assertThatThrownBy(() -> store().setFirstPin("5823".toCharArray())).isInstanceOf(TeacherException.class);
        assertThat(store().unlock("5823".toCharArray())).isInstanceOf(TeacherStore.Unlock.Unavailable.class);
    }

    @Test
    void resetForgetsThePinAndTheWaitButKeepsEachPacksSettings() throws Exception {
        TeacherStore st = store();
        TeacherSession s = st.setFirstPin("5823".toCharArray());
        TeacherSettings hidden = new TeacherSettings(ShowSolution.NEVER, 0, false, 1);
        st.setSettings(s, "p", hidden);
        for (int i = 0; i < 5; i++) st.unlock("0000".toCharArray());
        assertThat(TeacherStore.resetPin(dir.resolve("teacher.json"))).contains("removed");
        assertThat(store().hasPin()).isFalse();
        assertThat(store().settingsFor(pack("p", Optional.empty()))).isEqualTo(hidden);
        store().setFirstPin("7777a".toCharArray());
        granted(store().unlock("7777a".toCharArray())); // at once: the wait of the five wrong PINs is forgotten
        assertThat(store().unlock("5823".toCharArray())).isInstanceOf(TeacherStore.Unlock.Wrong.class);
    }

    /**
     * A student's account running reset-pin against the administrator's teacher file (install folder, read-only to it):
     * the failed save was taken for a damaged file, which was then to be moved aside; the message said "damaged".
     */
    @Test
    void resettingATeacherFileThisAccountMayNotWriteSaysSoAndLeavesItWhole() throws Exception {
        store().setFirstPin("5823".toCharArray());
        Path file = dir.resolve("teacher.json");
        String administrators = Files.readString(file);
        TeacherStore onStudentsAccount = TeacherStore.open(file, clock,
                dir.resolve("student").resolve(TeacherStore.ATTEMPTS_FILE),
                f -> false);

        assertThatThrownBy(onStudentsAccount::resetPin)
                .isInstanceOfSatisfying(TeacherException.class, e -> assertThat(e.said().orElseThrow().key())
                        .isEqualTo("teacher.file.readOnly"))
                .hasMessageContaining("only an administrator can change").hasMessageContaining("set-pin --system")
                .hasMessageNotContaining("damaged");
        assertThat(file.resolveSibling("teacher.json.damaged")).doesNotExist();
        assertThat(Files.readString(file)).isEqualTo(administrators);
    }

    @Test
    void resettingADamagedFileKeepsItAsideAndStartsAfresh() throws Exception {
        Files.writeString(dir.resolve("teacher.json"), "[1,2]");
        assertThat(TeacherStore.resetPin(dir.resolve("teacher.json"))).contains("damaged");
        assertThat(dir.resolve("teacher.json.damaged")).exists();
        assertThat(store().problem()).isEmpty();
        assertThat(store().hasPin()).isFalse();
    }
}
