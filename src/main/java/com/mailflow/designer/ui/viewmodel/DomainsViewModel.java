package com.mailflow.designer.ui.viewmodel;

import com.mailflow.designer.edit.DomainEdits;
import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.DomainPurpose;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.net.DomainName;
import com.mailflow.designer.net.InvalidValueException;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The Domains tab's logic: what a new domain is called, which nodes can hold its mailboxes, and
 * every edit of the accepted domains (each one undoable). The view only shows and forwards.
 * It works on the selected stage's scenario; edits act from that stage on ({@link DomainEdits}).
 */
public final class DomainsViewModel {
    /** Microsoft's documentation names, offered when the tenant's own ".com" is taken. */
    static final List<String> EXAMPLE_NAMES = List.of("contoso.com", "fabrikam.com", "northwindtraders.com",
            "adatum.com", "tailspintoys.com", "wingtiptoys.com", "woodgrovebank.com", "litwareinc.com");
    private final DocumentViewModel document;

    public DomainsViewModel(DocumentViewModel document) {
        this.document = document;
    }

    /** The selected stage's scenario, the one the tab shows. */
    public Scenario scenario() {
        return document.shown();
    }

    public javafx.beans.property.ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return document.shownProperty();
    }

    /**
     * The name offered for the next domain: the tenant's name + ".com" when the scenario does not
     * have it yet, else the first documentation name it does not have (empty when all are taken).
     */
    public String suggestedName() {
        Scenario s = scenario();
        String tenant = s.tenant() == null ? "" : s.tenant().strip().toLowerCase(java.util.Locale.ROOT);
        if (!tenant.isEmpty() && !tenant.contains(".")) {
            String own = tenant + ".com";
            if (DomainName.isValid(own) && !has(s, own)) {
                return own;
            }
        }
        return EXAMPLE_NAMES.stream().filter(n -> !has(s, n)).findFirst().orElse("");
    }

    /** Why {@code text} is not a domain name, or empty when it is one. */
    public static Optional<String> invalidName(String text) {
        try {
            DomainName.toAscii(text == null ? "" : text.strip());
            return Optional.empty();
        } catch (InvalidValueException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Adds the domain, its mailboxes on the first node that can hold them; false (and a refusal
     * the user sees) when the name is not valid or already there.
     */
    public boolean add(String text) {
        String name = text == null ? "" : text.strip();
        Optional<String> invalid = invalidName(name);
        if (invalid.isPresent()) {
            document.refuse("Can't add the domain \u2014 " + invalid.get() + ".");
            return false;
        }
        Scenario s = scenario();
        if (has(s, name)) {
            document.refuse("The scenario already has the domain " + name + ".");
            return false;
        }
        List<String> hosts = mailboxHosts().stream().limit(1).map(Node::id).toList();
        return document.execute(DomainEdits.add(Domain.of(name, hosts), document.stage()));
    }

    /** A value the user typed and left that the domain did not take. */
    public void refuse(String why) {
        document.refuse(why);
    }

    public void remove(int index) {
        if (index >= 0 && index < scenario().domains().size()) {
            document.execute(DomainEdits.remove(document.stage(), index));
        }
    }

    /** The nodes that can hold a domain's mailboxes: the cloud service and the mail servers. */
    public List<Node> mailboxHosts() {
        return scenario().nodes().stream().filter(n -> n.kind().canHostMailboxes()).toList();
    }

    /** The nodes a domain's MX can be forced to: every node but the Internet. */
    public List<Node> mxTargets() {
        return scenario().nodes().stream().filter(n -> n.kind() != NodeKind.INTERNET).toList();
    }

    public void rename(int index, String name) {
        Optional<String> invalid = invalidName(name);
        if (invalid.isPresent()) {
            document.refuse("Not renamed \u2014 " + invalid.get() + ".");
            return;
        }
        edit(index, d -> d.withName(name.strip()));
    }

    public void setPurpose(int index, DomainPurpose purpose) {
        edit(index, d -> d.withPurpose(purpose));
    }

    /** The mailboxes' hosts by node id, in the scenario's order of nodes. */
    public void setMailboxes(int index, List<String> nodeIds) {
        List<String> ordered = mailboxHosts().stream().map(Node::id).filter(nodeIds::contains).toList();
        edit(index, d -> d.withMailboxes(ordered));
    }

    /** {@code nodeId} null: the MX follows from the drawing. */
    public void setMx(int index, String nodeId) {
        edit(index, d -> d.withMx(nodeId));
    }

    private void edit(int index, UnaryOperator<Domain> change) {
        List<Domain> domains = scenario().domains();
        if (index >= 0 && index < domains.size()) {
            document.execute(DomainEdits.replace(document.stage(), index, change.apply(domains.get(index))));
        }
    }

    private static boolean has(Scenario s, String name) {
        return s.domains().stream().anyMatch(d -> d.isNamed(name));
    }
}
