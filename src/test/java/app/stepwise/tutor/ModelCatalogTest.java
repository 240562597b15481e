package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.model.ModelManifest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A teacher can tell which model version Stepwise uses: the picker and the status line name it, or say it is missing. */
class ModelCatalogTest {
    private static final Path BUNDLED = Path.of("models", "stepwise-tutor");

    /** The version written in the bundled model's model.json, read here on its own (not through the code under test). */
    private static String bundledVersion() throws Exception {
        String v = new ObjectMapper().readTree(BUNDLED.resolve("model.json").toFile()).path("version").asText();
        assertThat(v).as("the bundled model.json gives a version").isNotBlank();
        return v;
    }

    @Test
    void aMeasuredRateIsNeverShownAsMoreThanItWas() {
        // 199 of 200 right is 99.5 %, not "100 %" (the Settings list showed 2.6.0's validation as 100 %)
        assertThat(ModelCatalog.percent(0.995)).isEqualTo("99.5");
        assertThat(ModelCatalog.percent(0.98)).isEqualTo("98");
        assertThat(ModelCatalog.percent(1.0)).isEqualTo("100");
        assertThat(ModelCatalog.percent(0.9999)).isEqualTo("99.9");
        assertThat(ModelCatalog.percent(0.0)).isEqualTo("0");
    }

    @Test
    void theModelPickerNamesTheBundledModelsVersion() throws Exception {
        ModelCatalog.Entry bundled = new ModelCatalog.Entry(BUNDLED, java.util.Optional.of(ModelManifest.read(BUNDLED)), "",
                1, true);
        assertThat(bundled.description(Locale.ENGLISH)).startsWith("stepwise-tutor " + bundledVersion() + "  —");
        assertThat(bundled.description(Locale.forLanguageTag("es"))).startsWith("stepwise-tutor " + bundledVersion() + "  —");
    }

    @Test
    void aModelJsonWithoutAVersionSaysSoInBothLanguages(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("my-model");
        Files.createDirectories(folder);
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(BUNDLED.resolve("model.json").toFile());
        json.remove("version");
        json.put("name", "my-model");
        Files.writeString(folder.resolve("model.json"), json.toString());
        ModelManifest m = ModelManifest.read(folder);
        assertThat(ModelCatalog.named(m).english()).isEqualTo("my-model, version not given");
        assertThat(ModelCatalog.named(m).in(Locale.forLanguageTag("es"))).isEqualTo("my-model, versión no indicada");
    }

    @Test
    void aMissingModelFolderIsSaidToBeMissing(@TempDir Path tmp) {
        try (Tutor tutor = Tutor.withProgressFile(tmp.resolve("progress.db"))) {
            assertThat(tutor.loadModel(tmp.resolve("stepwise-tutor"), 1)).isFalse();
            assertThat(tutor.modelStatus()).startsWith("The tutor model stepwise-tutor is not there (no folder ")
                    .endsWith("Hints come from the solvers and the lesson pack.")
                    .doesNotContain("model.json");
        }
    }

    @Test
    void theLoadedModelsStatusLineGivesItsVersion(@TempDir Path tmp) throws Exception {
        try (Tutor tutor = Tutor.withProgressFile(tmp.resolve("progress.db"))) {
            assertThat(tutor.loadModel(BUNDLED, 1)).isTrue();
            assertThat(tutor.modelStatus()).startsWith("Model: stepwise-tutor " + bundledVersion() + " (");
            assertThat(tutor.modelStatusSaid().in(Locale.forLanguageTag("es")))
                    .startsWith("Modelo: stepwise-tutor " + bundledVersion() + " (");
        }
    }
}
