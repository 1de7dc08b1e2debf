package com.mailflow.designer.ui.dialog;

import com.mailflow.designer.AppVersion;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Help > About: the product version (the same as --version and the handout) and the Java running it. */
public final class AboutBox {
    private AboutBox() {
    }

    public static String text() {
        return AppVersion.productAndVersion() + "\nJava " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + "), JavaFX " + System.getProperty("javafx.runtime.version", "?");
    }

    public static void show(Window owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text());
        a.initOwner(owner);
        a.setTitle("About Mailflow Designer");
        a.setHeaderText(AppVersion.productAndVersion());
        a.getDialogPane().setId("about");
        a.showAndWait();
    }
}
