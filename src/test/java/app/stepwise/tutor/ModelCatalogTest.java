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
        ModelCatalog.Entry bundled = new ModelCatalog.Entry(BUNDLED, java.util.Optional.of(ModelManifest.read(BUNDLED)),
                app.stepwise.text.Message.NONE, 1, true);
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

    /**
     * Settings lists every model folder; one whose model.json cannot be used said why in English inside the Spanish
     * screens ("cannot be used: model.json of misfit gives no usable maxLength …"). Each reason is said in the screen's
     * language; the parser's own words are not shown.
     */
    @Test
    void aModelThatCannotBeUsedSaysWhyInTheScreensLanguage(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("cut-short"));
        Files.writeString(tmp.resolve("cut-short").resolve("model.json"), "{\n  \"name\": \"cut-short\",\n");
        Files.createDirectories(tmp.resolve("a-list"));
        Files.writeString(tmp.resolve("a-list").resolve("model.json"), "[1, 2]");
        Files.createDirectories(tmp.resolve("no-end"));
        Files.writeString(tmp.resolve("no-end").resolve("model.json"), "{\"specialTokens\": {}, \"maxLength\": 64}");
        Files.createDirectories(tmp.resolve("bad-id"));
        Files.writeString(tmp.resolve("bad-id").resolve("model.json"), "{\"specialTokens\": {\"<|end|>\": -3}}");
        Files.createDirectories(tmp.resolve("no-length"));
        Files.writeString(tmp.resolve("no-length").resolve("model.json"), "{\"specialTokens\": {\"<|end|>\": 2}}");
        java.util.List<ModelCatalog.Entry> entries = new java.util.ArrayList<>();
        ModelCatalog.scan(tmp, false, entries);

        assertThat(entries).extracting(e -> e.description(Locale.forLanguageTag("es"))).containsExactly(
                "a-list  —  0.0 MB  —  no se puede usar: model.json de a-list no es un objeto JSON",
                "bad-id  —  0.0 MB  —  no se puede usar: model.json de bad-id da -3 para <|end|>, que no es un id de token",
                "cut-short  —  0.0 MB  —  no se puede usar: model.json de cut-short no es JSON válido (línea 3)",
                "no-end  —  0.0 MB  —  no se puede usar: model.json de no-end no da ningún id de token para su token final "
                        + "<|end|> (en specialTokens)",
                "no-length  —  0.0 MB  —  no se puede usar: model.json de no-length no da un maxLength válido (el máximo de "
                        + "tokens que lee el modelo, un número entero)");
        assertThat(entries.get(2).description(Locale.ENGLISH))
                .isEqualTo("cut-short  —  0.0 MB  —  cannot be used: model.json in cut-short is not valid JSON (line 3)");
    }
}
