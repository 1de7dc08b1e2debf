package com.mailflow.designer.ui.app;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * Room in the window for a part built after the first frame (see {@link StartupQueue}). Until the
 * part arrives the room keeps the part's size, set in designer.css under the given style class,
 * so that nothing on screen moves when it does.
 */
final class DeferredPart extends StackPane {
    DeferredPart(String styleClass, Consumer<Runnable> later, Supplier<? extends Node> part) {
        getStyleClass().add(styleClass);
        later.accept(() -> getChildren().setAll(part.get()));
    }
}
