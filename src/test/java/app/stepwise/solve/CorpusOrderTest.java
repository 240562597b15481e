package app.stepwise.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The corpus is reproducible byte for byte: a record's nested fields come out in a fixed order, so the same seed writes
 * the same files and the same sha256 in every run (a {@code Map.of} there iterated in an order that changes per JVM).
 */
class CorpusOrderTest {

    @Test
    void nestedFieldsKeepTheirOrder() {
        int checked = 0;
        for (int i = 0; i < 400; i++) {
            Map<String, Object> rec = Corpus.record(20261130, i, Solvers.families());
            for (Object step : (List<?>) rec.get("steps")) {
                assertThat(List.copyOf(((Map<?, ?>) step).keySet()).toString()).isEqualTo("[text, math, op]");
                checked++;
            }
            for (Object given : (List<?>) rec.get("givens"))
                assertThat(List.copyOf(((Map<?, ?>) given).keySet()).toString()).isEqualTo("[symbol, value, description]");
        }
        assertThat(checked).isGreaterThan(400);
    }
}
