package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The line under a pack's title names what the pack has of authors and version, and nothing dangles when one is missing. */
class PackDetailsTest {
    @Test
    void authorsAndVersionAreSaidOnlyWhenThePackHasThem() {
        Texts en = Texts.of("en");
        Texts es = Texts.of("es");
        assertThat(PackViewModel.details(List.of("Ms Rivera", "Mr Okafor"), "2.1", en))
                .isEqualTo("Ms Rivera, Mr Okafor · version 2.1");
        assertThat(PackViewModel.details(List.of("Ms Rivera"), "", en)).isEqualTo("Ms Rivera");
        // a teacher's new pack: no authors, version 1.0 (it said " · version 1.0")
        assertThat(PackViewModel.details(List.of(), "1.0", en)).isEqualTo("version 1.0");
        assertThat(PackViewModel.details(List.of(), "1.0", es)).isEqualTo("versión 1.0");
        assertThat(PackViewModel.details(List.of(), "", en)).isEmpty();
    }
}
