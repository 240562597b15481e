package app.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counts on the command line read as English: one is singular, every other count plural. */
class CountedTest {
    @Test
    void oneIsSingularAndEveryOtherCountPlural() {
        assertThat(Counted.of(1, "problem")).isEqualTo("1 problem");
        assertThat(Counted.of(0, "problem")).isEqualTo("0 problems");
        assertThat(Counted.of(12, "student")).isEqualTo("12 students");
        assertThat(Counted.of(1, "family", "families")).isEqualTo("1 family");
        assertThat(Counted.of(40, "family", "families")).isEqualTo("40 families");
        assertThat(Counted.noun(1, "skill")).isEqualTo("skill");
        assertThat(Counted.noun(2, "skill")).isEqualTo("skills");
    }
}
