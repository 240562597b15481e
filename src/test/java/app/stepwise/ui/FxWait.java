package app.stepwise.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waiting for a node to be on screen before a robot touches it. The robot's lookups read the scene graph from the test
 * thread while the FX thread changes it, so a lookup can return a node that is already in its parent's children but not
 * yet in the scene (a click on it then fails with "scene is null"). Waiting for the node's scene and then for the FX
 * thread's queue to drain closes that window.
 */
final class FxWait {
    private FxWait() {}

    /** Waits until the condition holds, evaluated on the FX thread (so it may read lists the FX thread changes). */
    static void until(java.util.function.BooleanSupplier condition, int seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get(seconds, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void shown(FxRobot robot, String query, int seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                () -> robot.lookup(query).tryQuery().map(n -> n.getScene() != null && n.isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
