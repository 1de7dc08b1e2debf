package com.mailflow.designer.edit;

import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.LinkRules;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Scenario;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which stages an edit made in one stage reaches (plan.md section 4): an element added or deleted
 * in stage k is added to or taken from stages k to the last. Lists are kept as the format wants
 * them: null when an element is in every stage, else the ids in stage order.
 */
public final class StageScope {
    private StageScope() {
    }

    /** Stage {@code stageId} and every later one; every stage when the id is unknown (the implicit stage). */
    public static List<String> fromOn(Scenario s, String stageId) {
        List<String> ids = s.stageIds();
        int k = ids.indexOf(stageId);
        return k < 0 ? ids : ids.subList(k, ids.size());
    }

    /** The stages before {@code stageId}. */
    static List<String> before(Scenario s, String stageId) {
        List<String> ids = s.stageIds();
        int k = ids.indexOf(stageId);
        return k < 0 ? List.of() : ids.subList(0, k);
    }

    /** An element's stages as ids: null (every stage) made explicit. */
    public static List<String> presence(Scenario s, List<String> stages) {
        return stages == null ? s.stageIds() : stages;
    }

    /** {@code ids} in stage order as an element's {@code stages}: null when that is every stage. */
    public static List<String> tidy(Scenario s, Collection<String> ids) {
        List<String> ordered = s.stageIds().stream().filter(ids::contains).toList();
        return ordered.size() == s.stageIds().size() ? null : ordered;
    }

    /** Why {@code node} can't be added in the stages it names (a second Internet in one of them), or empty. */
    public static Optional<String> refuseNode(Scenario s, Node node) {
        for (String id : presence(s, node.stages())) {
            Optional<String> refusal = LinkRules.refuseNode(s.inStage(id), node.kind());
            if (refusal.isPresent()) {
                return s.isStaged() ? Optional.of(refusal.get() + " (stage '" + id + "')") : refusal;
            }
        }
        return Optional.empty();
    }

    /** Why {@code link} can't be drawn in one of the stages it names, or empty. */
    static Optional<String> refuseLink(Scenario s, Link link) {
        for (String id : presence(s, link.stages())) {
            Optional<String> refusal = LinkRules.refuseLink(s.inStage(id), link.from(), link.to());
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /**
     * The stages from {@code stageId} on in which a link from {@code from} to {@code to} may be
     * drawn (both ends present, no such link there yet), in order; empty when it may not be drawn
     * in {@code stageId} itself.
     */
    public static List<String> linkStages(Scenario s, String stageId, String from, String to) {
        List<String> reach = fromOn(s, stageId);
        List<String> allowed = reach.stream()
                .filter(id -> LinkRules.refuseLink(s.inStage(id), from, to).isEmpty()).toList();
        return allowed.isEmpty() || !allowed.get(0).equals(reach.get(0)) ? List.of() : allowed;
    }
}
