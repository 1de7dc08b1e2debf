package com.mailflow.designer.ui.training;

import com.mailflow.designer.simulation.ExerciseCheck;
import com.mailflow.designer.simulation.Hop;
import com.mailflow.designer.simulation.Simulation;
import com.mailflow.designer.simulation.Step;
import com.mailflow.designer.simulation.Verdict;
import com.mailflow.designer.simulation.WhatIf;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Simulation panel: choose a sender and a recipient (or a flow in the results), step through
 * the hops (Back, Next, Play; the arrow keys too), read each hop's narrative; the what-if summary;
 * the single points of failure; the open exercise with "Check my design".
 */
public final class TrainingView extends VBox {
    private final TrainingViewModel vm;
    private final VBox narrative = new VBox(6);
    private final Label position = new Label();
    private final Label result = new Label();
    private final Timeline player;

    public TrainingView(TrainingViewModel vm) {
        super(10);
        this.vm = vm;
        setId("training-view");
        getStyleClass().add("training-view");
        ComboBox<String> from = new ComboBox<>(vm.senders());
        from.setId("training-from");
        from.setPromptText("sender");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        ComboBox<String> to = new ComboBox<>(vm.recipients());
        to.setId("training-to");
        to.setPromptText("recipient");
        to.valueProperty().bindBidirectional(vm.toProperty());
        Button send = button("Send", "training-send", vm::simulate);
        Button flow = button("Selected flow", "training-flow", () -> {
            if (vm.analysis().highlightedFlowProperty().get() != null) {
                vm.simulate(vm.analysis().highlightedFlowProperty().get());
            }
        });
        player = new Timeline(new KeyFrame(Duration.seconds(1.6), e -> step()));
        player.setCycleCount(Timeline.INDEFINITE);
        Button back = button("\u25c0 Back", "training-back", vm::back);
        Button next = button("Next \u25b6", "training-next", vm::next);
        Button play = button("Play", "training-play", this::togglePlay);
        narrative.setId("training-narrative");
        narrative.getStyleClass().add("training-narrative");
        position.setId("training-position");
        result.setId("training-result");
        result.setWrapText(true);
        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add("training-message");
        message.textProperty().bind(vm.messageProperty());

        VBox simulate = new VBox(8, new HBox(6, from, to), new HBox(6, send, flow), new HBox(6, back, next, play, position),
                message, narrative, result);
        getChildren().addAll(simulate, whatIf(), exercise());
        vm.simulationProperty().addListener((o, a, s) -> render());
        vm.hopProperty().addListener((o, a, h) -> render());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.PAGE_DOWN) {
                vm.next();
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.PAGE_UP) {
                vm.back();
                e.consume();
            }
        });
        render();
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void togglePlay() {
        if (player.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            player.stop();
        } else {
            player.play();
        }
    }

    private void step() {
        if (vm.atLastHop()) {
            player.stop();
        } else {
            vm.next();
        }
    }

    private void render() {
        narrative.getChildren().clear();
        Simulation s = vm.simulationProperty().get();
        Hop hop = vm.currentHop();
        if (s == null || hop == null) {
            position.setText("");
            result.setText("");
            return;
        }
        position.setText("hop " + (vm.hopProperty().get() + 1) + " of " + s.hops().size());
        Label title = new Label(hop.from().equals(hop.to()) ? hop.from() : hop.from() + " \u2192 " + hop.to());
        title.getStyleClass().add("training-hop-title");
        narrative.getChildren().add(title);
        for (Step step : hop.steps()) {
            Label text = new Label(step.text() + (step.verdict() == Verdict.FAIL && step.ndr() != null
                    ? "\n" + step.ndr() : ""));
            text.setWrapText(true);
            text.getStyleClass().addAll("training-step", "verdict-" + step.verdict().id());
            Label source = new Label(step.source().title());
            source.getStyleClass().add("training-source");
            narrative.getChildren().addAll(text, source);
        }
        boolean last = vm.atLastHop();
        result.setText(!last ? "" : s.delivered() ? "Delivered."
                : "Not delivered: " + s.failure().map(f -> String.valueOf(f.ndr())).orElse(""));
    }

    private TitledPane whatIf() {
        Label summary = new Label("Right-click a node or an arrow on the canvas and choose \"Fail in training\".");
        summary.setId("training-whatif");
        summary.setWrapText(true);
        vm.whatIfProperty().addListener((o, a, w) -> summary.setText(describe(w)));
        Button clear = button("Repair all", "training-repair", vm::clearFailures);
        CheckBox spof = new CheckBox("Show single points of failure");
        spof.setId("training-spof");
        spof.selectedProperty().bindBidirectional(vm.showSinglePointsProperty());
        TitledPane pane = new TitledPane("What if", new VBox(8, summary, clear, spof));
        pane.setExpanded(true);
        return pane;
    }

    private static String describe(WhatIf w) {
        if (w == null) {
            return "Nothing failed.";
        }
        java.util.List<String> failed = new java.util.ArrayList<>(w.failedNodes());
        w.failedLinks().forEach(l -> failed.add(l.from() + " \u2192 " + l.to()));
        if (w.losses().isEmpty()) {
            return "Failed: " + String.join(", ", failed) + ". Every flow still gets through.";
        }
        StringBuilder b = new StringBuilder("Failed: " + String.join(", ", failed) + ".");
        w.losses().forEach(l -> b.append('\n').append(l.describe()).append('.'));
        return b.toString();
    }

    private TitledPane exercise() {
        Label goal = new Label();
        goal.setId("training-goal");
        goal.setWrapText(true);
        VBox results = new VBox(4);
        results.setId("training-check");
        Label hints = new Label();
        hints.setWrapText(true);
        Button check = button("Check my design", "training-check-button", vm::check);
        Button hint = button("Hint", "training-hint", vm::hint);
        TitledPane pane = new TitledPane("Exercise", new VBox(8, goal, new HBox(6, check, hint), results, hints));
        pane.setId("training-exercise");
        Runnable show = () -> {
            boolean has = vm.exerciseProperty().get() != null;
            pane.setVisible(has);
            pane.setManaged(has);
            goal.setText(has ? vm.exerciseProperty().get().goal() : "");
        };
        vm.exerciseProperty().addListener((o, a, e) -> show.run());
        vm.checkedProperty().addListener((o, a, list) -> {
            results.getChildren().clear();
            for (ExerciseCheck.Result r : list) {
                Label l = new Label((r.met() ? "\u2714 " : "\u2718 ") + r.text());
                l.setWrapText(true);
                l.getStyleClass().add(r.met() ? "verdict-pass" : "verdict-fail");
                results.getChildren().add(l);
            }
            if (!list.isEmpty() && ExerciseCheck.complete(list)) {
                results.getChildren().add(new Label("Exercise complete."));
            }
        });
        vm.hintsShownProperty().addListener((o, a, n) -> hints.setText(String.join("\n",
                vm.exerciseProperty().get().hints().subList(0, n.intValue()))));
        show.run();
        return pane;
    }

    /** For the presentation view: the narrative alone scrolls, larger. */
    public ScrollPane scrolling() {
        ScrollPane scroll = new ScrollPane(this);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
