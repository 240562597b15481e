package app.stepwise.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinHashTest {

    @Test
    void aPinMatchesItsOwnHashAndNoOther() {
        PinHash h = PinHash.of("4711".toCharArray());
        assertThat(h.matches("4711".toCharArray())).isTrue();
        assertThat(h.matches("4712".toCharArray())).isFalse();
        assertThat(h.matches("".toCharArray())).isFalse();
    }

    @Test
    void theHashIsSaltedPbkdf2WithAtLeast210000IterationsAndNeverThePin() {
        PinHash a = PinHash.of("2468".toCharArray());
        PinHash b = PinHash.of("2468".toCharArray());
        assertThat(a.algorithm()).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(a.iterations()).isGreaterThanOrEqualTo(210_000);
        assertThat(a.salt()).isNotEqualTo(b.salt());
        assertThat(a.hash()).isNotEqualTo(b.hash()).doesNotContain("2468");
        assertThat(b.matches("2468".toCharArray())).isTrue();
    }

    @Test
    void aHashOfAnotherAlgorithmOrDamagedTextNeverMatches() {
        PinHash h = PinHash.of("1357".toCharArray(), 1000);
        assertThat(new PinHash("MD5", h.iterations(), h.salt(), h.hash()).matches("1357".toCharArray())).isFalse();
        assertThat(new PinHash(h.algorithm(), h.iterations(), "not base64!", h.hash()).matches("1357".toCharArray()))
                .isFalse();
        assertThat(new PinHash(h.algorithm(), h.iterations() + 1, h.salt(), h.hash()).matches("1357".toCharArray()))
                .isFalse();
    }

    @Test
    void weakPinsAreRefusedWithAReason() {
        assertThat(PinHash.weakness("123".toCharArray())).hasValueSatisfying(m -> assertThat(m).contains("at least 4"));
        assertThat(PinHash.weakness("0000".toCharArray())).hasValueSatisfying(m -> assertThat(m).contains("repeated"));
        assertThat(PinHash.weakness("x".repeat(33).toCharArray())).isPresent();
        assertThat(PinHash.weakness("8031".toCharArray())).isEmpty();
    }
}
