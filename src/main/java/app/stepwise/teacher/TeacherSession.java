package app.stepwise.teacher;

import java.time.Instant;

/**
 * Proof that the PIN was given: only {@link TeacherStore#unlock} makes one, and it lapses after a while so an
 * unattended teacher screen locks itself.
 */
public final class TeacherSession {
    private final TeacherStore issuer;
    private final Instant expires;

    TeacherSession(TeacherStore issuer, Instant expires) {
        this.issuer = issuer;
        this.expires = expires;
    }

    boolean validFor(TeacherStore store, Instant now) {
        return issuer == store && now.isBefore(expires);
    }

    public Instant expires() {
        return expires;
    }
}
