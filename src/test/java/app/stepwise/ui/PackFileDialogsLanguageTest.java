package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.FileChooser;
import org.junit.jupiter.api.Test;

/**
 * review23: in the Spanish app, Export pack… opened a file dialog with no title of its own and its words in the system's
 * language. The system's dialog keeps its own buttons in the system's language (JavaFX cannot set it); its title and
 * filters now follow the app's.
 */
class PackFileDialogsLanguageTest {
    @Test
    void theExportAndImportDialogsTitlesAndFiltersFollowTheAppsLanguage() {
        FileChooser export = TeacherPacksView.exportChooser(Texts.of("es"), "Fracciones.zip", true);
        assertThat(export.getTitle()).isEqualTo("Exportar el paquete a un archivo");
        assertThat(export.getInitialFileName()).isEqualTo("Fracciones.zip");
        assertThat(export.getExtensionFilters()).singleElement().satisfies(f -> {
            assertThat(f.getDescription()).isEqualTo("Paquete de Stepwise con sus imágenes (zip)");
            assertThat(f.getExtensions()).containsExactly("*.zip");
        });
        FileChooser plain = TeacherPacksView.exportChooser(Texts.of("es"), "Porcentajes.stepwise-pack", false);
        assertThat(plain.getExtensionFilters()).singleElement()
                .satisfies(f -> assertThat(f.getDescription()).isEqualTo("Paquete de Stepwise"));
        FileChooser in = TeacherPacksView.importChooser(Texts.of("es"));
        assertThat(in.getTitle()).isEqualTo("Importar un paquete (un archivo de paquete o un zip)");
        assertThat(in.getExtensionFilters().get(0).getExtensions()).contains("*.stepwise-pack", "*.json", "*.zip");
        assertThat(TeacherPacksView.exportChooser(Texts.of("en"), "x.stepwise-pack", false).getTitle())
                .isEqualTo("Export the pack to a file");
    }
}
