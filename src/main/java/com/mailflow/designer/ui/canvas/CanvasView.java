package com.mailflow.designer.ui.canvas;

import com.mailflow.designer.edit.AutoLayout;
import com.mailflow.designer.edit.LinkKey;
import com.mailflow.designer.edit.ScenarioDiff;
import com.mailflow.designer.export.diagram.NodeMarks;
import com.mailflow.designer.edit.Selection;
import com.mailflow.designer.model.Annotations;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.routing.Flow;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * The drawing: a retained scene graph with a node layer under a link layer, inside one
 * transformed group (zoom and pan). It follows the document by diffing scenarios keyed by node
 * id and link key: only views whose node or link changed are touched, never a rebuild.
 */
public final class CanvasView extends Pane {
    private final Group content = new Group();
    private final Group linkLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group overlay = new Group();
    private final GhostLayer ghosts = new GhostLayer();
    private final OverviewLayer overview = new OverviewLayer();
    private final AttachedViews attached = new AttachedViews(nodeLayer, linkLayer);
    private final Viewport viewport = new Viewport();
    private final GridLayer grid = new GridLayer(viewport);
    private final Map<String, NodeView> nodes = new java.util.LinkedHashMap<>();
    private final Map<LinkKey, LinkView> links = new HashMap<>();
    private final Map<String, Set<LinkView>> linksByNode = new HashMap<>();
    /** Below this zoom, boxes are drawn without texts and icons (level of detail). */
    static final double DETAIL_ZOOM = 0.4;
    /** Above this many changed views (opening a file, a big paste) one pass over all views is cheaper. */
    private static final int BULK = 200;
    private boolean detailed = true;
    private Scenario shown = Scenario.empty("");
    private Selection selection = Selection.EMPTY;
    private final LegendOverlay legend = new LegendOverlay();
    private final AnnotationLayer annotations = new AnnotationLayer();
    private final AnalysisPaint paint = new AnalysisPaint(this::view, this::linkView);
    private java.util.function.Supplier<java.util.List<Point2D>> alsoFit = List::of;

    public CanvasView() {
        getStyleClass().add("canvas");
        setId("canvas");
        setFocusTraversable(true);
        linkLayer.getStyleClass().add("link-layer");
        nodeLayer.getStyleClass().add("node-layer");
        // Links above boxes: a line ends at its boxes' borders, and a label is never hidden under a box.
        content.getChildren().addAll(overview, ghosts, nodeLayer, linkLayer, annotations, overlay);
        content.getTransforms().add(viewport.transform());
        getChildren().addAll(grid, grid.dotStyle(), content, legend);
        legend.setManaged(false);
        legend.setVisible(false);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        grid.widthProperty().bind(widthProperty());
        grid.heightProperty().bind(heightProperty());
        grid.setManaged(false);
        content.setManaged(false);
        viewport.zoomProperty().addListener((o, a, z) -> zoomed(z.doubleValue()));
        viewport.changesProperty().addListener((o, a, b) -> refreshAttached());
        widthProperty().addListener(o -> refreshAttached());
        heightProperty().addListener(o -> refreshAttached());
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        legend.autosize();
        legend.relocate(12, getHeight() - legend.getHeight() - 12);
    }

    public AnnotationLayer annotations() {
        return annotations;
    }

    /** The legend of marks and link styles over the lower left corner. */
    public LegendOverlay legend() {
        return legend;
    }

    /** Shows the analysis's marks (MX, lists, identity) on the boxes. */
    public void markNodes(NodeMarks next) {
        paint.markNodes(next);
    }

    /** Switches between the detailed drawing and the overview (level of detail). */
    private void zoomed(double zoom) {
        overview.setZoom(zoom);
        boolean next = zoom >= DETAIL_ZOOM;
        if (next != detailed) {
            detailed = next;
            overview.setVisible(!next);
            refreshOverview();
            refreshAttached();
        }
    }

    /** Near the visible area when detailed; only the selected boxes in the overview. */
    private void refreshAttached() {
        attached.update(detailed ? visibleContent() : null, nodes.values(), links.values(), selectedViews());
    }

    /** The same decision for only these views: those an edit added, moved, changed or (de)selected. */
    private void refreshAttached(Collection<NodeView> someNodes, Collection<LinkView> someLinks) {
        attached.recheck(detailed ? visibleContent() : null, someNodes, someLinks, selectedViews());
    }

    private Set<NodeView> selectedViews() {
        Set<NodeView> selected = new HashSet<>();
        selection.nodes().forEach(id -> view(id).ifPresent(selected::add));
        return selected;
    }

    /** The visible area in content coordinates, with a margin so that a small pan attaches nothing. */
    private Bounds visibleContent() {
        double margin = 80;
        Point2D a = toContent(-margin, -margin);
        Point2D b = toContent(getWidth() + margin, getHeight() + margin);
        return new BoundingBox(a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY());
    }

    private void refreshOverview() {
        if (!detailed) {
            overview.rebuild(nodes.values(), links.values());
        }
    }

    public Viewport viewport() {
        return viewport;
    }

    public Group overlay() {
        return overlay;
    }

    /** Other stages' elements, faint, under the drawing. */
    public GhostLayer ghosts() {
        return ghosts;
    }

    public Scenario shown() {
        return shown;
    }

    /**
     * Brings the views in line with {@code next}, touching only what changed. Views are put into
     * the scene by {@link AttachedViews} (only those near the visible area), not here.
     */
    public void show(Scenario next) {
        ScenarioDiff diff = ScenarioDiff.between(shown, next);
        Map<String, Position> fallback = next.layout().size() < next.nodes().size()
                ? AutoLayout.complete(next, NodeView::widthOf) : Map.of();
        removeAll(diff.removedLinks(), diff.removedNodes());
        for (Node n : diff.addedNodes()) {
            NodeView v = new NodeView(n);
            Position p = next.layout().getOrDefault(n.id(), fallback.getOrDefault(n.id(), new Position(0, 0)));
            v.setLayoutX(p.x());
            v.setLayoutY(p.y());
            paint.dress(v, n.id());
            nodes.put(n.id(), v);
        }
        diff.changedNodes().forEach(n -> nodes.get(n.id()).update(n));
        Set<String> movedIds = new HashSet<>();
        Set<NodeView> touchedNodes = new HashSet<>();
        Set<LinkView> touchedLinks = new HashSet<>();
        diff.addedNodes().forEach(n -> touchedNodes.add(nodes.get(n.id())));
        diff.moved().forEach((id, p) -> {
            NodeView v = nodes.get(id);
            if (v != null) {
                v.setLayoutX(p.x());
                v.setLayoutY(p.y());
                movedIds.add(id);
                touchedNodes.add(v);
            }
        });
        diff.addedLinks().forEach(l -> touchedLinks.add(addLink(l)));
        diff.changedLinks().forEach(l -> {
            LinkView v = links.get(LinkKey.of(l));
            v.update(l);
            layoutLink(v);
            touchedLinks.add(v);
        });
        // A renamed box may change its width: its links follow its new border.
        diff.changedNodes().forEach(n -> movedIds.add(n.id()));
        touchedLinks.addAll(relayoutLinksOf(movedIds));
        if (!next.extras().equals(shown.extras())) {
            annotations.show(Annotations.of(next));
        }
        shown = next;
        List<LinkView> relabelled = placeLabels();
        // New views of selected ids (a paste selects what it adds) show as selected.
        touchedNodes.forEach(v -> v.setSelected(selection.nodes().contains(v.nodeId())));
        touchedLinks.forEach(v -> v.setSelected(selection.links().contains(v.key())));
        touchedLinks.addAll(relabelled);
        if (touchedNodes.size() + touchedLinks.size() > BULK) {
            refreshAttached();
        } else {
            refreshAttached(touchedNodes, touchedLinks);
        }
        refreshOverview();
    }

    private LinkView addLink(Link l) {
        LinkView v = new LinkView(l);
        links.put(v.key(), v);
        linksByNode.computeIfAbsent(l.from(), k -> new HashSet<>()).add(v);
        linksByNode.computeIfAbsent(l.to(), k -> new HashSet<>()).add(v);
        layoutLink(v);
        return v;
    }

    private void removeAll(List<LinkKey> linkKeys, List<String> nodeIds) {
        Set<javafx.scene.Node> gone = new HashSet<>();
        for (LinkKey key : linkKeys) {
            LinkView v = links.remove(key);
            if (v != null) {
                gone.add(v);
                linksByNode.getOrDefault(key.from(), Set.of()).remove(v);
                linksByNode.getOrDefault(key.to(), Set.of()).remove(v);
            }
        }
        for (String id : nodeIds) {
            NodeView v = nodes.remove(id);
            if (v != null) {
                gone.add(v);
            }
            linksByNode.remove(id);
        }
        attached.forget(gone);
    }

    /** Moves node views without touching the model (during a drag); links follow. */
    public void placeNodes(Map<String, Point2D> topLeft) {
        topLeft.forEach((id, p) -> {
            NodeView v = nodes.get(id);
            if (v != null) {
                v.setLayoutX(p.getX());
                v.setLayoutY(p.getY());
            }
        });
        Set<LinkView> touched = relayoutLinksOf(topLeft.keySet());
        touched.addAll(placeLabels());
        refreshOverview();
        List<NodeView> moved = topLeft.keySet().stream().map(nodes::get).filter(java.util.Objects::nonNull).toList();
        refreshAttached(moved, touched);
    }

    private Set<LinkView> relayoutLinksOf(Collection<String> ids) {
        Set<LinkView> touched = new HashSet<>();
        ids.forEach(id -> touched.addAll(linksByNode.getOrDefault(id, Set.of())));
        touched.forEach(this::layoutLink);
        return touched;
    }

    /** Places every label; returns the views whose label moved (their place in the scene is re-decided). */
    private List<LinkView> placeLabels() {
        return LinkLabels.place(nodes.values(), shown.links(), links);
    }

    private void layoutLink(LinkView v) {
        NodeView from = nodes.get(v.key().from());
        NodeView to = nodes.get(v.key().to());
        if (from != null && to != null) {
            v.layoutBetween(from.getLayoutX(), from.getLayoutY(), from.boxWidth(), to.getLayoutX(), to.getLayoutY(),
                    to.boxWidth());
        }
    }

    public void applySelection(Selection next) {
        Set<NodeView> touched = selectedViews();
        selection.links().forEach(k -> linkView(k).ifPresent(v -> v.setSelected(false)));
        touched.forEach(v -> v.setSelected(false));
        selection = next;
        if (!next.isEmpty()) {
            annotations.clearSelection();
        }
        Set<NodeView> now = selectedViews();
        now.forEach(v -> v.setSelected(true));
        next.links().forEach(k -> linkView(k).ifPresent(v -> v.setSelected(true)));
        touched.addAll(now);
        // Selected boxes stay in the scene even off screen; the others go back to the usual rule.
        refreshAttached(touched, List.of());
    }

    /** Badges the boxes with errors. */
    public void markErrors(Set<String> ids) {
        paint.markErrors(ids);
    }

    /** Highlights a flow's path (null clears). */
    public void highlight(Flow flow) {
        paint.highlight(flow);
    }

    public java.util.Optional<NodeView> view(String id) {
        return java.util.Optional.ofNullable(nodes.get(id));
    }

    public java.util.Optional<LinkView> linkView(LinkKey key) {
        return java.util.Optional.ofNullable(links.get(key));
    }

    public int nodeViewCount() {
        return nodes.size();
    }

    /** Viewport (this pane's) coordinates to content (model) coordinates. */
    public Point2D toContent(double x, double y) {
        return content.parentToLocal(x, y);
    }

    public Point2D sceneToContent(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        return toContent(local.getX(), local.getY());
    }

    /** The topmost node under a content point, or null; boxes not attached (zoomed far out) count too. */
    public NodeView nodeAt(Point2D p) {
        List<javafx.scene.Node> children = nodeLayer.getChildren();
        for (int i = children.size() - 1; i >= 0; i--) {
            NodeView v = (NodeView) children.get(i);
            if (v.getBoundsInParent().contains(p)) {
                return v;
            }
        }
        for (NodeView v : nodes.values()) {
            if (v.getBoundsInParent().contains(p)) {
                return v;
            }
        }
        return null;
    }

    public Set<String> nodesIn(Bounds contentRect) {
        Set<String> ids = new LinkedHashSet<>();
        nodes.values().forEach(v -> {
            if (contentRect.intersects(v.getBoundsInParent())) {
                ids.add(v.nodeId());
            }
        });
        return ids;
    }

    public Bounds contentBounds() {
        return DrawingBounds.of(nodes.values(), annotations.textBounds());
    }

    public void fitToWindow() {
        DrawingBounds.fit(viewport, nodes.values(), annotations.textBounds(), alsoFit.get(), getWidth(), getHeight());
    }

    /**
     * Top-left corners of boxes not drawn now that Fit to Window takes in too: the other stages'
     * nodes, so that switching stages keeps every stage's drawing in view.
     */
    public void fitAlso(java.util.function.Supplier<java.util.List<Point2D>> corners) {
        alsoFit = corners;
    }

    public void zoomBy(double factor) {
        viewport.zoomAt(factor, getWidth() / 2, getHeight() / 2);
    }

    /** Pans so that the node's box is in the middle of the visible area (Find), zoom unchanged. */
    public void centerOn(String id) {
        NodeView v = nodes.get(id);
        if (v != null) {
            Point2D middle = visibleCenter();
            double zoom = viewport.zoom();
            viewport.panBy((middle.getX() - (v.getLayoutX() + v.getWidth() / 2)) * zoom,
                    (middle.getY() - (v.getLayoutY() + v.getHeight() / 2)) * zoom);
        }
    }

    /** The content point at the middle of the visible area: where a clicked palette item lands. */
    public Point2D visibleCenter() {
        return toContent(getWidth() / 2, getHeight() / 2);
    }
}
