package com.mailflow.designer.ui.properties;

import com.mailflow.designer.edit.LinkKey;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.ui.control.Parsed;
import com.mailflow.designer.ui.control.ValidatedField;
import com.mailflow.designer.ui.viewmodel.PropertiesViewModel;
import java.util.List;
import javafx.scene.control.Label;

/** A link's recipient domains and label. */
final class LinkPropertiesPane extends Form {
    private final LinkKey key;
    private final ValidatedField<List<String>> domains;
    private final ValidatedField<String> label;
    private final Label meaning;
    private final PropertiesViewModel model;

    LinkPropertiesPane(Link link, PropertiesViewModel model) {
        super("Link");
        refusalsTo(model::refuse);
        this.key = LinkKey.of(link);
        this.model = model;
        row("From", new Label(model.nodeName(link.from())));
        row("To", new Label(model.nodeName(link.to())));
        domains = new ValidatedField<>("link-domains", AttributeText::parseLinkDomains,
                v -> model.setLinkDomains(key, v));
        domains.setPrompt("all recipients");
        row("Carries mail for (recipient domains)", domains);
        label = new ValidatedField<>("link-label", t -> Parsed.ok(t.isBlank() ? null : t),
                v -> model.setLinkLabel(key, v));
        row("Label", label);
        meaning = note("");
        meaning.setId("link-scope-meaning");
        refresh(link);
    }

    LinkKey key() {
        return key;
    }

    void refresh(Link link) {
        String text = model.scopeMeaning(link);
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
