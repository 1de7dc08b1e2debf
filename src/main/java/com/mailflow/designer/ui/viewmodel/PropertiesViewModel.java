package com.mailflow.designer.ui.viewmodel;

import com.mailflow.designer.edit.LinkKey;
import com.mailflow.designer.edit.NodeEdits;
import com.mailflow.designer.edit.ScenarioEdits;
import com.mailflow.designer.edit.UpdateLink;
import com.mailflow.designer.export.NodeNames;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.LinkRules;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.Profile;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.SpfAll;
import java.util.List;
import java.util.Optional;

/**
 * The Properties tab's edits (of the selected stage's entries, from that stage on) of the scenario, a node's attributes and a link, each one undoable;
 * the panes show values and forward what the user typed, already checked, to these methods.
 */
public final class PropertiesViewModel {
    private final DocumentViewModel document;

    public PropertiesViewModel(DocumentViewModel document) {
        this.document = document;
    }

    /** The selected stage's scenario, the one the tab shows. */
    public Scenario scenario() {
        return document.shown();
    }

    /** How a person reads the node: its name (see {@link NodeNames}). */
    public String nodeName(String id) {
        return new NodeNames(document.shown()).name(id);
    }

    /** {@code value} null: back to the kind's default. */
    public void setAttribute(String nodeId, NodeAttribute attribute, Object value) {
        document.execute(NodeEdits.setAttribute(nodeId, attribute, value, document.stage()));
    }

    /** {@code domains} null: the link carries mail for all recipients. Its label stays. */
    public void setLinkDomains(LinkKey key, List<String> domains) {
        link(key).ifPresent(l -> document.execute(new UpdateLink(key, domains, l.label(), document.stage())));
    }

    public void setLinkLabel(LinkKey key, String label) {
        link(key).ifPresent(l -> document.execute(new UpdateLink(key, l.domains(), label, document.stage())));
    }

    /** What the link's scope means, in words. */
    public String scopeMeaning(Link link) {
        return LinkRules.scopeMeaning(document.shown(), link);
    }

    public void renameScenario(String name) {
        document.execute(ScenarioEdits.rename(name));
    }

    public void describeScenario(String description) {
        document.execute(ScenarioEdits.describe(description));
    }

    public void setProfile(Profile profile) {
        document.execute(ScenarioEdits.profile(profile));
    }

    public void setTenant(String tenant) {
        document.execute(ScenarioEdits.tenant(tenant));
    }

    public void setSpfAll(SpfAll policy) {
        document.execute(ScenarioEdits.spfAll(policy));
    }

    /** A value the user typed and left that the model did not take. */
    public void refuse(String why) {
        document.refuse(why);
    }

    private Optional<Link> link(LinkKey key) {
        return document.shown().links().stream().filter(key::matches).findFirst();
    }
}
