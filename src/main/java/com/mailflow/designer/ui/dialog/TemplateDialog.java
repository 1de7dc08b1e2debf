package com.mailflow.designer.ui.dialog;

import com.mailflow.designer.ui.service.DialogService;
import com.mailflow.designer.ui.service.TemplateChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** File > New: an empty scenario or a template, each shown by its title and a one-line purpose. */
final class TemplateDialog {
    private static final TemplateChoice EMPTY = new TemplateChoice(DialogService.EMPTY, "Empty scenario",
            "Start from a blank canvas: drag the Internet, the cloud service and your servers from the palette.", "");

    private TemplateDialog() {
    }

    static Optional<String> choose(Window owner, List<TemplateChoice> templates) {
        List<TemplateChoice> choices = new ArrayList<>();
        choices.add(EMPTY);
        choices.addAll(templates);
        ListView<TemplateChoice> list = new ListView<>();
        list.setId("template-list");
        list.getItems().setAll(choices);
        list.setPrefSize(640, 420);
        list.setCellFactory(v -> new ListCell<>() {
            {
                // No wider than the list less its border and scroll bar: a long title or purpose ends in
                // an ellipsis (the tooltip has the whole description) instead of scrolling sideways.
                prefWidthProperty().bind(list.widthProperty().subtract(40));
                setMaxWidth(USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(TemplateChoice t, boolean empty) {
                super.updateItem(t, empty);
                if (empty || t == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                Label title = new Label(t.title());
                title.getStyleClass().add("template-title");
                Label summary = new Label(t.summary());
                summary.getStyleClass().add("template-summary");
                setGraphic(new VBox(2, title, summary));
                setText(null);
                if (!t.description().isEmpty()) {
                    Tooltip tip = new Tooltip(t.description());
                    tip.setWrapText(true);
                    tip.setMaxWidth(520);
                    setTooltip(tip);
                }
            }
        });
        list.getSelectionModel().selectFirst();
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("New scenario");
        d.setHeaderText("Start from an empty scenario or a template");
        d.getDialogPane().setContent(list);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                d.setResult(list.getSelectionModel().getSelectedItem().id());
                d.close();
            }
        });
        d.setResultConverter(b -> b == ButtonType.OK && list.getSelectionModel().getSelectedItem() != null
                ? list.getSelectionModel().getSelectedItem().id() : null);
        return d.showAndWait();
    }
}
