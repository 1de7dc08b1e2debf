package com.mailflow.designer.edit;

import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Scenario;
import java.util.ArrayList;
import java.util.List;

/** Draws an arrow in the stages it names; links the rules refuse in one of them leave the scenario as it was. */
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
        if (StageScope.refuseLink(before, link).isPresent()) {
            return before;
        }
        List<Link> links = new ArrayList<>(before.links());
        links.add(link);
        return before.withLinks(links);
    }
}
