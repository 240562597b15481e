package app.stepwise.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/** The size the window opens at: 1280×720 where the display has room, else the display's usable area (1024×600 works). */
final class Displays {
    static final double WIDTH = 1280;
    static final double HEIGHT = 720;

    private Displays() {}

    static double[] startSize() {
        Rectangle2D room = Screen.getPrimary().getVisualBounds();
        return new double[]{Math.min(WIDTH, room.getWidth()), Math.min(HEIGHT, room.getHeight())};
    }
}
