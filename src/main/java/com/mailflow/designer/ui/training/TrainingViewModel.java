package com.mailflow.designer.ui.training;

import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.routing.Flow;
import com.mailflow.designer.routing.FlowKind;
import com.mailflow.designer.routing.LinkEnds;
import com.mailflow.designer.routing.SinglePoints;
import com.mailflow.designer.simulation.Exercise;
import com.mailflow.designer.simulation.ExerciseCheck;
import com.mailflow.designer.simulation.Hop;
import com.mailflow.designer.simulation.Simulation;
import com.mailflow.designer.simulation.Simulator;
import com.mailflow.designer.simulation.WhatIf;
import com.mailflow.designer.ui.viewmodel.AnalysisViewModel;
import com.mailflow.designer.ui.viewmodel.DocumentViewModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Training mode's state: the simulated message and the hop shown, the nodes failed on purpose and
 * what that breaks, the single points of failure, and the open file's exercise. It reads the
 * analysis the designer already keeps current and asks the simulation package for the rest.
 */
public final class TrainingViewModel {
    private final DocumentViewModel document;
    private final AnalysisViewModel analysis;
    private final StringProperty from = new SimpleStringProperty();
    private final StringProperty to = new SimpleStringProperty();
    private final ObservableList<String> senders = FXCollections.observableArrayList();
    private final ObservableList<String> recipients = FXCollections.observableArrayList();
    private final ObjectProperty<Simulation> simulation = new SimpleObjectProperty<>();
    private final IntegerProperty hop = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Set<String>> failedNodes = new SimpleObjectProperty<>(Set.of());
    private final ObjectProperty<Set<LinkEnds>> failedLinks = new SimpleObjectProperty<>(Set.of());
    private final ObjectProperty<WhatIf> whatIf = new SimpleObjectProperty<>();
    private final BooleanProperty showSinglePoints = new SimpleBooleanProperty();
    private final ObjectProperty<Set<String>> singlePoints = new SimpleObjectProperty<>(Set.of());
    private final ObjectProperty<Exercise> exercise = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<List<ExerciseCheck.Result>> checked = new SimpleObjectProperty<>(List.of());
    private final IntegerProperty hintsShown = new SimpleIntegerProperty();

    public TrainingViewModel(DocumentViewModel document, AnalysisViewModel analysis) {
        this.document = document;
        this.analysis = analysis;
        document.scenarioProperty().addListener((o, a, s) -> choices(s));
        document.documentsOpenedProperty().addListener((o, a, n) -> opened());
        analysis.reportProperty().addListener((o, a, r) -> refresh());
        showSinglePoints.addListener((o, a, on) -> refresh());
        choices(document.scenario());
        opened();
    }

    private Scenario scenario() {
        Scenario s = document.scenario();
        return s.inStage(s.lastStageId());
    }

    private void choices(Scenario s) {
        List<String> nodes = s.nodes().stream().map(Node::id).toList();
        List<String> domains = new ArrayList<>(s.domains().stream().map(Domain::name).toList());
        domains.add(Simulator.OUTSIDE);
        if (!senders.equals(nodes)) {
            senders.setAll(nodes);
        }
        if (!recipients.equals(domains)) {
            recipients.setAll(domains);
        }
    }

    /** A new document: its exercise (if any), and nothing failed or simulated yet. */
    private void opened() {
        failedNodes.set(Set.of());
        failedLinks.set(Set.of());
        simulation.set(null);
        hop.set(-1);
        checked.set(List.of());
        hintsShown.set(0);
        try {
            exercise.set(Exercise.of(scenario()).orElse(null));
            message.set("");
        } catch (IllegalArgumentException e) {
            exercise.set(null);
            message.set("The file's exercise can't be read: " + e.getMessage());
        }
        refresh();
    }

    /** Re-reads everything that depends on the analysis: it changes after every edit. */
    private void refresh() {
        Report report = analysis.reportProperty().get();
        if (report == null) {
            return;
        }
        Set<String> points = new LinkedHashSet<>();
        if (showSinglePoints.get()) {
            report.resilience().stream().map(SinglePoints::nodes).forEach(points::addAll);
        }
        singlePoints.set(Set.copyOf(points));
        whatIf.set(failedNodes.get().isEmpty() && failedLinks.get().isEmpty() ? null
                : WhatIf.of(scenario(), report, failedNodes.get(), failedLinks.get()));
        if (simulation.get() != null) {
            int at = hop.get();
            run(simulation.get().from(), simulation.get().to());
            hop.set(simulation.get() == null ? -1 : Math.min(at, simulation.get().hops().size() - 1));
        }
    }

    /** Simulates the message chosen in {@code from} and {@code to}, showing its first hop. */
    public void simulate() {
        if (from.get() == null || to.get() == null) {
            message.set("Choose a sender and a recipient first.");
            return;
        }
        run(from.get(), to.get());
        hop.set(simulation.get() == null ? -1 : 0);
    }

    /** Simulates a flow of the results (outbound flows go to an outside recipient). */
    public void simulate(Flow flow) {
        from.set(flow.from());
        to.set(flow.kind() == FlowKind.OUTBOUND ? Simulator.OUTSIDE : flow.domain());
        simulate();
    }

    private void run(String sender, String recipient) {
        Report report = analysis.reportProperty().get();
        if (report == null) {
            return;
        }
        try {
            simulation.set(Simulator.simulate(scenario(), report, sender, recipient, failedNodes.get(), failedLinks.get()));
            message.set("");
        } catch (IllegalArgumentException e) {
            simulation.set(null);
            message.set(e.getMessage());
        }
    }

    public void next() {
        if (simulation.get() != null && hop.get() + 1 < simulation.get().hops().size()) {
            hop.set(hop.get() + 1);
        }
    }

    public void back() {
        if (hop.get() > 0) {
            hop.set(hop.get() - 1);
        }
    }

    public boolean atLastHop() {
        return simulation.get() == null || hop.get() + 1 >= simulation.get().hops().size();
    }

    /** The hop shown, or null. */
    public Hop currentHop() {
        Simulation s = simulation.get();
        return s == null || hop.get() < 0 ? null : s.hops().get(hop.get());
    }

    /** Marks a node failed (or working again) for the what-if. */
    public void toggleFailed(String nodeId) {
        Set<String> next = new LinkedHashSet<>(failedNodes.get());
        if (!next.remove(nodeId)) {
            next.add(nodeId);
        }
        failedNodes.set(Set.copyOf(next));
        refresh();
    }

    /** Marks a link failed (or working again) for the what-if. */
    public void toggleFailed(LinkEnds link) {
        Set<LinkEnds> next = new LinkedHashSet<>(failedLinks.get());
        if (!next.remove(link)) {
            next.add(link);
        }
        failedLinks.set(Set.copyOf(next));
        refresh();
    }

    public void clearFailures() {
        failedNodes.set(Set.of());
        failedLinks.set(Set.of());
        refresh();
    }

    /** "Check my design": each condition of the exercise, said without the answer. */
    public void check() {
        Report report = analysis.reportProperty().get();
        if (exercise.get() != null && report != null) {
            checked.set(ExerciseCheck.check(exercise.get(), scenario(), report));
        }
    }

    /** The next hint, if the exercise has one more. */
    public void hint() {
        if (exercise.get() != null && hintsShown.get() < exercise.get().hints().size()) {
            hintsShown.set(hintsShown.get() + 1);
        }
    }

    public StringProperty fromProperty() { return from; }
    public StringProperty toProperty() { return to; }
    public ObservableList<String> senders() { return senders; }
    public ObservableList<String> recipients() { return recipients; }
    public ObjectProperty<Simulation> simulationProperty() { return simulation; }
    public IntegerProperty hopProperty() { return hop; }
    public ObjectProperty<Set<String>> failedNodesProperty() { return failedNodes; }
    public ObjectProperty<Set<LinkEnds>> failedLinksProperty() { return failedLinks; }
    public ObjectProperty<WhatIf> whatIfProperty() { return whatIf; }
    public BooleanProperty showSinglePointsProperty() { return showSinglePoints; }
    public ObjectProperty<Set<String>> singlePointsProperty() { return singlePoints; }
    public ObjectProperty<Exercise> exerciseProperty() { return exercise; }
    public StringProperty messageProperty() { return message; }
    public ObjectProperty<List<ExerciseCheck.Result>> checkedProperty() { return checked; }
    public IntegerProperty hintsShownProperty() { return hintsShown; }
    public AnalysisViewModel analysis() { return analysis; }
}
