package com.mailflow.designer.ui.properties;

import com.mailflow.designer.edit.DomainEdits;
import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.DomainPurpose;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.ui.control.Parsed;
import com.mailflow.designer.ui.control.ValidatedField;
import com.mailflow.designer.ui.viewmodel.DocumentViewModel;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.layout.VBox;

/** The accepted domains: a table, an editor for the selected one, add and remove. */
public final class DomainsView extends VBox {
    private static final String AUTOMATIC = "(automatic)";
    private final DocumentViewModel document;
    private final TableView<Domain> table = new TableView<>();
    private final ValidatedField name;
    private final ComboBox<DomainPurpose> purpose = new ComboBox<>();
    private final ValidatedField mailboxes;
    private final ComboBox<String> mx = new ComboBox<>();
    private final ValidatedField newDomain;
    private boolean updating;
    private List<Domain> shownDomains;
    private List<Node> shownNodes;
    private final ObservableBooleanValue showing;

    /**
     * {@code showing}: whether the panel is on screen. Hidden, it does not follow edits (a hidden
     * table and form changed on every edit cost a whole-window repaint each); it catches up when shown.
     */
    public DomainsView(DocumentViewModel document, ObservableBooleanValue showing) {
        super(8);
        this.document = document;
        this.showing = showing;
        setId("domains");
        getStyleClass().add("domains");
        table.setId("domains-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("Domain", 120, d -> d.name()),
                column("Purpose", 64, d -> d.effectivePurpose().id()),
                column("Mailboxes", 84, d -> String.join(", ", d.mailboxes())),
                column("MX", 50, d -> d.mx() == null ? "auto" : d.mx())));
        table.setPrefHeight(160);
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> showSelected());
        newDomain = new ValidatedField("new-domain", AttributeText::parseDomainName, v -> { });
        newDomain.setPrompt("new domain, e.g. fabrikam.com");
        Button add = new Button("Add");
        add.setId("add-domain");
        add.setOnAction(e -> addDomain());
        Button remove = new Button("Remove");
        remove.setId("remove-domain");
        remove.setOnAction(e -> document.execute(DomainEdits.remove(document.stage(),
                table.getSelectionModel().getSelectedIndex())));
        HBox.setHgrow(newDomain, Priority.ALWAYS);
        Form editor = new Form("Selected domain");
        name = new ValidatedField("domain-name", AttributeText::parseDomainName,
                v -> edit(d -> d.withName((String) v)));
        editor.row("Name", name);
        purpose.setId("domain-purpose");
        purpose.getItems().setAll(DomainPurpose.values());
        purpose.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(DomainPurpose p) {
                return p == null ? "" : p == DomainPurpose.USERS ? "People's mail (users)" : "Applications and devices (apps)";
            }

            @Override
            public DomainPurpose fromString(String text) {
                return null;
            }
        });
        purpose.setMaxWidth(Double.MAX_VALUE);
        purpose.valueProperty().addListener((o, a, v) -> {
            if (!updating && v != null) {
                edit(d -> d.withPurpose(v));
            }
        });
        editor.row("Purpose", purpose);
        mailboxes = new ValidatedField("domain-mailboxes", this::parseMailboxes,
                v -> edit(d -> d.withMailboxes(castList(v))));
        mailboxes.setPrompt("node ids of the cloud service / mail servers");
        editor.row("Mailboxes on", mailboxes);
        mx.setId("domain-mx");
        mx.setMaxWidth(Double.MAX_VALUE);
        mx.valueProperty().addListener((o, a, v) -> {
            if (!updating && v != null) {
                edit(d -> d.withMx(v.equals(AUTOMATIC) ? null : v));
            }
        });
        editor.row("Forced MX", mx);
        getChildren().addAll(table, new HBox(6, newDomain, add, remove), editor);
        // The selected stage's domains; edits act from that stage on (DomainEdits).
        document.shownProperty().addListener((o, a, s) -> refresh(s));
        showing.addListener((o, was, now) -> refresh(document.shown()));
        refresh(document.shown());
    }

    private static TableColumn<Domain, String> column(String title, double width,
                                                      java.util.function.Function<Domain, String> f) {
        TableColumn<Domain, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new SimpleStringProperty(f.apply(cd.getValue())));
        return c;
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object v) {
        return v == null ? List.of() : (List<String>) v;
    }

    private Parsed parseMailboxes(String text) {
        List<String> ids = Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
        for (String id : ids) {
            var node = document.shown().node(id);
            if (node.isEmpty()) {
                return Parsed.invalid("there is no node '" + id + "'");
            }
            if (!node.get().kind().canHostMailboxes()) {
                return Parsed.invalid("'" + id + "' is a " + node.get().kind().displayName()
                        + ": only the cloud service and mail servers hold mailboxes");
            }
        }
        return Parsed.ok(ids);
    }

    private void addDomain() {
        String text = newDomain.field().getText();
        Parsed p = AttributeText.parseDomainName(text);
        if (!p.isValid()) {
            document.setStatus("Can't add the domain: " + p.error());
            return;
        }
        List<String> hosts = document.shown().nodes().stream().filter(n -> n.kind().canHostMailboxes())
                .limit(1).map(Node::id).toList();
        if (document.execute(DomainEdits.add(Domain.of((String) p.value(), hosts), document.stage()))) {
            newDomain.show("");
            table.getSelectionModel().selectLast();
        } else {
            document.setStatus("The scenario already has " + text);
        }
    }

    private void edit(java.util.function.UnaryOperator<Domain> change) {
        int i = table.getSelectionModel().getSelectedIndex();
        if (i >= 0 && i < document.shown().domains().size()) {
            document.execute(DomainEdits.replace(document.stage(), i, change.apply(document.shown().domains().get(i))));
        }
    }

    private void refresh(Scenario s) {
        if (!showing.get() || s.domains() == shownDomains && s.nodes() == shownNodes) {
            return;
        }
        shownDomains = s.domains();
        shownNodes = s.nodes();
        updating = true;
        int selected = table.getSelectionModel().getSelectedIndex();
        if (!table.getItems().equals(s.domains())) {
            table.getItems().setAll(s.domains());
        }
        if (selected >= 0 && selected < s.domains().size()) {
            table.getSelectionModel().select(selected);
        } else if (!s.domains().isEmpty()) {
            table.getSelectionModel().select(0);
        }
        List<String> mxChoices = new java.util.ArrayList<>(List.of(AUTOMATIC));
        s.nodes().stream().filter(n -> n.kind() != com.mailflow.designer.model.NodeKind.INTERNET)
                .forEach(n -> mxChoices.add(n.id()));
        // Replaced only when they differ: replacing a combo box's items under its value can leave it blank.
        if (!mx.getItems().equals(mxChoices)) {
            mx.getSelectionModel().clearSelection();
            mx.getItems().setAll(mxChoices);
        }
        updating = false;
        showSelected();
    }

    private void showSelected() {
        Domain d = table.getSelectionModel().getSelectedItem();
        boolean was = updating;
        updating = true;
        boolean none = d == null;
        name.setDisable(none);
        purpose.setDisable(none);
        mailboxes.setDisable(none);
        mx.setDisable(none);
        if (d != null) {
            name.show(d.name());
            purpose.setValue(d.effectivePurpose());
            mailboxes.show(String.join(", ", d.mailboxes()));
            mx.getSelectionModel().select(d.mx() == null ? AUTOMATIC : d.mx());
        }
        updating = was;
    }
}
