package com.mailflow.designer.edit;

import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.LinkRules;
import com.mailflow.designer.model.Scenario;
import java.util.ArrayList;
import java.util.List;

/** Draws an arrow; links the rules refuse leave the scenario as it was (the canvas says why first). */
public record AddLink(Link link) implements Command {
    @Override
    public String description() {
        return "Connect " + link.from() + " to " + link.to();
    }

    @Override
    public String description(Scenario before) {
        return "Connect " + NodeNaming.quoted(before, link.from()) + " to " + NodeNaming.quoted(before, link.to());
    }

    @Override
    public Scenario apply(Scenario before) {
        if (LinkRules.refuseLink(before, link.from(), link.to()).isPresent()) {
            return before;
        }
        List<Link> links = new ArrayList<>(before.links());
        links.add(link);
        return before.withLinks(links);
    }
}
