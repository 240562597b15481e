package app.stepwise.math;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.provider.Arguments;

/** Reads the " | "-separated case tables under src/test/resources/cases (comments start with #). */
public final class CaseTables {
    private CaseTables() {}

    public static List<Arguments> read(String name) {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(CaseTables.class.getResourceAsStream("/cases/" + name), name), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.split(" \\| ", -1);
                out.add(Arguments.of((Object[]) Arrays.stream(parts).map(String::strip).toArray(String[]::new)));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
