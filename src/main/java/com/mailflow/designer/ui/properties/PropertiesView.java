package com.mailflow.designer.ui.properties;

import com.mailflow.designer.edit.LinkKey;
import com.mailflow.designer.edit.Selection;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.ui.viewmodel.AnalysisViewModel;
import com.mailflow.designer.ui.viewmodel.DocumentViewModel;
import com.mailflow.designer.ui.viewmodel.PropertiesViewModel;
import com.mailflow.designer.ui.viewmodel.EditViewModel;
import javafx.scene.control.ScrollPane;

/** Shows the pane for what is selected: one node, one link, or else the scenario itself. */
public final class PropertiesView extends ScrollPane {
    private final DocumentViewModel document;
    private final EditViewModel edits;
    private final AnalysisViewModel analysis;
    private final PropertiesViewModel model;

    public PropertiesView(DocumentViewModel document, EditViewModel edits, AnalysisViewModel analysis) {
        this.document = document;
        this.edits = edits;
        this.analysis = analysis;
        this.model = new PropertiesViewModel(document);
        setId("properties");
        getStyleClass().add("properties");
        setFitToWidth(true);
        document.selectionProperty().addListener((o, a, s) -> rebuild());
        document.shownProperty().addListener((o, a, s) -> refresh());
        analysis.reportProperty().addListener((o, a, r) -> refresh());
        rebuild();
    }

    private void rebuild() {
        setContent(paneFor(document.selection(), document.shown()));
        refresh();
    }

    private javafx.scene.Node paneFor(Selection sel, Scenario s) {
        if (sel.nodes().size() == 1 && sel.links().isEmpty()) {
            String id = sel.nodes().iterator().next();
            var node = s.node(id);
            if (node.isPresent()) {
                return new NodePropertiesPane(node.get(), model, edits);
            }
        } else if (sel.links().size() == 1 && sel.nodes().isEmpty()) {
            LinkKey key = sel.links().iterator().next();
            var link = s.links().stream().filter(key::matches).findFirst();
            if (link.isPresent()) {
                return new LinkPropertiesPane(link.get(), model);
            }
        }
        return new ScenarioPropertiesPane(model);
    }

    /** Nodes and links as in the selected stage; the scenario pane edits the scenario as a whole. */
    private void refresh() {
        Scenario s = document.shown();
        if (getContent() instanceof NodePropertiesPane p) {
            s.node(p.nodeId()).ifPresentOrElse(n -> p.refresh(n, analysis.findingsFor(n.id())), this::rebuild);
        } else if (getContent() instanceof LinkPropertiesPane p) {
            s.links().stream().filter(p.key()::matches).findFirst().ifPresentOrElse(p::refresh, this::rebuild);
        } else if (getContent() instanceof ScenarioPropertiesPane p) {
            p.refresh(document.scenario());
        }
    }
}
