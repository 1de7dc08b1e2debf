package com.mailflow.designer.ui.canvas;

import com.mailflow.designer.export.diagram.Legend;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * What the marks and link styles mean, pinned to the canvas's lower left corner; the same
 * entries and wording as the handouts' legend ({@link Legend}). Hidden and shown from the View menu.
 */
public final class LegendOverlay extends GridPane {
    public LegendOverlay() {
        setId("canvas-legend");
        getStyleClass().add("canvas-legend");
        setHgap(8);
        setVgap(2);
        setMouseTransparent(true);
        Label title = new Label("Legend");
        title.getStyleClass().add("legend-title");
        add(title, 0, 0, 2, 1);
        int row = 1;
        for (Legend.Entry e : Legend.entries()) {
            Label sample = new Label(e.sample());
            sample.getStyleClass().add(e.mark() == null ? "legend-sample" : "node-mark");
            add(sample, 0, row);
            add(new Label(e.meaning()), 1, row);
            row++;
        }
    }
}
