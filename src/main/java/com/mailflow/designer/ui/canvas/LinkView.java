package com.mailflow.designer.ui.canvas;

import com.mailflow.designer.edit.LinkKey;
import com.mailflow.designer.export.diagram.DiagramBuilder;
import com.mailflow.designer.export.diagram.LabelPlacer;
import com.mailflow.designer.export.diagram.Point;
import com.mailflow.designer.model.Link;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.text.Text;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

/**
 * An arrow from sender to receiver, clipped to the two boxes' borders. Arrows both ways between
 * the same pair sit side by side (each shifted to its own right). A wide transparent line makes
 * the thin arrow easy to click.
 */
public final class LinkView extends Group {
    private static final double SHIFT = 5;
    private static final double HEAD = 10;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass ON_PATH = PseudoClass.getPseudoClass("on-path");

    private final LinkKey key;
    private final Line hit = new Line();
    private final Line line = new Line();
    private final Polygon head = new Polygon();
    private final Text label = new Text();
    private double labelWidth;
    private double labelHeight;
    /** The drawn line (start to tip), where the label is placed along, and its direction (a unit vector). */
    private double ux;
    private double uy;
    private double sx;
    private double sy;
    private double ex;
    private double ey;

    public LinkView(Link link) {
        this.key = LinkKey.of(link);
        setId("link-" + link.from() + "-" + link.to());
        getStyleClass().add("link-view");
        hit.getStyleClass().add("link-hit");
        // Invisible but pickable: a zero-opacity node is skipped by the renderer, not by picking.
        hit.setOpacity(0);
        line.getStyleClass().add("link-line");
        head.getStyleClass().add("link-head");
        label.getStyleClass().add("link-label");
        label.setFont(CanvasText.LABEL);
        label.setTextOrigin(javafx.geometry.VPos.CENTER);
        label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        label.setMouseTransparent(true);
        getChildren().addAll(hit, line, head, label);
        update(link);
    }

    public LinkKey key() {
        return key;
    }

    public void update(Link link) {
        String text = DiagramBuilder.labelText(link);
        java.util.function.ToDoubleFunction<String> width = s -> CanvasText.width(s, CanvasText.LABEL);
        java.util.List<String> lines = text.isEmpty() ? java.util.List.of()
                : DiagramBuilder.labelLines(text, CanvasText.LABEL.getSize(), width);
        label.setText(String.join("\n", lines));
        label.setVisible(!text.isEmpty());
        labelWidth = lines.stream().mapToDouble(width).max().orElse(0);
        labelHeight = lines.size() * CanvasText.lineHeight(CanvasText.LABEL);
    }

    /** The line, for the zoomed-out overview. */
    void appendLine(java.util.List<javafx.scene.shape.PathElement> into) {
        if (isVisible()) {
            into.add(new javafx.scene.shape.MoveTo(line.getStartX(), line.getStartY()));
            into.add(new javafx.scene.shape.LineTo(hit.getEndX(), hit.getEndY()));
        }
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    public void setOnPath(boolean onPath) {
        pseudoClassStateChanged(ON_PATH, onPath);
    }

    /** Lays the arrow out between two boxes given by their top-left corners and widths. */
    public void layoutBetween(double fx, double fy, double fw, double tx, double ty, double tw) {
        double hh = NodeView.HEIGHT / 2;
        double cx1 = fx + fw / 2;
        double cy1 = fy + hh;
        double cx2 = tx + tw / 2;
        double cy2 = ty + hh;
        double dx = cx2 - cx1;
        double dy = cy2 - cy1;
        double len = Math.hypot(dx, dy);
        if (len < 1) {
            setVisible(false);
            return;
        }
        setVisible(true);
        ux = dx / len;
        uy = dy / len;
        double t1 = exit(fw / 2, hh, ux, uy);
        double t2 = exit(tw / 2, hh, ux, uy);
        double ox = -uy * SHIFT;
        double oy = ux * SHIFT;
        sx = cx1 + ux * t1 + ox;
        sy = cy1 + uy * t1 + oy;
        ex = cx2 - ux * t2 + ox;
        ey = cy2 - uy * t2 + oy;
        setLine(line, sx, sy, ex - ux * HEAD * 0.8, ey - uy * HEAD * 0.8);
        setLine(hit, sx, sy, ex, ey);
        head.getPoints().setAll(ex, ey,
                ex - ux * HEAD - uy * HEAD * 0.5, ey - uy * HEAD + ux * HEAD * 0.5,
                ex - ux * HEAD + uy * HEAD * 0.5, ey - uy * HEAD - ux * HEAD * 0.5);
    }

    private static double exit(double hw, double hh, double ux, double uy) {
        return Math.min(ux == 0 ? Double.MAX_VALUE : hw / Math.abs(ux), uy == 0 ? Double.MAX_VALUE : hh / Math.abs(uy));
    }

    /**
     * Places the label by the diagram's rule ({@link LabelPlacer}): preferably centred beside its
     * own line, on the side the line is shifted to, so that the labels of two arrows between the
     * same boxes never sit on each other's line; elsewhere along or beside it where that place
     * covers a box or another label. The canvas calls this for every label, in the scenario's order.
     *
     * @return whether the label moved
     */
    boolean placeLabel(LabelPlacer placer) {
        if (!isVisible() || label.getText().isEmpty()) {
            return false;
        }
        // The centres' direction, not the drawn line's: boxes that touch draw a line of length 0.
        double px = -uy;
        double py = ux;
        double h = labelHeight;
        double away = SHIFT + Math.abs(px) * labelWidth / 2 + Math.abs(py) * h / 2 + 1;
        Point c = placer.place(sx, sy, ex, ey, labelWidth, h, away);
        double x = c.x() - labelWidth / 2;
        boolean moved = x != label.getLayoutX() || c.y() != label.getLayoutY();
        label.setLayoutX(x);
        label.setLayoutY(c.y());
        return moved;
    }

    private static void setLine(Line l, double sx, double sy, double ex, double ey) {
        l.setStartX(sx);
        l.setStartY(sy);
        l.setEndX(ex);
        l.setEndY(ey);
    }
}
