package com.mailflow.designer.ui.app;

import com.mailflow.designer.ui.canvas.CanvasView;
import com.mailflow.designer.ui.dialog.HelpWindow;
import com.mailflow.designer.ui.viewmodel.NodeSearch;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Finding your way: the Help menu (getting started, keyboard shortcuts on F1, the finding codes)
 * and Find (Ctrl+F), a field at the end of the toolbar that selects the box whose name, address or
 * host name was typed.
 */
final class HelpAndFind {
    /** Keys and gestures that are not menu items (the menus' own accelerators are listed from the menus). */
    private static final List<Map.Entry<String, String>> GESTURES = List.of(
            new SimpleEntry<>("Zoom In (also)", "Ctrl+= or Ctrl+Numpad +"),
            new SimpleEntry<>("Redo (also)", "Ctrl+Shift+Z"),
            new SimpleEntry<>("Move the selected boxes", "Arrow keys (Shift: five grid steps)"),
            new SimpleEntry<>("Cancel a link being drawn, or clear the selection", "Escape"),
            new SimpleEntry<>("Connect two boxes", "Drag from a box's right edge (or Alt+drag) onto another"),
            new SimpleEntry<>("Rename a box in place", "Double-click it"),
            new SimpleEntry<>("Add to the selection", "Shift+click or Ctrl+click"),
            new SimpleEntry<>("Select an area", "Drag on the empty canvas"),
            new SimpleEntry<>("Pan", "Drag with the right or middle button"),
            new SimpleEntry<>("Zoom at the pointer", "Mouse wheel"),
            new SimpleEntry<>("Find the next match", "Enter in the Find field"));

    private final TextField findField = new TextField();
    private HelpWindow help;

    private HelpAndFind() {
    }

    static HelpAndFind install(MenuBar bar, CanvasView canvas, NodeSearch search) {
        HelpAndFind h = new HelpAndFind();
        h.findField.setId("find-field");
        h.findField.setPromptText("Find a box (Ctrl+F)");
        h.findField.setPrefColumnCount(18);
        // Not a stop for Tab or the first focus: the window would start with the caret in it, its hint hidden.
        h.findField.setFocusTraversable(false);
        h.findField.setOnAction(e -> search.findNext(h.findField.getText()).ifPresent(n -> canvas.centerOn(n.id())));
        h.findField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                canvas.requestFocus();
            }
        });

        MenuItem find = new MenuItem("Find\u2026");
        find.setId("menu-find");
        find.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
        find.setOnAction(e -> {
            h.findField.requestFocus();
            h.findField.selectAll();
        });
        menu(bar, "menu-edit").ifPresent(m -> m.getItems().addAll(new SeparatorMenuItem(), find));

        MenuItem start = new MenuItem("Getting Started");
        start.setId("menu-getting-started");
        start.setOnAction(e -> h.help(bar, HelpWindow.Page.GETTING_STARTED));
        MenuItem keys = new MenuItem("Keyboard Shortcuts");
        keys.setId("menu-shortcuts");
        keys.setAccelerator(KeyCombination.keyCombination("F1"));
        keys.setOnAction(e -> h.help(bar, HelpWindow.Page.SHORTCUTS));
        MenuItem codes = new MenuItem("Finding Codes Explained");
        codes.setId("menu-finding-codes");
        codes.setOnAction(e -> h.help(bar, HelpWindow.Page.FINDINGS));
        bar.getMenus().stream().filter(m -> "Help".equals(m.getText())).findFirst().ifPresent(helpMenu -> {
            helpMenu.setId("menu-help");
            helpMenu.getItems().addAll(0, List.of(start, keys, codes, new SeparatorMenuItem()));
        });
        return h;
    }

    /** Puts the Find field at the far end of the toolbar; returns the toolbar. */
    ToolBar addFindField(ToolBar toolBar) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Pane grow = new HBox(spacer);
        HBox.setHgrow(grow, Priority.ALWAYS);
        toolBar.getItems().addAll(grow, findField);
        return toolBar;
    }

    private static java.util.Optional<Menu> menu(MenuBar bar, String id) {
        return bar.getMenus().stream().filter(m -> id.equals(m.getId())).findFirst();
    }

    /** Every menu item with a key, in menu order, then the keys and gestures of the canvas. */
    static List<Map.Entry<String, String>> shortcuts(MenuBar bar) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            collect(m, out);
        }
        out.addAll(GESTURES);
        return out;
    }

    private static void collect(Menu menu, List<Map.Entry<String, String>> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, out);
            } else if (item.getAccelerator() != null) {
                String text = item.getText() == null ? "" : item.getText().replace("\u2026", "");
                out.add(new SimpleEntry<>(menu.getText() + " \u203a " + text, item.getAccelerator().getDisplayText()));
            }
        }
    }

    private void help(MenuBar bar, HelpWindow.Page page) {
        if (help == null) {
            help = new HelpWindow(bar.getScene().getWindow(), shortcuts(bar));
        }
        help.show(page);
    }

    /** The Help window once opened (tests). */
    HelpWindow helpWindow() {
        return help;
    }

    TextField findField() {
        return findField;
    }
}
