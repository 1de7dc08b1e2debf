package com.mailflow.designer.ui.app;

import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.ui.canvas.CanvasGestures;
import com.mailflow.designer.ui.canvas.CanvasView;
import com.mailflow.designer.ui.canvas.PaletteView;
import com.mailflow.designer.ui.properties.DomainsView;
import com.mailflow.designer.ui.properties.PropertiesView;
import com.mailflow.designer.ui.results.ResultsView;
import com.mailflow.designer.ui.service.AutosaveService;
import com.mailflow.designer.ui.service.DesignerServices;
import com.mailflow.designer.ui.training.TrainingMode;
import com.mailflow.designer.ui.viewmodel.AnalysisViewModel;
import com.mailflow.designer.ui.viewmodel.DocumentViewModel;
import com.mailflow.designer.ui.viewmodel.DomainsViewModel;
import com.mailflow.designer.ui.viewmodel.EditViewModel;
import com.mailflow.designer.ui.viewmodel.ExportViewModel;
import com.mailflow.designer.ui.viewmodel.FileViewModel;
import com.mailflow.designer.ui.viewmodel.NodeSearch;
import com.mailflow.designer.ui.stages.StageBar;
import com.mailflow.designer.ui.stages.StageMarks;
import com.mailflow.designer.ui.stages.StagesViewModel;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import com.mailflow.designer.export.diagram.NodeMarks;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Assembles the window: menu bar and toolbar, palette, canvas over results, properties and
 * domains, status line. Wires views to view models; holds no logic of its own.
 */
public final class MainWindow {
    private final DocumentViewModel document;
    private final FileViewModel files;
    private final EditViewModel edits;
    private final AnalysisViewModel analysis;
    private final ExportViewModel exports;
    private final CanvasView canvas;
    private final Scene scene;
    private final TrainingMode training;
    private PresentationView presentation;
    private AutosaveService autosave;
    private final HelpAndFind helpAndFind;
    private final Theme theme;
    private final com.mailflow.designer.ui.control.RefusalNotice refusals;

    public MainWindow(Stage stage, DesignerServices services, Scenario initial, Path file) {
        this(stage, services, initial, file, Runnable::run);
    }

    /**
     * @param panels builds the toolbar, palette, stage bar, results and side panels; the designer's
     *     start hands them to after the first frame ({@link StartupQueue}): styling and laying out
     *     their few hundred controls took most of the time before the window appeared
     */
    MainWindow(Stage stage, DesignerServices services, Scenario initial, Path file, Consumer<Runnable> panels) {
        // The theme before the first control: Control's static set-up otherwise loads Modena first.
        Theme.applyLight();
        canvas = new CanvasView();
        document = new DocumentViewModel(initial);
        document.fileProperty().set(file);
        files = new FileViewModel(document, services.dialogs(), services.recentFiles(), services.executor());
        edits = new EditViewModel(document);
        analysis = new AnalysisViewModel(document, services.executor());
        CanvasGestures gestures = new CanvasGestures(canvas, document, edits);
        exports = new ExportViewModel(document, services.dialogs(), services.executor(), services.opener());
        DesignerActions actions = new DesignerActions(document, files, edits, exports, canvas, gestures,
                () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        wireCanvas();
        training = new TrainingMode(document, analysis, canvas);
        StageMarks marks = new StageMarks(canvas, document);
        StackPane canvasArea = new StackPane(canvas, emptyCanvasHint());

        BorderPane root = new BorderPane();
        root.getStyleClass().add("designer");
        // The window's look: AtlantaFX PrimerLight, or PrimerDark (View > Dark Theme).
        theme = new Theme(root);
        javafx.scene.control.MenuBar menuBar = MenuFactory.menuBar(actions, files, edits, canvas);
        menuBar.getMenus().add(training.menu(() -> presentation.toggle()));
        helpAndFind = HelpAndFind.install(menuBar, canvas, new NodeSearch(document));
        javafx.scene.control.CheckMenuItem darkItem = new javafx.scene.control.CheckMenuItem("Dark Theme");
        darkItem.setId("menu-dark-theme");
        darkItem.selectedProperty().bindBidirectional(theme.darkProperty());
        menuBar.getMenus().stream().filter(m -> "View".equals(m.getText())).findFirst()
                .ifPresent(m -> m.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), darkItem));
        // The first frame holds the menus, the drawing and the status line; the rest is built after it.
        root.setTop(new VBox(menuBar, new DeferredPart("tool-bar-room", panels, () -> helpAndFind.addFindField(MenuFactory.toolBar(actions)))));
        VBox drawing = new VBox(new DeferredPart("stage-bar-room", panels,
                () -> new StageBar(new StagesViewModel(document, services.dialogs()), marks)), canvasArea);
        VBox.setVgrow(canvasArea, Priority.ALWAYS);
        Node palette = new DeferredPart("palette-room", panels, () -> new PaletteView(canvas, edits));
        SplitPane center = new SplitPane(drawing, new DeferredPart("results-room", panels, () -> new ResultsView(document, analysis)));
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.64);
        DeferredPart side = new DeferredPart("side-room", panels, this::sideTabs);
        // Set now, not by the tabs built after the first frame (a tab pane's minimum ignores its content).
        side.setMinWidth(com.mailflow.designer.ui.properties.DomainsColumns.panelWidth());
        SplitPane main = new SplitPane(palette, center, side);
        main.setDividerPositions(0.13, 0.78);
        SplitPane.setResizableWithParent(main.getItems().get(0), false);
        root.setCenter(main);
        root.setBottom(statusBar());
        // Fitted once the split panes have laid out their new widths (a pulse or two later).
        presentation = new PresentationView(root, main, center, () -> {
            javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(200));
            settle.setOnFinished(e -> fitForPresentation());
            settle.play();
        });

        scene = new Scene(root, 1500, 920);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("designer.css")).toExternalForm());
        addAlternativeShortcuts(actions);
        refusals = com.mailflow.designer.ui.control.RefusalNotice.attach(scene, document.refusalProperty());
        stage.setScene(scene);
        stage.titleProperty().bind(document.titleProperty());
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard()) {
                e.consume();
            } else {
                exports.awaitIdle();
                if (autosave != null) {
                    autosave.closeCleanly();
                }
                services.executor().shutdown();
            }
        });
        stage.setOnShown(e -> Platform.runLater(canvas::fitToWindow));
    }

    /** Keeps recovery copies of this window's unsaved work; a clean close removes them. */
    public void enableAutosave(AutosaveService service) {
        autosave = service;
        service.watch(document);
    }

    private TabPane sideTabs() {
        Tab domains = new Tab("Domains");
        domains.setId("domains-tab");
        domains.setContent(new DomainsView(new DomainsViewModel(document), domains.selectedProperty()));
        Tab properties = new Tab("Properties", new PropertiesView(document, edits, analysis));
        properties.setId("properties-tab");
        Tab simulation = new Tab("Training", training.view().scrolling());
        simulation.setId("training-tab");
        TabPane side = new TabPane(properties, domains, simulation);
        side.setId("side-tabs");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // An exercise file opens on its goal.
        Runnable showExercise = () -> {
            if (training.model().exerciseProperty().get() != null) {
                side.getSelectionModel().select(simulation);
            }
        };
        training.model().exerciseProperty().addListener((o, a, e) -> showExercise.run());
        showExercise.run();
        return side;
    }

    private void wireCanvas() {
        // The selected stage only (plan.md section 4); for a file without stages, the scenario itself.
        canvas.show(document.shown());
        document.shownProperty().addListener((o, a, s) -> canvas.show(s));
        document.selectionProperty().addListener((o, a, s) -> canvas.applySelection(s));
        analysis.nodesWithErrorsProperty().addListener((o, a, ids) -> canvas.markErrors(ids));
        analysis.highlightedFlowProperty().addListener((o, a, f) -> canvas.highlight(f));
        document.documentsOpenedProperty().addListener((o, a, n) -> Platform.runLater(canvas::fitToWindow));
        canvas.markErrors(analysis.nodesWithErrorsProperty().get());
        analysis.reportProperty().addListener((o, a, r) -> canvas.markNodes(NodeMarks.of(r)));
        canvas.annotations().setListener(new com.mailflow.designer.ui.canvas.AnnotationLayer.Listener() {
            @Override
            public void moved(String id, double x, double y) {
                edits.moveText(id, new com.mailflow.designer.model.Position(x, y));
            }

            @Override
            public void edited(String id, String text) {
                edits.editText(id, text);
            }

            @Override
            public void deleted(String id) {
                edits.deleteText(id);
            }
        });
        canvas.markNodes(NodeMarks.of(analysis.reportProperty().get()));
    }

    /** Ctrl+= and the keypad's plus zoom in too (plus needs Shift on most layouts); Ctrl+Shift+Z redoes. */
    private void addAlternativeShortcuts(DesignerActions actions) {
        var accelerators = scene.getAccelerators();
        accelerators.put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Equals"), actions.zoomIn.run());
        accelerators.put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Add"), actions.zoomIn.run());
        accelerators.put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Subtract"), actions.zoomOut.run());
        accelerators.put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+Z"), actions.redo.run());
        accelerators.put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+P"), () -> presentation.toggle());
        accelerators.put(javafx.scene.input.KeyCombination.keyCombination("Alt+Right"), () -> training.model().next());
        accelerators.put(javafx.scene.input.KeyCombination.keyCombination("Alt+Left"), () -> training.model().back());
    }

    /** On an empty canvas, how to start; it lets the pointer through to the canvas and goes with the first box. */
    private Label emptyCanvasHint() {
        Label hint = new Label("Drag the Internet, the cloud service and the customer's servers from the palette"
                + " onto the canvas, or start from a worked example: File \u203a New\u2026 (Ctrl+N).\n\n"
                + "Help \u203a Getting Started (and F1 for the keys) explains the rest.");
        hint.setId("empty-canvas-hint");
        hint.getStyleClass().add("empty-canvas-hint");
        hint.setMouseTransparent(true);
        hint.setWrapText(true);
        hint.visibleProperty().bind(Bindings.createBooleanBinding(() -> document.scenario().nodes().isEmpty(),
                document.scenarioProperty()));
        return hint;
    }

    /** The theme from the user's settings, and each change of it kept there. */
    public void useSettings(com.mailflow.designer.ui.service.UserSettings settings) {
        theme.remember(settings);
    }

    /** Whether the dark theme is on (View > Dark Theme). */
    public javafx.beans.property.BooleanProperty darkThemeProperty() {
        return theme.darkProperty();
    }

    /** Help menu and Find (tests). */
    HelpAndFind helpAndFind() {
        return helpAndFind;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(document.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label counts = new Label();
        counts.textProperty().bind(Bindings.createStringBinding(() -> {
            Scenario s = document.shown();
            return count(s.nodes().size(), "node") + " \u00b7 " + count(s.links().size(), "link") + " \u00b7 "
                    + count(s.domains().size(), "domain");
        }, document.shownProperty()));
        Label zoom = new Label();
        zoom.setId("zoom");
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(canvas.viewport().zoom() * 100) + " %", canvas.viewport().zoomProperty()));
        HBox bar = new HBox(16, status, spacer, counts, zoom);
        // The spinner for open and save, made when first needed: its skin is costly to style at start.
        document.busyProperty().addListener((o, was, task) -> {
            if (task != null && bar.lookup("#busy") == null) {
                javafx.scene.control.ProgressIndicator busy = new javafx.scene.control.ProgressIndicator();
                busy.setId("busy");
                busy.setPrefSize(14, 14);
                busy.visibleProperty().bind(document.busyProperty().isNotNull());
                busy.managedProperty().bind(busy.visibleProperty());
                bar.getChildren().add(0, busy);
            }
        });
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    public Scene scene() {
        return scene;
    }

    public DocumentViewModel document() {
        return document;
    }

    public FileViewModel files() {
        return files;
    }

    public EditViewModel edits() {
        return edits;
    }

    public AnalysisViewModel analysis() {
        return analysis;
    }

    public ExportViewModel exports() {
        return exports;
    }

    /** Where refusals are shown (tests read what it says). */
    public com.mailflow.designer.ui.control.RefusalNotice refusals() {
        return refusals;
    }

    public TrainingMode training() {
        return training;
    }

    /**
     * Fits the drawing; in the presentation view it may grow past 100 % (fitting stops there), up to
     * twice its size, so the boxes are large at a projector.
     */
    private void fitForPresentation() {
        canvas.fitToWindow();
        javafx.geometry.Bounds b = canvas.contentBounds();
        double zoom = canvas.viewport().zoom();
        if (presentation.isOn() && b.getWidth() > 0 && b.getHeight() > 0) {
            double room = Math.min((canvas.getWidth() - 80) / (b.getWidth() * zoom),
                    (canvas.getHeight() - 80) / (b.getHeight() * zoom));
            if (room > 1) {
                canvas.zoomBy(Math.min(room, 2));
            }
        }
    }

    /** Toggles the presentation view (Ctrl+Shift+P). */
    public void togglePresentation() {
        presentation.toggle();
    }

    public boolean inPresentation() {
        return presentation.isOn();
    }

    public CanvasView canvas() {
        return canvas;
    }
}
