package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NewNamesTest {

    private static final Set<String> FRICTION_PROBLEM = Set.of("m", "μ", "F", "g", "N", "f", "a");

    @Test
    void aWordOrSymbolBeforeTheEqualsSignIsOneName() {
        assertThat(NewNames.head("W = m g = 98 N", FRICTION_PROBLEM)).map(NewNames.Head::name).contains("W");
        assertThat(NewNames.head("F_f = 0.3*98", FRICTION_PROBLEM)).map(NewNames.Head::name).contains("F_f");
        assertThat(NewNames.head("weight = 98 N", FRICTION_PROBLEM)).map(NewNames.Head::name).contains("weight");
        assertThat(NewNames.head("KE = 9 J", FRICTION_PROBLEM)).map(NewNames.Head::name).contains("KE");
    }

    @Test
    void severalWordsBeforeTheEqualsSignAreOneName() {
        var head = NewNames.head("net force = 30.6 N", FRICTION_PROBLEM).orElseThrow();
        assertThat(head.name()).isEqualTo("netforce");
        assertThat(head.written()).isEqualTo("net force");
        assertThat(head.text()).isEqualTo("netforce = 30.6 N");
        assertThat(NewNames.head("F net = 30.6 N", FRICTION_PROBLEM)).map(NewNames.Head::name).contains("F_net");
    }

    @Test
    void lettersThatAreAllSymbolsOfTheProblemStayAProductUnlessListedAsAName() {
        assertThat(NewNames.head("mg = 98 N", FRICTION_PROBLEM)).isEmpty();
        assertThat(NewNames.head("m a = 30.6", FRICTION_PROBLEM)).isEmpty();
        assertThat(NewNames.head("Fg = 98 N", FRICTION_PROBLEM)).map(NewNames.Head::name).contains("Fg");
        assertThat(NewNames.head("a = 3", FRICTION_PROBLEM)).isEmpty(); // already a quantity of the problem
        assertThat(NewNames.head("sin x = 0.5", Set.of("x"))).isEmpty();
        assertThat(NewNames.head("v^2 = u^2 + 2 a s", Set.of("u", "a", "s"))).isEmpty();
    }

    @Test
    void aNameWrittenAnotherWayIsTheKnownOne() {
        assertThat(NewNames.head("Fnet = 30.6 N", Set.of("F_net", "m"))).map(NewNames.Head::name).contains("F_net");
    }

    @Test
    void theTableSaysWhichQuantityANameStandsFor() {
        assertThat(NewNames.role("W")).map(NewNames.Role::id).contains("weight");
        assertThat(NewNames.role("Fnet")).map(NewNames.Role::id).contains("net");
        assertThat(NewNames.role("F_NET")).map(NewNames.Role::id).contains("net");
        assertThat(NewNames.role("force of friction")).map(NewNames.Role::id).contains("friction");
        assertThat(NewNames.role("weight of the box")).map(NewNames.Role::id).contains("weight");
        assertThat(NewNames.role("E_k")).map(NewNames.Role::id).contains("kinetic");
        // case matters in short names: f is a friction force, F is not
        assertThat(NewNames.role("f")).map(NewNames.Role::id).contains("friction");
        assertThat(NewNames.role("F")).isEmpty();
        assertThat(NewNames.role("x")).isEmpty();
    }

    @Test
    void aNameMayStandForSeveralQuantitiesInTheTablesOrder() {
        assertThat(NewNames.roles("W")).extracting(NewNames.Role::id).containsExactly("weight", "work");
        assertThat(NewNames.roles("P")).extracting(NewNames.Role::id).containsExactly("power", "pressure");
    }

    /** review12: the final velocity's role had no message, and a student read "v_f is named.finalVelocity here." */
    @Test
    void everyQuantityOfTheTableHasItsNameInBothLanguages() {
        for (String tag : java.util.List.of("", "es")) {
            var bundle = java.util.ResourceBundle.getBundle("app.stepwise.text.feedback",
                    tag.isEmpty() ? java.util.Locale.ROOT : java.util.Locale.forLanguageTag(tag),
                    java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
            for (NewNames.Role r : NewNames.ROLES)
                assertThat(bundle.containsKey("named." + r.id())).as(tag + " named." + r.id()).isTrue();
        }
    }
}
