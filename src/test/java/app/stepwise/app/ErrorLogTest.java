package app.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A bug is logged once with its stack trace, however often it happens; a different bug is logged too. */
class ErrorLogTest {
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            records.add(r);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private final String name = "test.errors." + System.nanoTime();

    @BeforeEach
    void listen() {
        Logger.getLogger(name).addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger(name).removeHandler(capture);
    }

    @Test
    void theSameBugTenTimesIsLoggedOnceWithItsTrace() {
        ErrorLog log = new ErrorLog(LoggerFactory.getLogger(name));
        List<Boolean> first = new ArrayList<>();
        List<IllegalStateException> bugs = new ArrayList<>();
        for (int i = 0; i < 10; i++) bugs.add(bug(i));
        for (IllegalStateException b : bugs) first.add(log.report("thread test", b));
        assertThat(first).containsExactly(true, false, false, false, false, false, false, false, false, false);
        assertThat(records.stream().filter(r -> r.getLevel() == Level.SEVERE)).hasSize(1);
        assertThat(records.stream().filter(r -> r.getThrown() != null)).hasSize(1);
        assertThat(records.get(0).getThrown()).hasMessage("bug 0");
        assertThat(log.count(bugs.get(9))).isEqualTo(10);
    }

    @Test
    void aDifferentBugIsLoggedToo() {
        ErrorLog log = new ErrorLog(LoggerFactory.getLogger(name));
        assertThat(log.report("a", bug(1))).isTrue();
        assertThat(log.report("b", new IllegalArgumentException("other"))).isTrue();
        assertThat(log.report("c", new IllegalStateException("wrapped", bug(2)))).isTrue(); // a cause makes it another failure
        assertThat(records.stream().filter(r -> r.getLevel() == Level.SEVERE)).hasSize(3);
    }

    @Test
    void theDetailsNameTheErrorAndTheLogFileButNoStudentData() {
        String d = ErrorLog.details("1.2.3", "thread worker", bug(7));
        assertThat(d).startsWith("Stepwise 1.2.3 on Java").contains("Where: thread worker")
                .contains("IllegalStateException: bug 7")
                .contains("at app.stepwise.app.ErrorLogTest.bug").contains(Logs.currentFile().toString());
    }

    private static IllegalStateException bug(int i) {
        return new IllegalStateException("bug " + i); // same type, same place: the same failure
    }
}
