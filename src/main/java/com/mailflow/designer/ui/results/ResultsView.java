package com.mailflow.designer.ui.results;

import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.DnsRecord;
import com.mailflow.designer.analysis.Finding;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.SafelistEntry;
import com.mailflow.designer.edit.Selection;
import com.mailflow.designer.export.Exports;
import com.mailflow.designer.export.NodeNames;
import com.mailflow.designer.export.ResultColumns;
import com.mailflow.designer.export.PlanWording;
import com.mailflow.designer.plan.Step;
import com.mailflow.designer.plan.Transition;
import com.mailflow.designer.routing.Flow;
import com.mailflow.designer.ui.viewmodel.AnalysisViewModel;
import com.mailflow.designer.ui.viewmodel.DocumentViewModel;
import java.util.LinkedHashSet;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * The live results: flows (selecting one highlights its path), the safelist in the seed's
 * layout, connectors, DNS records (copyable) and findings (selecting one selects its nodes).
 */
public final class ResultsView extends TabPane {
    private final TableView<Flow> flows = Tables.table("flows-table", "No mail paths yet: connect the Internet to a mailbox");
    private final TableView<SafelistEntry> safelist = Tables.table("safelist-table", "No addresses to list");
    private final TableView<Connector> connectors = Tables.table("connectors-table", "No connectors needed");
    private final TableView<DnsRecord> dns = Tables.table("dns-table", "No DNS records: add a domain");
    private final TableView<Finding> findings = FindingsTable.create(this::names);
    /** How the tables name nodes: the names of the scenario the shown report was made from. */
    private NodeNames names;
    private final ResultTab<Flow> flowsTab = new ResultTab<>("flows-tab", "Flows", flows, flows);
    private final ResultTab<SafelistEntry> safelistTab = new ResultTab<>("safelist-tab", "Safelist", safelist, safelist);
    private final ResultTab<Connector> connectorsTab = new ResultTab<>("connectors-tab", "Connectors", connectors, connectors);
    private final ResultTab<DnsRecord> dnsTab;
    private final ResultTab<Finding> findingsTab = new ResultTab<>("findings-tab", "Findings", findings, findings);
    private final TableView<Step> plan = Tables.table("plan-table", "Nothing changes: this stage is the same as the one"
            + " before");
    /** Which transition the Plan tab shows, in the CLI's and the handouts' words. */
    private final Label planHeading = new Label();
    private final ResultTab<Step> planTab;

    public ResultsView(DocumentViewModel document, AnalysisViewModel analysis) {
        setId("results");
        getStyleClass().add("results");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        flows.getColumns().setAll(Tables.columns(ResultColumns.flows(), this::names));
        safelist.getColumns().setAll(Tables.columns(ResultColumns.safelist(), this::names));
        connectors.getColumns().setAll(Tables.columns(ResultColumns.connectors(), this::names));
        dns.getColumns().setAll(Tables.columns(ResultColumns.dns(), this::names));
        dns.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        plan.getColumns().setAll(Tables.columns(ResultColumns.plan(), this::names));
        Button copy = new Button("Copy records");
        copy.setId("copy-dns");
        copy.setOnAction(e -> copyDns(document));
        BorderPane dnsPane = new BorderPane(dns);
        HBox bar = new HBox(copy);
        bar.getStyleClass().add("results-bar");
        dnsPane.setTop(bar);
        dnsTab = new ResultTab<>("dns-tab", "DNS", dns, dnsPane);
        planHeading.setId("plan-heading");
        BorderPane planPane = new BorderPane(plan);
        HBox planBar = new HBox(planHeading);
        planBar.getStyleClass().add("results-bar");
        planPane.setTop(planBar);
        planTab = new ResultTab<>("plan-tab", "Plan", plan, planPane);
        getTabs().setAll(List.of(flowsTab.tab(), safelistTab.tab(), connectorsTab.tab(), dnsTab.tab(), findingsTab.tab(),
                planTab.tab()));
        flows.getSelectionModel().selectedItemProperty()
                .addListener((o, a, f) -> analysis.highlightedFlowProperty().set(f));
        findings.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            if (f != null && !f.nodes().isEmpty()) {
                document.select(Selection.ofNodes(new LinkedHashSet<>(f.nodes())));
            }
        });
        names = new NodeNames(document.scenario());
        document.scenarioProperty().addListener((o, a, sc) -> renamed(new NodeNames(sc)));
        analysis.reportProperty().addListener((o, a, r) -> show(r));
        analysis.planProperty().addListener((o, a, t) -> showPlan(document, t));
        // A renamed stage may leave the steps as they were; the heading names it anyway.
        document.scenarioProperty().addListener((o, a, s) -> showPlanHeading(document, analysis.planProperty().get()));
        show(analysis.reportProperty().get());
        showPlan(document, analysis.planProperty().get());
    }

    private void showPlan(DocumentViewModel document, Transition t) {
        planTab.offer(t == null ? List.of() : t.steps());
        showPlanHeading(document, t);
    }

    private NodeNames names() {
        return names;
    }

    /** A renamed node: the rows stay equal, so the cells are redrawn to show the new name. */
    private void renamed(NodeNames next) {
        if (!next.equals(names)) {
            names = next;
            List.of(flows, safelist, connectors, dns, findings).forEach(TableView::refresh);
        }
    }

    private void showPlanHeading(DocumentViewModel document, Transition t) {
        planHeading.setText(t == null ? "" : PlanWording.heading(document.scenario(), t)
                + (t.changesNothing() ? ": " + PlanWording.nothing(document.scenario(), t) : ""));
    }

    private void show(Report r) {
        flowsTab.offer(r == null ? List.of() : r.flows());
        safelistTab.offer(r == null ? List.of() : r.safelist());
        connectorsTab.offer(r == null ? List.of() : r.connectors());
        dnsTab.offer(r == null ? List.of() : r.dns());
        findingsTab.offer(r == null ? List.of() : r.findings());
        boolean errors = findingsTab.rows().stream().anyMatch(x -> x.severity() == com.mailflow.designer.analysis.Severity.ERROR);
        // Only when it changes: a new graphic re-lays the tab headers out and repaints the whole window.
        if (errors != (findingsTab.tab().getGraphic() != null)) {
            findingsTab.tab().setGraphic(errors ? FindingsTable.icon(com.mailflow.designer.analysis.Severity.ERROR) : null);
        }
    }

    /** Copies the selected records (all when none is selected), one per line, zone-file style. */
    private void copyDns(DocumentViewModel document) {
        List<DnsRecord> records = dns.getSelectionModel().getSelectedItems().isEmpty() ? dns.getItems()
                : dns.getSelectionModel().getSelectedItems();
        ClipboardContent content = new ClipboardContent();
        // The zone export's own lines: long SPF split, quotes escaped, names absolute.
        content.putString(Exports.zoneLines(records));
        Clipboard.getSystemClipboard().setContent(content);
        document.setStatus("Copied " + records.size() + " DNS record(s) to the clipboard");
    }
}
