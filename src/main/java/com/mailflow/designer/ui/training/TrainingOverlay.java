package com.mailflow.designer.ui.training;

import com.mailflow.designer.routing.Flow;
import com.mailflow.designer.routing.LinkEnds;
import com.mailflow.designer.simulation.Hop;
import com.mailflow.designer.ui.canvas.CanvasView;
import com.mailflow.designer.ui.canvas.NodeView;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.animation.TranslateTransition;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * What training mode draws over the canvas, in the canvas's own overlay: the envelope at the
 * current hop (it moves along the link), failed nodes crossed out, the links of flows a failure
 * breaks in red, and the single points of failure outlined. Redrawn from the view model's state.
 */
final class TrainingOverlay {
    private final CanvasView canvas;
    private final TrainingViewModel vm;
    private final Group marks = new Group();
    private final Group envelope = envelope();

    TrainingOverlay(CanvasView canvas, TrainingViewModel vm) {
        this.canvas = canvas;
        this.vm = vm;
        marks.setId("training-marks");
        marks.setMouseTransparent(true);
        envelope.setMouseTransparent(true);
        canvas.overlay().getChildren().addAll(marks, envelope);
        vm.failedNodesProperty().addListener((o, a, b) -> redraw());
        vm.failedLinksProperty().addListener((o, a, b) -> redraw());
        vm.whatIfProperty().addListener((o, a, b) -> redraw());
        vm.singlePointsProperty().addListener((o, a, b) -> redraw());
        vm.hopProperty().addListener((o, a, b) -> moveEnvelope(true));
        vm.simulationProperty().addListener((o, a, s) -> {
            if (s != null && s.flow() != null) {
                vm.analysis().highlightedFlowProperty().set(s.flow());
            }
            moveEnvelope(false);
        });
        redraw();
        moveEnvelope(false);
    }

    private static Group envelope() {
        Rectangle body = new Rectangle(-14, -10, 28, 20);
        body.getStyleClass().add("envelope-body");
        Polyline flap = new Polyline(-14, -10, 0, 2, 14, -10);
        flap.getStyleClass().add("envelope-flap");
        Group g = new Group(body, flap);
        g.setId("training-envelope");
        g.setVisible(false);
        return g;
    }

    private Optional<Point2D> center(String id) {
        return canvas.view(id).map(v -> new Point2D(v.centerX(), v.centerY()));
    }

    private void moveEnvelope(boolean animate) {
        Hop hop = vm.currentHop();
        if (hop == null) {
            envelope.setVisible(false);
            return;
        }
        Optional<Point2D> start = center(hop.from());
        Optional<Point2D> end = center(hop.to());
        if (start.isEmpty() || end.isEmpty()) {
            envelope.setVisible(false);
            return;
        }
        envelope.setVisible(true);
        envelope.getStyleClass().setAll(hop.fails() ? "envelope-failed" : "envelope");
        // A failing hop stops halfway: the message never arrives.
        Point2D target = hop.fails() ? start.get().midpoint(end.get()) : end.get();
        if (!animate) {
            envelope.setTranslateX(target.getX());
            envelope.setTranslateY(target.getY());
            return;
        }
        envelope.setTranslateX(start.get().getX());
        envelope.setTranslateY(start.get().getY());
        TranslateTransition move = new TranslateTransition(Duration.millis(600), envelope);
        move.setToX(target.getX());
        move.setToY(target.getY());
        move.play();
    }

    private void redraw() {
        marks.getChildren().clear();
        for (String id : vm.singlePointsProperty().get()) {
            outline(id, "training-single-point", "spof-" + id);
        }
        if (vm.whatIfProperty().get() != null) {
            Set<String> drawn = new HashSet<>();
            for (Flow f : vm.whatIfProperty().get().broken()) {
                List<String> path = f.path();
                for (int i = 0; i + 1 < path.size(); i++) {
                    if (drawn.add(path.get(i) + "\n" + path.get(i + 1))) {
                        brokenLink(path.get(i), path.get(i + 1));
                    }
                }
            }
        }
        for (String id : vm.failedNodesProperty().get()) {
            outline(id, "training-failed", "failed-" + id);
        }
        for (LinkEnds link : vm.failedLinksProperty().get()) {
            line(link.from(), link.to(), "training-failed-link").ifPresent(l -> l.setId("failed-link-" + link.from()
                    + "-" + link.to()));
        }
    }

    private void outline(String id, String style, String markId) {
        canvas.view(id).ifPresent(v -> {
            Rectangle r = new Rectangle(v.getLayoutX() - 6, v.getLayoutY() - 6, NodeView.WIDTH + 12, NodeView.HEIGHT + 12);
            r.getStyleClass().add(style);
            r.setId(markId);
            marks.getChildren().add(r);
        });
    }

    private void brokenLink(String from, String to) {
        line(from, to, "training-broken");
    }

    private Optional<Line> line(String from, String to, String style) {
        Optional<Point2D> a = center(from);
        Optional<Point2D> b = center(to);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        Line line = new Line(a.get().getX(), a.get().getY(), b.get().getX(), b.get().getY());
        line.getStyleClass().add(style);
        marks.getChildren().add(line);
        return Optional.of(line);
    }
}
