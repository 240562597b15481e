package app.stepwise.grade;

import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * A property's seed from the command line, so a failing case can be replayed and a run repeated over chosen seeds
 * ({@code mvn -o surefire:test -Dtest=Grade24RoundingPropertiesTest -Djqwik.seed=42}); each property says the seed it
 * ran with (grade25: the property failed in about half of CI runs, and the failing seed was not kept). Without the
 * system property jqwik draws a random seed as usual.
 */
public final class SeedFromSystemProperty implements AroundPropertyHook {
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS; // registered on the test class, it runs around each of its properties
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String seed = System.getProperty("jqwik.seed", "").strip();
        if (!seed.isEmpty()) {
            context.attributes().setSeed(seed);
            context.attributes().setAfterFailure(AfterFailureMode.RANDOM_SEED); // no earlier failure replayed first
        }
        PropertyExecutionResult result = property.execute();
        System.out.printf("jqwik seed %s: %s %s%n", result.seed().orElse("?"), context.extendedLabel(), result.status());
        return result;
    }
}
