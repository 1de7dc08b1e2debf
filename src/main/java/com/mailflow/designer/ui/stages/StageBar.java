package com.mailflow.designer.ui.stages;

import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.Stage;
import com.mailflow.designer.ui.control.KindIcons;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import com.mailflow.designer.ui.control.LazyTooltip;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The stage bar above the canvas: the stages in order as toggles ({@code #stage-<id>}), "Add stage"
 * after the selected one, "show other stages". Double-click a stage to rename it in place; its
 * context menu renames, moves and removes; dragging a stage onto another moves it there. A file
 * without stages shows its one implicit stage.
 */
public final class StageBar extends HBox {
    private final StagesViewModel stages;
    private final HBox tabs = new HBox(2);
    private final ToggleGroup group = new ToggleGroup();
    private List<Stage> built;
    private String dragged;

    public StageBar(StagesViewModel stages, StageMarks marks) {
        super(8);
        this.stages = stages;
        setId("stage-bar");
        getStyleClass().add("stage-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("Stages");
        title.getStyleClass().add("stage-bar-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button add = new Button("+ Add stage");
        add.setId("add-stage");
        LazyTooltip.install(add, "A new stage after the selected one, starting as a copy of it");
        add.setOnAction(e -> stages.add());
        add.setMinWidth(Region.USE_PREF_SIZE);
        CheckBox others = new CheckBox("Other stages");
        LazyTooltip.install(others, "Show the other stages' elements faint (they can't be selected)");
        others.setMinWidth(Region.USE_PREF_SIZE);
        others.setId("show-other-stages");
        others.selectedProperty().bindBidirectional(marks.showOthersProperty());
        Button left = tool("stage-left", "mdi2c-chevron-left", "Move the selected stage left",
                () -> stages.move(stages.document().stage(), -1));
        Button right = tool("stage-right", "mdi2c-chevron-right", "Move the selected stage right",
                () -> stages.move(stages.document().stage(), 1));
        Button rename = tool("stage-rename", "mdi2p-pencil-outline", "Rename the selected stage (or double-click it)",
                () -> stages.document().scenario().stageById(stages.document().stage()).ifPresent(this::startRename));
        Button remove = tool("stage-remove-selected", "mdi2d-delete-outline", "Remove the selected stage",
                () -> stages.remove(stages.document().stage()));
        Runnable enable = () -> {
            String id = stages.document().stage();
            left.setDisable(!stages.canMove(id, -1));
            right.setDisable(!stages.canMove(id, 1));
            rename.setDisable(!stages.document().scenario().isStaged());
            remove.setDisable(!stages.document().scenario().isStaged());
        };
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        tabs.setAlignment(Pos.CENTER_LEFT);
        // Long stage names shrink (with an ellipsis) before the buttons do.
        tabs.setMinWidth(0);
        HBox.setHgrow(tabs, Priority.SOMETIMES);
        getChildren().addAll(title, tabs, add, left, right, rename, remove, spacer, others);
        var document = stages.document();
        document.scenarioProperty().addListener((o, a, s) -> {
            rebuild(s);
            enable.run();
        });
        document.stageProperty().addListener((o, a, id) -> {
            selectToggle();
            enable.run();
        });
        enable.run();
        // A click on the selected stage must not leave no stage selected.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            }
        });
        rebuild(document.scenario());
        // Alt+Page Up / Page Down go to the previous / next stage (Ctrl+Page Up/Down switch the results tabs).
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.ALT_DOWN), () -> stages.step(-1));
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.ALT_DOWN), () -> stages.step(1));
            }
        });
    }

    private void rebuild(Scenario s) {
        if (s.stages().equals(built) && !tabs.getChildren().isEmpty()) {
            selectToggle();
            return;
        }
        built = s.stages();
        tabs.getChildren().clear();
        group.getToggles().clear();
        if (!s.isStaged()) {
            ToggleButton only = toggle(Scenario.DEFAULT_STAGE, "Whole drawing (no stages)");
            only.setTooltip(new Tooltip("This drawing has no stages. Add one to draw a migration: the drawing"
                    + " becomes stage 'Today' and the new stage starts as a copy of it."));
            tabs.getChildren().add(only);
        } else {
            for (int i = 0; i < built.size(); i++) {
                Stage st = built.get(i);
                ToggleButton b = toggle(st.id(), (i + 1) + ". " + st.name());
                st.notesText().ifPresent(n -> b.setTooltip(new Tooltip(b.getText() + "\n" + n)));
                b.setContextMenu(menu(st));
                b.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                    if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                        startRename(st);
                    }
                });
                b.addEventHandler(MouseEvent.DRAG_DETECTED, e -> dragged = st.id());
                b.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dropAt(e.getSceneX(), e.getSceneY()));
                tabs.getChildren().add(b);
            }
        }
        selectToggle();
    }

    private static Button tool(String id, String icon, String tip, Runnable run) {
        Button b = new Button(null, KindIcons.icon(icon, 16));
        b.setId(id);
        b.getStyleClass().add("flat");
        LazyTooltip.install(b, tip);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> run.run());
        return b;
    }

    private ToggleButton toggle(String id, String text) {
        ToggleButton b = new ToggleButton(text);
        b.setId("stage-" + id);
        b.getStyleClass().add("stage-tab");
        b.setUserData(id);
        b.setToggleGroup(group);
        b.setOnAction(e -> stages.select(id));
        b.setMinWidth(60);
        b.setMaxWidth(260);
        LazyTooltip.install(b, text);
        return b;
    }

    private void selectToggle() {
        String id = stages.document().stage();
        group.getToggles().forEach(t -> t.setSelected(id.equals(t.getUserData())));
    }

    private ContextMenu menu(Stage st) {
        MenuItem rename = new MenuItem("Rename\u2026");
        rename.setOnAction(e -> startRename(st));
        MenuItem left = new MenuItem("Move Left");
        left.setId("stage-move-left");
        left.setOnAction(e -> stages.move(st.id(), -1));
        left.setDisable(!stages.canMove(st.id(), -1));
        MenuItem right = new MenuItem("Move Right");
        right.setId("stage-move-right");
        right.setOnAction(e -> stages.move(st.id(), 1));
        right.setDisable(!stages.canMove(st.id(), 1));
        MenuItem remove = new MenuItem("Remove Stage");
        remove.setId("stage-remove");
        remove.setOnAction(e -> stages.remove(st.id()));
        return new ContextMenu(rename, left, right, new SeparatorMenuItem(), remove);
    }

    /** Replaces the stage's toggle by a text field until Enter (rename) or Escape or focus loss (keep). */
    public void startRename(Stage st) {
        tabs.getChildren().stream().filter(n -> ("stage-" + st.id()).equals(n.getId())).findFirst().ifPresent(b -> {
            int at = tabs.getChildren().indexOf(b);
            TextField field = new TextField(st.name());
            field.setId("stage-name-editor");
            field.setPrefColumnCount(Math.max(8, st.name().length()));
            boolean[] done = {false};
            Runnable close = () -> {
                // The bar may have been rebuilt meanwhile (an undo): then the field is gone already.
                if (!done[0] && at < tabs.getChildren().size() && tabs.getChildren().get(at) == field) {
                    done[0] = true;
                    tabs.getChildren().set(at, b);
                }
            };
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    String name = field.getText();
                    close.run();
                    stages.rename(st.id(), name);
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    close.run();
                }
                e.consume();
            });
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    close.run();
                }
            });
            tabs.getChildren().set(at, field);
            field.requestFocus();
            field.selectAll();
        });
    }

    /** A stage dragged onto another moves to its place. */
    private void dropAt(double sceneX, double sceneY) {
        String from = dragged;
        dragged = null;
        if (from == null) {
            return;
        }
        for (var n : tabs.getChildren()) {
            if (n.localToScene(n.getBoundsInLocal()).contains(sceneX, sceneY) && n.getUserData() instanceof String to
                    && !to.equals(from)) {
                List<String> ids = stages.document().scenario().stageIds();
                stages.move(from, ids.indexOf(to) - ids.indexOf(from));
                return;
            }
        }
    }
}
