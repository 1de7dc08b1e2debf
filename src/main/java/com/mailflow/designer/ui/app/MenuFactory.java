package com.mailflow.designer.ui.app;

import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.ui.canvas.CanvasView;
import com.mailflow.designer.ui.canvas.NodeView;
import com.mailflow.designer.ui.control.KindIcons;
import com.mailflow.designer.ui.control.LazyTooltip;
import com.mailflow.designer.ui.dialog.AboutBox;
import com.mailflow.designer.ui.viewmodel.EditViewModel;
import com.mailflow.designer.ui.viewmodel.FileViewModel;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Separator;

/** Builds the menu bar and the toolbar from {@link DesignerActions}. */
final class MenuFactory {
    /** Where an item keeps its icon until its menu first opens (see {@link #iconWhenShown}). */
    private static final Object ICON = new Object();

    private MenuFactory() {
    }

    static MenuBar menuBar(DesignerActions a, FileViewModel files, EditViewModel edits, CanvasView canvas) {
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path p : files.recentFiles()) {
                MenuItem item = new MenuItem(p.getFileName() + "  \u2014  " + p.getParent());
                item.setOnAction(e -> files.openRecent(p));
                recent.getItems().add(item);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        files.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        MenuItem handout = new MenuItem("Handout Details\u2026");
        handout.setId("menu-handout-details");
        handout.setOnAction(e -> com.mailflow.designer.ui.dialog.HandoutDetailsDialog
                .ask(canvas.getScene().getWindow(), edits.handoutDetails()).ifPresent(edits::setHandoutDetails));
        Menu file = new Menu("File", null, item(a.newFile), item(a.open), recent, new SeparatorMenuItem(),
                item(a.save), item(a.saveAs), new SeparatorMenuItem(), handout, item(a.export), new SeparatorMenuItem(),
                item(a.quit));
        Menu edit = new Menu("Edit", null, item(a.undo), item(a.redo), new SeparatorMenuItem(), item(a.cut),
                item(a.copy), item(a.paste), item(a.delete), new SeparatorMenuItem(), item(a.selectAll),
                item(a.rename));
        Menu insert = new Menu("Insert");
        for (NodeKind kind : NodeKind.values()) {
            MenuItem m = new MenuItem(kind.displayName());
            iconWhenShown(m, () -> KindIcons.icon(kind, 14));
            m.setId("insert-" + kind.id());
            m.setOnAction(e -> {
                Point2D c = canvas.visibleCenter();
                edits.addNode(kind, new Position(c.getX() - NodeView.WIDTH / 2, c.getY() - NodeView.HEIGHT / 2));
            });
            insert.getItems().add(m);
        }
        MenuItem text = new MenuItem("Text");
        iconWhenShown(text, () -> KindIcons.icon("mdi2f-format-text", 14));
        text.setId("insert-text");
        text.setOnAction(e -> {
            Point2D c = canvas.visibleCenter();
            String id = edits.addText("Text", new Position(c.getX(), c.getY()));
            canvas.annotations().edit(id);
        });
        insert.getItems().addAll(new SeparatorMenuItem(), text);
        javafx.scene.control.CheckMenuItem legend = new javafx.scene.control.CheckMenuItem("Legend");
        legend.setId("menu-legend");
        legend.selectedProperty().bindBidirectional(canvas.legend().visibleProperty());
        Menu view = new Menu("View", null, item(a.zoomIn), item(a.zoomOut), item(a.fit), item(a.actualSize),
                new SeparatorMenuItem(), legend);
        Menu arrange = new Menu("Arrange", null, item(a.autoLayout), new SeparatorMenuItem());
        a.arrange.forEach(x -> arrange.getItems().add(item(x)));
        arrange.getItems().add(8, new SeparatorMenuItem());
        MenuItem about = new MenuItem("About Mailflow Designer");
        about.setId("menu-about");
        Menu help = new Menu("Help", null, about);
        file.setId("menu-file");
        edit.setId("menu-edit");
        MenuBar bar = new MenuBar(file, edit, insert, view, arrange, help);
        bar.setId("menu-bar");
        for (Menu m : bar.getMenus()) {
            m.addEventHandler(Menu.ON_SHOWING, e -> m.getItems().forEach(MenuFactory::showIcon));
        }
        about.setOnAction(e -> AboutBox.show(bar.getScene().getWindow()));
        return bar;
    }

    /**
     * Gives the item its icon the first time its menu opens: the menus' few dozen icons, made up
     * front, delayed the window's first frame, and no one sees them before a menu opens.
     */
    private static void iconWhenShown(MenuItem item, Supplier<Node> icon) {
        item.getProperties().put(ICON, icon);
    }

    private static void showIcon(MenuItem item) {
        if (item.getProperties().remove(ICON) instanceof Supplier<?> icon) {
            item.setGraphic((Node) icon.get());
        }
    }

    static MenuItem item(Action a) {
        MenuItem m = new MenuItem(a.text());
        m.setId("menu-" + a.id());
        if (a.dynamicText() != null) {
            m.textProperty().bind(a.dynamicText());
        }
        if (a.icon() != null) {
            iconWhenShown(m, () -> KindIcons.icon(a.icon(), 14));
        }
        m.setAccelerator(a.accelerator());
        m.setOnAction(e -> a.run().run());
        if (a.disabled() != null) {
            m.disableProperty().bind(a.disabled());
        }
        return m;
    }

    static ToolBar toolBar(DesignerActions a) {
        ToolBar bar = new ToolBar(button(a.newFile), button(a.open), button(a.save), new Separator(),
                button(a.undo), button(a.redo), new Separator(), button(a.copy), button(a.paste), button(a.delete),
                new Separator(), button(a.zoomIn), button(a.zoomOut), button(a.fit), new Separator(),
                button(a.autoLayout));
        a.arrange.forEach(x -> bar.getItems().add(button(x)));
        bar.setId("tool-bar");
        return bar;
    }

    private static Button button(Action a) {
        Button b = new Button(null, KindIcons.icon(a.icon(), 18));
        b.setId("tool-" + a.id());
        b.getStyleClass().addAll("flat", "tool-button");
        LazyTooltip.install(b, () -> {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
                String text = a.dynamicText() != null ? a.dynamicText().get() : a.text();
                return a.accelerator() == null ? text : text + "  (" + a.accelerator().getDisplayText() + ")";
            }, a.dynamicText() == null ? new javafx.beans.property.SimpleStringProperty() : a.dynamicText()));
            return tip;
        });
        b.setFocusTraversable(false);
        b.setOnAction(e -> a.run().run());
        if (a.disabled() != null) {
            b.disableProperty().bind(a.disabled());
        }
        return b;
    }
}
