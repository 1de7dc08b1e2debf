package com.mailflow.designer.ui.canvas;

import com.mailflow.designer.edit.Grid;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The dot grid behind the drawing: pixels, redrawn only on zoom, pan, resize or a theme change.
 * A canvas's pixels take no CSS, so the dots' colour is read from {@link #dotStyle()}, a hidden
 * shape styled {@code .grid-dot} that the canvas keeps in the scene.
 */
final class GridLayer extends Canvas {
    private final Viewport viewport;
    private final Rectangle dot = new Rectangle(0, 0, Color.GRAY);

    GridLayer(Viewport viewport) {
        this.viewport = viewport;
        setMouseTransparent(true);
        dot.getStyleClass().add("grid-dot");
        dot.setVisible(false);
        dot.setManaged(false);
        dot.fillProperty().addListener(o -> redraw());
        widthProperty().addListener(o -> redraw());
        heightProperty().addListener(o -> redraw());
        viewport.changesProperty().addListener((o, before, now) -> redraw());
    }

    /** The hidden shape whose CSS fill is the dots' colour. */
    Rectangle dotStyle() {
        return dot;
    }

    private void redraw() {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        double step = Grid.SIZE * viewport.zoom();
        while (step < 12) {
            step *= 5;
        }
        double ox = viewport.transform().getTx() % step;
        double oy = viewport.transform().getTy() % step;
        g.setFill(dot.getFill());
        for (double x = ox < 0 ? ox + step : ox; x < getWidth(); x += step) {
            for (double y = oy < 0 ? oy + step : oy; y < getHeight(); y += step) {
                g.fillRect(x, y, 1.5, 1.5);
            }
        }
    }
}
