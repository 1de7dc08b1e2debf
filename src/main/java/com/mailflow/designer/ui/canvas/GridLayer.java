package com.mailflow.designer.ui.canvas;

import com.mailflow.designer.edit.Grid;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** The dot grid behind the drawing: pixels, redrawn only on zoom, pan or resize. */
final class GridLayer extends Canvas {
    private static final Color DOT = Color.web("#d0d7de");
    private final Viewport viewport;

    GridLayer(Viewport viewport) {
        this.viewport = viewport;
        setMouseTransparent(true);
        widthProperty().addListener(o -> redraw());
        heightProperty().addListener(o -> redraw());
        viewport.changesProperty().addListener((o, before, now) -> redraw());
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
        g.setFill(DOT);
        for (double x = ox < 0 ? ox + step : ox; x < getWidth(); x += step) {
            for (double y = oy < 0 ? oy + step : oy; y < getHeight(); y += step) {
                g.fillRect(x, y, 1.5, 1.5);
            }
        }
    }
}
