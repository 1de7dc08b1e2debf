package com.mailflow.designer.ui.properties;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.DomainPurpose;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.ui.control.Parsed;
import com.mailflow.designer.ui.control.ValidatedField;
import com.mailflow.designer.ui.viewmodel.DomainsViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * The accepted domains: a table, an editor for the selected one, add and remove. The logic is
 * {@link DomainsViewModel}'s; nodes are shown and picked by name.
 */
public final class DomainsView extends VBox {
    private static final String AUTOMATIC = "(automatic)";
    private final DomainsViewModel model;
    private final TableView<Domain> table = new TableView<>();
    private final ValidatedField<String> name;
    private final ComboBox<DomainPurpose> purpose = new ComboBox<>();
    private final CheckComboBox<Node> mailboxes = new CheckComboBox<>();
    private final ComboBox<String> mx = new ComboBox<>();
    private final TextField newDomain = new TextField();
    private boolean updating;
    private List<Domain> shownDomains;
    private List<Node> shownNodes;
    private final ObservableBooleanValue showing;

    /**
     * {@code showing}: whether the panel is on screen. Hidden, it does not follow edits (a hidden
     * table and form changed on every edit cost a whole-window repaint each); it catches up when shown.
     */
    public DomainsView(DomainsViewModel model, ObservableBooleanValue showing) {
        super(8);
        this.model = model;
        this.showing = showing;
        setId("domains");
        getStyleClass().add("domains");
        table.setId("domains-table");
        // Columns share the width, none below its header's: headers are never cut.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // The forced MX is in the editor below: four columns do not fit the side panel uncut.
        table.getColumns().setAll(List.of(
                column(0, d -> d.name()),
                column(1, d -> d.effectivePurpose().id()),
                column(2, d -> names(d.mailboxes()))));
        table.setMinWidth(DomainsColumns.tableWidth());
        table.setPrefHeight(160);
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> showSelected());
        newDomain.setId("new-domain");
        newDomain.setPromptText("new domain, e.g. fabrikam.com");
        // Enter adds, like the button.
        newDomain.setOnAction(e -> addDomain());
        Button add = new Button("Add");
        add.setId("add-domain");
        add.setOnAction(e -> addDomain());
        Button remove = new Button("Remove");
        remove.setId("remove-domain");
        remove.setOnAction(e -> model.remove(table.getSelectionModel().getSelectedIndex()));
        HBox.setHgrow(newDomain, Priority.ALWAYS);
        newDomain.setMinWidth(80);
        // The field gives way, the buttons keep their words.
        add.setMinWidth(Region.USE_PREF_SIZE);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        Form editor = new Form("Selected domain");
        editor.refusalsTo(model::refuse);
        name = new ValidatedField<>("domain-name", t -> DomainsViewModel.invalidName(t)
                .<Parsed<String>>map(Parsed::invalid).orElseGet(() -> Parsed.ok(t.strip())),
                v -> model.rename(selected(), v));
        editor.row("Name", name);
        purpose.setId("domain-purpose");
        purpose.getItems().setAll(DomainPurpose.values());
        purpose.setConverter(converter(p -> p == null ? "" : p == DomainPurpose.USERS ? "People's mail (users)"
                : "Applications and devices (apps)"));
        purpose.setMaxWidth(Double.MAX_VALUE);
        purpose.valueProperty().addListener((o, a, v) -> {
            if (!updating && v != null) {
                model.setPurpose(selected(), v);
            }
        });
        editor.row("Purpose", purpose);
        mailboxes.setId("domain-mailboxes");
        mailboxes.setMaxWidth(Double.MAX_VALUE);
        mailboxes.setConverter(converter(n -> n == null ? "" : n.name()));
        mailboxes.getCheckModel().getCheckedItems().addListener((ListChangeListener<Node>) c -> {
            if (!updating) {
                model.setMailboxes(selected(), mailboxes.getCheckModel().getCheckedItems().stream().map(Node::id).toList());
            }
        });
        editor.row("Mailboxes on", mailboxes);
        mx.setId("domain-mx");
        mx.setMaxWidth(Double.MAX_VALUE);
        mx.setConverter(converter(id -> id == null ? "" : id.equals(AUTOMATIC) ? AUTOMATIC : names(List.of(id))));
        mx.valueProperty().addListener((o, a, v) -> {
            if (!updating && v != null) {
                model.setMx(selected(), v.equals(AUTOMATIC) ? null : v);
            }
        });
        editor.row("Forced MX", mx);
        getChildren().addAll(table, new HBox(6, newDomain, add, remove), editor);
        model.scenarioProperty().addListener((o, a, s) -> refresh(s));
        showing.addListener((o, was, now) -> refresh(model.scenario()));
        refresh(model.scenario());
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static TableColumn<Domain, String> column(int i, java.util.function.Function<Domain, String> f) {
        TableColumn<Domain, String> c = new TableColumn<>(DomainsColumns.TITLES.get(i));
        double min = DomainsColumns.width(i);
        c.setPrefWidth(min);
        c.setMinWidth(min);
        c.setCellValueFactory(cd -> new SimpleStringProperty(f.apply(cd.getValue())));
        return c;
    }

    private String names(List<String> ids) {
        return ids.stream().map(id -> model.scenario().node(id).map(Node::name).orElse(id))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private int selected() {
        return table.getSelectionModel().getSelectedIndex();
    }

    /** The typed name, else the suggested one; on success the field offers the next suggestion. */
    private void addDomain() {
        String text = newDomain.getText().isBlank() ? model.suggestedName() : newDomain.getText();
        if (model.add(text)) {
            table.getSelectionModel().selectLast();
            newDomain.clear();
            newDomain.setPromptText(prompt());
        }
    }

    private String prompt() {
        String next = model.suggestedName();
        return next.isEmpty() ? "new domain, e.g. fabrikam.com" : "Enter adds " + next;
    }

    private void refresh(Scenario s) {
        if (!showing.get() || s.domains() == shownDomains && s.nodes() == shownNodes) {
            return;
        }
        shownDomains = s.domains();
        shownNodes = s.nodes();
        updating = true;
        int selected = selected();
        if (!table.getItems().equals(s.domains())) {
            table.getItems().setAll(s.domains());
        }
        table.refresh();
        if (selected >= 0 && selected < s.domains().size()) {
            table.getSelectionModel().select(selected);
        } else if (!s.domains().isEmpty()) {
            table.getSelectionModel().select(0);
        }
        List<String> mxChoices = new ArrayList<>(List.of(AUTOMATIC));
        model.mxTargets().forEach(n -> mxChoices.add(n.id()));
        // Replaced only when they differ: replacing a combo box's items under its value can leave it blank.
        if (!mx.getItems().equals(mxChoices)) {
            mx.getSelectionModel().clearSelection();
            mx.getItems().setAll(mxChoices);
        }
        List<Node> hosts = model.mailboxHosts();
        if (!mailboxes.getItems().equals(hosts)) {
            mailboxes.getCheckModel().clearChecks();
            mailboxes.getItems().setAll(hosts);
        }
        newDomain.setPromptText(prompt());
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
            mailboxes.getCheckModel().clearChecks();
            for (Node host : mailboxes.getItems()) {
                if (d.mailboxes().contains(host.id())) {
                    mailboxes.getCheckModel().check(host);
                }
            }
            mx.getSelectionModel().select(d.mx() == null ? AUTOMATIC : d.mx());
        }
        updating = was;
    }
}
