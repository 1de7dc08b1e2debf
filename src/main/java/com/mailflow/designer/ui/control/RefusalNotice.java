package com.mailflow.designer.ui.control;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import javafx.stage.Popup;

/**
 * Shows each refusal ("Can't add another Internet ...") where the user is looking: beside the
 * field being typed in, else at the pointer, for a few seconds (the status line keeps it too).
 */
public final class RefusalNotice {
    private static final Duration SHOWN_FOR = Duration.seconds(5);
    private final Scene scene;
    private final PauseTransition hide = new PauseTransition(SHOWN_FOR);
    /** Made at the first refusal: a popup is a window with a scene, not worth building at start-up. */
    private Popup popup;
    private Label text;
    private Point2D pointer;

    private RefusalNotice(Scene scene) {
        this.scene = scene;
        scene.addEventFilter(MouseEvent.ANY, e -> pointer = new Point2D(e.getScreenX(), e.getScreenY()));
    }

    private void build() {
        popup = new Popup();
        text = new Label();
        text.setId("refusal");
        text.setWrapText(true);
        text.setMaxWidth(380);
        text.getStyleClass().add("refusal-text");
        text.getStyleClass().add("refusal");
        // Styled by the window's stylesheet (designer.css), in the theme's colours.
        text.getStylesheets().setAll(scene.getStylesheets());
        popup.getContent().add(text);
        popup.setAutoHide(true);
        // The click that hides it still does what the user clicked for (start a drag, press a button).
        popup.setConsumeAutoHidingEvents(false);
        hide.setOnFinished(e -> popup.hide());
    }

    /** Shows every non-null value of {@code refusals} in {@code scene}. */
    public static RefusalNotice attach(Scene scene, ObservableValue<String> refusals) {
        RefusalNotice notice = new RefusalNotice(scene);
        refusals.addListener((o, a, why) -> {
            if (why != null) {
                notice.show(why);
            }
        });
        return notice;
    }

    /** The text shown now, or null when nothing is shown (tests). */
    public String shownText() {
        return popup != null && popup.isShowing() ? text.getText() : null;
    }

    void show(String why) {
        if (scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return;
        }
        if (popup == null) {
            build();
        }
        text.setText(why);
        Point2D at = anchor();
        text.getStylesheets().setAll(scene.getStylesheets());
        popup.show(scene.getWindow(), at.getX(), at.getY());
        hide.playFromStart();
    }

    /** Under the field being typed in, else just below the pointer, else the window's centre. */
    private Point2D anchor() {
        Node focus = scene.getFocusOwner();
        if (focus instanceof TextInputControl && focus.getScene() == scene) {
            Bounds b = focus.localToScreen(focus.getLayoutBounds());
            if (b != null) {
                return new Point2D(b.getMinX() + 12, b.getMaxY());
            }
        }
        if (pointer != null) {
            // Below and right of the pointer: not over what the user is about to click.
            return new Point2D(pointer.getX() + 12, pointer.getY() + 18);
        }
        Bounds r = scene.getRoot().localToScreen(scene.getRoot().getLayoutBounds());
        return new Point2D(r.getCenterX(), r.getCenterY());
    }
}
