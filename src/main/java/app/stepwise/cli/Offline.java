package app.stepwise.cli;

/**
 * Keeps DJL offline and quiet. Must run before any DJL class is touched: DJL's static start-up otherwise
 * looks for the network (engine downloads, telemetry).
 */
public final class Offline {
    private Offline() {}

    public static void enforce() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("ai.djl.default_engine", "OnnxRuntime");
        System.setProperty("ai.djl.onnx.disable_alternative", "true");
    }
}
