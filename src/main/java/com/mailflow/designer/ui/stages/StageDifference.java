package com.mailflow.designer.ui.stages;

import com.mailflow.designer.edit.LinkKey;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Scenario;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the canvas marks in a stage: nodes and links that are new in it (absent from the stage
 * before), those that leave after it (absent from the next), and the other stages' elements that
 * "show other stages" draws faint. By node id and link key: a node reconfigured between stages
 * is the same box, neither new nor leaving.
 */
record StageDifference(Set<String> newNodes, Set<LinkKey> newLinks, Set<String> leavingNodes,
                       Set<LinkKey> leavingLinks, List<Node> otherNodes, List<Link> otherLinks) {
    static final StageDifference NONE = new StageDifference(Set.of(), Set.of(), Set.of(), Set.of(), List.of(), List.of());

    static StageDifference of(Scenario scenario, String stage) {
        if (!scenario.isStaged()) {
            return NONE;
        }
        List<String> ids = scenario.stageIds();
        int k = ids.indexOf(stage);
        if (k < 0) {
            return NONE;
        }
        Set<String> nodes = nodeIds(scenario, stage);
        Set<LinkKey> links = linkKeys(scenario, stage);
        Set<String> newNodes = new HashSet<>();
        Set<LinkKey> newLinks = new HashSet<>();
        if (k > 0) {
            newNodes.addAll(nodes);
            newNodes.removeAll(nodeIds(scenario, ids.get(k - 1)));
            newLinks.addAll(links);
            newLinks.removeAll(linkKeys(scenario, ids.get(k - 1)));
        }
        Set<String> leavingNodes = new HashSet<>();
        Set<LinkKey> leavingLinks = new HashSet<>();
        if (k + 1 < ids.size()) {
            leavingNodes.addAll(nodes);
            leavingNodes.removeAll(nodeIds(scenario, ids.get(k + 1)));
            leavingLinks.addAll(links);
            leavingLinks.removeAll(linkKeys(scenario, ids.get(k + 1)));
        }
        Map<String, Node> otherNodes = new LinkedHashMap<>();
        scenario.nodes().stream().filter(n -> !nodes.contains(n.id())).forEach(n -> otherNodes.putIfAbsent(n.id(), n));
        Map<LinkKey, Link> otherLinks = new LinkedHashMap<>();
        scenario.links().stream().filter(l -> !links.contains(LinkKey.of(l))).forEach(l -> otherLinks.putIfAbsent(LinkKey.of(l), l));
        return new StageDifference(newNodes, newLinks, leavingNodes, leavingLinks,
                new ArrayList<>(otherNodes.values()), new ArrayList<>(otherLinks.values()));
    }

    private static Set<String> nodeIds(Scenario s, String stage) {
        Set<String> ids = new HashSet<>();
        s.nodes().stream().filter(n -> n.presentIn(stage)).forEach(n -> ids.add(n.id()));
        return ids;
    }

    private static Set<LinkKey> linkKeys(Scenario s, String stage) {
        Set<LinkKey> keys = new HashSet<>();
        s.links().stream().filter(l -> l.presentIn(stage)).forEach(l -> keys.add(LinkKey.of(l)));
        return keys;
    }
}
