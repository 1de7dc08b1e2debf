package com.mailflow.designer.edit;

import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Scenario;
import java.util.List;

/**
 * Sets a link's domains (null = all recipients) and label, on its entry in stage {@code stageId}
 * (null: every entry; links that differ between stages are separate entries, plan.md section 1).
 */
public record UpdateLink(LinkKey key, List<String> domains, String label, String stageId) implements Command {
    public UpdateLink(LinkKey key, List<String> domains, String label) {
        this(key, domains, label, null);
    }

    @Override
    public String description() {
        return "Edit link " + key;
    }

    @Override
    public String description(Scenario before) {
        return "Edit link " + NodeNaming.quoted(before, key.from()) + " \u2192 " + NodeNaming.quoted(before, key.to());
    }

    @Override
    public Scenario apply(Scenario before) {
        List<Link> links = before.links().stream()
                .map(l -> key.matches(l) && (stageId == null || l.presentIn(stageId))
                        ? l.withDomains(domains).withLabel(label) : l)
                .toList();
        return before.withLinks(links);
    }
}
