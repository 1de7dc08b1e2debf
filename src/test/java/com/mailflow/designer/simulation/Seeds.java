package com.mailflow.designer.simulation;

import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.TemplateCatalog;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Templates (the seeds' scenarios) and broken variants of them, simulated as the command line does. */
final class Seeds {
    private Seeds() {
    }

    static Scenario template(String id) {
        try {
            Scenario s = TemplateCatalog.load(id).orElseThrow();
            return s.inStage(s.lastStageId());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Scenario withNode(Scenario s, String id, UnaryOperator<Node> change) {
        List<Node> nodes = s.nodes().stream().map(n -> n.id().equals(id) ? change.apply(n) : n).toList();
        return new Scenario(s.name(), s.description(), s.profile(), s.tenant(), s.spfAll(), s.domains(), nodes, s.links(),
                s.layout(), s.extras(), s.stages());
    }

    static Scenario withoutLinks(Scenario s, Predicate<Link> drop) {
        return new Scenario(s.name(), s.description(), s.profile(), s.tenant(), s.spfAll(), s.domains(), s.nodes(),
                s.links().stream().filter(drop.negate()).toList(), s.layout(), s.extras(), s.stages());
    }

    static Simulation simulate(Scenario s, String from, String to) {
        return Simulator.simulate(s, new Analyzer().analyze(s), from, to);
    }
}
