package com.mailflow.designer.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.edit.DeleteSelection;
import com.mailflow.designer.edit.LinkKey;
import com.mailflow.designer.edit.Selection;
import com.mailflow.designer.export.ExportFormat;
import com.mailflow.designer.export.ExportOptions;
import com.mailflow.designer.export.Exports;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the designer saves, it opens again: every template taken apart the way a user can (the
 * Internet first, then box after box, then link after link down to the empty drawing), each state
 * saved, reopened, analysed and exported in every format.
 */
class ReachableStatesRoundTripTest {
    static Stream<String> templates() {
        return TemplateCatalog.ids().stream();
    }

    private static List<Scenario> statesOf(Scenario start) {
        List<Scenario> states = new ArrayList<>(List.of(start, Scenario.empty("Untitled scenario")));
        Scenario s = start;
        // Links one by one, from the first, while every box stays.
        Scenario l = s;
        while (!l.links().isEmpty()) {
            l = new DeleteSelection(Selection.ofLink(LinkKey.of(l.links().get(0)))).apply(l);
            states.add(l);
        }
        List<Node> order = new ArrayList<>(s.nodes());
        order.sort((a, b) -> a.kind() == NodeKind.INTERNET ? -1 : b.kind() == NodeKind.INTERNET ? 1 : 0);
        for (Node n : order) {
            s = new DeleteSelection(Selection.ofNode(n.id())).apply(s);
            states.add(s);
        }
        return states;
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyStateOnTheWayToAnEmptyDrawingSavesReopensAnalysesAndExports(String id) throws Exception {
        List<Scenario> states = statesOf(TemplateCatalog.load(id).orElseThrow());
        for (int i = 0; i < states.size(); i++) {
            Scenario reopened = ScenarioReader.read(ScenarioWriter.toJson(states.get(i)));
            assertEquals(states.get(i), reopened);
            // A staged file is analysed and exported as the command line does by default: its last stage.
            Scenario stage = reopened.inStage(reopened.lastStageId());
            var report = new Analyzer().analyze(stage);
            // Every format for every fourth state and the empty ends (the PDF costs ~50 ms); text formats for all.
            boolean all = i % 4 == 0 || reopened.nodes().isEmpty();
            for (ExportFormat format : ExportFormat.values()) {
                if (all || format != ExportFormat.PDF && format != ExportFormat.PNG) {
                    Exports.render(format, stage, report, ExportOptions.defaults());
                }
            }
        }
    }
}
