package com.mailflow.designer.ui.dialog;

import com.mailflow.designer.ui.service.FindingCodes;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help: getting started, the keyboard shortcuts (F1), and what each finding code means. One
 * window with three tabs; it stays open beside the designer while the user works.
 */
public final class HelpWindow {
    /** The tabs, for the menu items that open the window on one of them. */
    public enum Page { GETTING_STARTED, SHORTCUTS, FINDINGS }

    static final String GETTING_STARTED = String.join("\n\n",
            "Mailflow Designer draws how a customer's mail flows and says what to configure for Exchange Online.",
            "1. Start: File > New from template gives a worked example to adapt; or drag boxes from the palette"
                    + " onto the empty canvas: the Internet, the cloud service (Exchange Online) and the customer's"
                    + " gateways, mail servers, applications and devices.",
            "2. Connect: drag from the right edge of one box onto another to draw the way mail goes."
                    + " A link from the cloud service can carry only some domains: select it and list them.",
            "3. Describe: select a box and fill in its public addresses, host name and certificate in"
                    + " Properties; add the customer's domains in the Domains tab and pick where their mailboxes are.",
            "4. Read the results below the canvas as you draw: mail flows, the IP safelist, connectors, DNS records,"
                    + " findings (select one to select its boxes) and, with stages, the migration plan.",
            "5. Hand it over: File > Export writes the handout (PDF, HTML, Markdown), the DNS zone, the CSV tables"
                    + " and the PowerShell script.",
            "Ctrl+F finds a box by name, address or host name. F1 lists every shortcut.");

    private final Stage stage = new Stage();
    private final TabPane tabs = new TabPane();

    /** {@code shortcuts}: what each key does, in menu order ("Save" to "Ctrl+S"). */
    public HelpWindow(Window owner, List<Map.Entry<String, String>> shortcuts) {
        stage.initOwner(owner);
        stage.setTitle("Mailflow Designer Help");
        Label start = new Label(GETTING_STARTED);
        start.setId("help-getting-started");
        start.setWrapText(true);
        start.setMaxWidth(640);
        start.getStyleClass().add("help-text");
        ScrollPane startPane = new ScrollPane(start);
        startPane.setFitToWidth(true);
        tabs.getTabs().setAll(
                tab("help-start-tab", "Getting started", startPane),
                tab("help-shortcuts-tab", "Keyboard shortcuts", table("help-shortcuts", List.of("Command", "Keys"),
                        shortcuts.stream().map(e -> List.of(e.getKey(), e.getValue())).toList(), 260, 200)),
                tab("help-findings-tab", "Finding codes", table("help-findings", List.of("Code", "Severity", "Meaning"),
                        FindingCodes.all().stream().map(f -> List.of(f.code(), f.severity(), f.when())).toList(),
                        280, 80)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Scene scene = new Scene(tabs, 760, 520);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    public void show(Page page) {
        tabs.getSelectionModel().select(page.ordinal());
        stage.show();
        stage.toFront();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public Scene scene() {
        return stage.getScene();
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    private static TableView<List<String>> table(String id, List<String> headers, List<List<String>> rows,
                                                 double... widths) {
        TableView<List<String>> t = new TableView<>();
        t.setId(id);
        for (int i = 0; i < headers.size(); i++) {
            int col = i;
            TableColumn<List<String>, String> c = new TableColumn<>(headers.get(i));
            c.setCellValueFactory(cd -> new SimpleStringProperty(cd.getValue().get(col)));
            if (i < widths.length) {
                c.setPrefWidth(widths[i]);
            }
            t.getColumns().add(c);
        }
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getItems().setAll(rows);
        return t;
    }
}
