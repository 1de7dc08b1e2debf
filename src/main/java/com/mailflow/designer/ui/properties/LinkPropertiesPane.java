package com.mailflow.designer.ui.properties;

import com.mailflow.designer.edit.LinkKey;
import com.mailflow.designer.edit.UpdateLink;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.LinkRules;
import com.mailflow.designer.ui.control.Parsed;
import com.mailflow.designer.ui.control.ValidatedField;
import com.mailflow.designer.ui.viewmodel.DocumentViewModel;
import java.util.List;
import javafx.scene.control.Label;

/** A link's recipient domains and label. */
final class LinkPropertiesPane extends Form {
    private final LinkKey key;
    private final ValidatedField domains;
    private final ValidatedField label;
    private final Label meaning;
    private final DocumentViewModel document;
    private Link shown;

    @SuppressWarnings("unchecked")
    LinkPropertiesPane(Link link, DocumentViewModel document) {
        super("Link");
        refusalsTo(document::refuse);
        this.key = LinkKey.of(link);
        this.shown = link;
        this.document = document;
        row("From", new Label(document.scenario().node(link.from()).map(com.mailflow.designer.model.Node::name).orElse(link.from())));
        row("To", new Label(document.scenario().node(link.to()).map(com.mailflow.designer.model.Node::name).orElse(link.to())));
        domains = new ValidatedField("link-domains", AttributeText::parseLinkDomains,
                v -> document.execute(new UpdateLink(key, (List<String>) v, shown.label())));
        domains.setPrompt("all recipients");
        row("Carries mail for (recipient domains)", domains);
        label = new ValidatedField("link-label", t -> Parsed.ok(t.isBlank() ? null : t),
                v -> document.execute(new UpdateLink(key, shown.domains(), (String) v)));
        row("Label", label);
        meaning = note("");
        meaning.setId("link-scope-meaning");
        refresh(link);
    }

    LinkKey key() {
        return key;
    }

    void refresh(Link link) {
        shown = link;
        String text = LinkRules.scopeMeaning(document.scenario(), link);
        if (!text.equals(meaning.getText())) {
            meaning.setText(text);
        }
        if (!domains.field().isFocused()) {
            domains.show(link.domains() == null ? "" : String.join(", ", link.domains()));
        }
        if (!label.field().isFocused()) {
            label.show(link.label() == null ? "" : link.label());
        }
    }
}
