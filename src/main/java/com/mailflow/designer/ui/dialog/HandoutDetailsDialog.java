package com.mailflow.designer.ui.dialog;

import com.mailflow.designer.model.HandoutDetails;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File > Handout details: customer, author, date and logo for the handouts' cover. */
public final class HandoutDetailsDialog {
    /** A PNG larger than this is refused: it would bloat every saved file. */
    static final long MAX_LOGO_BYTES = 512 * 1024;

    private HandoutDetailsDialog() {
    }

    public static Optional<HandoutDetails> ask(Window owner, HandoutDetails current) {
        Dialog<HandoutDetails> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Handout details");
        dialog.setHeaderText("Shown on the cover of the PDF, HTML and Markdown handouts");
        TextField customer = field("handout-customer", current.customer());
        TextField author = field("handout-author", current.author());
        TextField date = field("handout-date", current.date());
        date.setPromptText("the export date");
        String[] logo = {current.logoPng()};
        Label logoState = new Label(logo[0] == null ? "No logo" : "Logo set");
        logoState.setId("handout-logo-state");
        Button choose = new Button("Choose PNG\u2026");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
            java.io.File file = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (file != null) {
                logoState.setText(readLogo(file.toPath(), logo));
            }
        });
        Button remove = new Button("Remove");
        remove.setOnAction(e -> {
            logo[0] = null;
            logoState.setText("No logo");
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Customer"), customer);
        grid.addRow(1, new Label("Prepared by"), author);
        grid.addRow(2, new Label("Date"), date);
        grid.addRow(3, new Label("Logo"), new HBox(8, logoState, choose, remove));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new HandoutDetails(customer.getText(), author.getText(), date.getText(), logo[0]) : null);
        return dialog.showAndWait();
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        f.setPrefColumnCount(28);
        return f;
    }

    /** Reads a PNG into {@code logo[0]}; says what happened, so a refused file is never silent. */
    static String readLogo(Path file, String[] logo) {
        try {
            if (Files.size(file) > MAX_LOGO_BYTES) {
                return "Not used: " + file.getFileName() + " is larger than 512 KB";
            }
            byte[] bytes = Files.readAllBytes(file);
            if (!HandoutDetails.isPng(bytes)) {
                return "Not used: " + file.getFileName() + " is not a PNG image";
            }
            logo[0] = Base64.getEncoder().encodeToString(bytes);
            return "Logo: " + file.getFileName();
        } catch (IOException e) {
            return "Not used: " + file.getFileName() + " can't be read (" + e.getMessage() + ")";
        }
    }
}
