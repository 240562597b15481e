package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.classroom.Classroom.SessionSummary;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary a student sees on signing out. The tour (es) showed "1 minutos, … 1 resueltos": one is singular. */
class SessionSummaryDialogTest {
    private static SessionSummary session(int minutes, int tried, int solved, int first, int hints) {
        return new SessionSummary("Ana", Duration.ofMinutes(minutes), tried, solved, first, hints, 0, List.of());
    }

    @Test
    void oneOfEachIsSaidInTheSingularInSpanish() {
        String said = SessionSummaryDialog.text(Texts.of("es"), session(1, 1, 1, 1, 1));
        assertThat(said).startsWith("Hoy: 1 minuto, 1 problema intentado, 1 resuelto, 1 bien a la primera, 1 pista.");
    }

    @Test
    void manyAndNoneAreSaidInSpanish() {
        assertThat(SessionSummaryDialog.text(Texts.of("es"), session(12, 3, 2, 0, 0)))
                .startsWith("Hoy: 12 minutos, 3 problemas intentados, 2 resueltos, ninguno bien a la primera, ninguna pista.");
    }

    @Test
    void oneMinuteIsSingularInEnglish() {
        assertThat(SessionSummaryDialog.text(Texts.of("en"), session(1, 1, 1, 1, 0)))
                .startsWith("Today: 1 minute, 1 problem tried, 1 solved, 1 right first time, no hints.");
        assertThat(SessionSummaryDialog.text(Texts.of("en"), session(5, 2, 0, 0, 2)))
                .startsWith("Today: 5 minutes, 2 problems tried, 0 solved, 0 right first time, 2 hints.");
    }
}
