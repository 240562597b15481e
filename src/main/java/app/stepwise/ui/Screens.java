package app.stepwise.ui;

import java.util.HashMap;
import java.util.Map;

/**
 * The screen factories, one per route type, registered once in {@link StepwiseApp#start}. A factory builds the view
 * model (from the route, the app's object graph and the navigator) and the view on it.
 */
public final class Screens {
    /** Builds the screen for one route. */
    @FunctionalInterface
    public interface Factory<R extends Route> {
        Screen create(R route, AppContext app, Navigator navigator);
    }

    private final Map<Class<?>, Factory<Route>> factories = new HashMap<>();

    public <R extends Route> Screens register(Class<R> route, Factory<R> factory) {
        factories.put(route, (r, app, nav) -> factory.create(route.cast(r), app, nav));
        return this;
    }

    public Screen create(Route route, AppContext app, Navigator navigator) {
        Factory<Route> f = factories.get(route.getClass());
        if (f == null) throw new IllegalArgumentException("No screen registered for " + route.getClass().getSimpleName());
        return f.create(route, app, navigator);
    }
}
