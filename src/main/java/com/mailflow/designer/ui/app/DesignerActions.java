package com.mailflow.designer.ui.app;

import com.mailflow.designer.ui.canvas.CanvasGestures;
import com.mailflow.designer.ui.canvas.CanvasView;
import com.mailflow.designer.ui.viewmodel.DocumentViewModel;
import com.mailflow.designer.ui.viewmodel.EditViewModel;
import com.mailflow.designer.ui.viewmodel.ExportViewModel;
import com.mailflow.designer.ui.viewmodel.FileViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;

/** Every command of the window, in one place; menus and toolbar are built from these. */
public final class DesignerActions {
    public final Action newFile;
    public final Action open;
    public final Action save;
    public final Action saveAs;
    public final Action export;
    public final Action quit;
    public final Action undo;
    public final Action redo;
    public final Action cut;
    public final Action copy;
    public final Action paste;
    public final Action delete;
    public final Action selectAll;
    public final Action rename;
    public final Action zoomIn;
    public final Action zoomOut;
    public final Action fit;
    public final Action actualSize;
    public final Action autoLayout;
    /** Align and distribute the selection (issue 11). */
    public final java.util.List<Action> arrange;

    public DesignerActions(DocumentViewModel doc, FileViewModel files, EditViewModel edits, ExportViewModel exports,
                           CanvasView canvas, CanvasGestures gestures, Runnable quitApp) {
        ObservableBooleanValue noSelection = Bindings.createBooleanBinding(() -> doc.selection().isEmpty(),
                doc.selectionProperty());
        ObservableBooleanValue noNodeSelected = Bindings.createBooleanBinding(
                () -> doc.selection().nodes().isEmpty(), doc.selectionProperty());
        newFile = Action.of("new", "New\u2026", "mdi2f-file-plus-outline", "Shortcut+N", files::newDocument);
        open = Action.of("open", "Open\u2026", "mdi2f-folder-open-outline", "Shortcut+O", files::open);
        save = Action.of("save", "Save", "mdi2c-content-save-outline", "Shortcut+S", files::save);
        saveAs = Action.of("save-as", "Save As\u2026", null, "Shortcut+Shift+S", files::saveAs);
        export = Action.of("export", "Export\u2026", "mdi2f-file-export-outline", "Shortcut+E", exports::export)
                .disabledWhen(exports.runningProperty());
        quit = Action.of("quit", "Quit", null, "Shortcut+Q", quitApp);
        undo = Action.of("undo", "Undo", "mdi2u-undo", "Shortcut+Z", doc::undo)
                .disabledWhen(doc.canUndoProperty().not()).labelled(doc.undoTextProperty());
        redo = Action.of("redo", "Redo", "mdi2r-redo", "Shortcut+Y", doc::redo)
                .disabledWhen(doc.canRedoProperty().not()).labelled(doc.redoTextProperty());
        cut = Action.of("cut", "Cut", null, "Shortcut+X", edits::cut).disabledWhen(noNodeSelected);
        copy = Action.of("copy", "Copy", "mdi2c-content-copy", "Shortcut+C", edits::copy).disabledWhen(noNodeSelected);
        paste = Action.of("paste", "Paste", "mdi2c-content-paste", "Shortcut+V", edits::paste);
        delete = Action.of("delete", "Delete", "mdi2d-delete-outline", "Delete", edits::deleteSelection)
                .disabledWhen(noSelection);
        selectAll = Action.of("select-all", "Select All", null, "Shortcut+A", edits::selectAll);
        rename = Action.of("rename", "Rename", null, "F2", () -> {
            if (doc.selection().nodes().size() == 1) {
                gestures.startRename(doc.selection().nodes().iterator().next());
            }
        }).disabledWhen(noNodeSelected);
        zoomIn = Action.of("zoom-in", "Zoom In", "mdi2m-magnify-plus-outline", "Shortcut+Plus", () -> canvas.zoomBy(1.25));
        zoomOut = Action.of("zoom-out", "Zoom Out", "mdi2m-magnify-minus-outline", "Shortcut+Minus",
                () -> canvas.zoomBy(0.8));
        fit = Action.of("fit", "Fit to Window", "mdi2f-fit-to-screen-outline", "Shortcut+0", canvas::fitToWindow);
        actualSize = Action.of("actual-size", "Actual Size", null, "Shortcut+1",
                () -> canvas.zoomBy(1 / canvas.viewport().zoom()));
        autoLayout = Action.of("auto-layout", "Arrange Left to Right", "mdi2s-sitemap-outline", "Shortcut+L",
                () -> {
                    edits.autoLayout(com.mailflow.designer.ui.canvas.NodeView::widthOf);
                    // The arranged drawing is rarely where the old one was: show all of it.
                    javafx.application.Platform.runLater(canvas::fitToWindow);
                });
        arrange = ArrangeActions.of(doc, edits, canvas);
    }
}
