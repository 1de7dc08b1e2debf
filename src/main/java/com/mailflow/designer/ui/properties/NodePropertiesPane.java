package com.mailflow.designer.ui.properties;

import com.mailflow.designer.analysis.Finding;
import com.mailflow.designer.model.AttributeType;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.ui.control.Parsed;
import com.mailflow.designer.ui.control.ValidatedField;
import com.mailflow.designer.ui.viewmodel.PropertiesViewModel;
import com.mailflow.designer.ui.viewmodel.EditViewModel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;

/** Name and every attribute that applies to the node's kind, driven by {@link NodeAttribute}. */
final class NodePropertiesPane extends Form {
    private final String nodeId;
    private final ValidatedField<String> name;
    private final Map<NodeAttribute, ValidatedField<Object>> texts = new EnumMap<>(NodeAttribute.class);
    private final Map<NodeAttribute, TriStateChoice> flags = new EnumMap<>(NodeAttribute.class);
    private final Label findings = new Label();

    NodePropertiesPane(Node node, PropertiesViewModel model, EditViewModel edits) {
        super(node.kind().displayName());
        refusalsTo(model::refuse);
        this.nodeId = node.id();
        row("Id", new Label(node.id()));
        name = new ValidatedField<>("prop-name",
                t -> t.isBlank() ? Parsed.invalid("a node needs a name") : Parsed.ok(t.strip()),
                v -> edits.rename(nodeId, v));
        row("Name", name);
        for (NodeAttribute a : NodeAttribute.values()) {
            if (!a.appliesTo(node.kind())) {
                continue;
            }
            if (a.type() == AttributeType.BOOLEAN) {
                String unset = a == NodeAttribute.REVERSE_DNS ? "Unknown" : "Default (" + (dflt(node, a) ? "yes" : "no") + ")";
                TriStateChoice c = new TriStateChoice("attr-" + a.key(), unset,
                        v -> model.setAttribute(nodeId, a, v));
                flags.put(a, c);
                row(a.label(), c);
            } else {
                ValidatedField<Object> f = new ValidatedField<>("attr-" + a.key(), t -> AttributeText.parse(a, t),
                        v -> model.setAttribute(nodeId, a, v));
                f.setPrompt(prompt(a));
                texts.put(a, f);
                row(a.label(), f);
            }
        }
        findings.getStyleClass().add("node-findings");
        findings.setWrapText(true);
        getChildren().add(findings);
        refresh(node, List.of());
    }

    String nodeId() {
        return nodeId;
    }

    /** Shows the node's current values; fields being edited keep what the user typed. */
    void refresh(Node node, List<Finding> nodeFindings) {
        if (!name.field().isFocused()) {
            name.show(node.name());
        }
        texts.forEach((a, f) -> {
            if (!f.field().isFocused()) {
                f.show(AttributeText.format(a, node.raw(a).orElse(null)));
            }
        });
        flags.forEach((a, c) -> c.show((Boolean) node.raw(a).orElse(null)));
        findings.setText(nodeFindings.isEmpty() ? "" : nodeFindings.stream()
                .map(f -> "\u2022 " + f.severity().id() + ": " + f.message()).reduce((x, y) -> x + "\n" + y).orElse(""));
    }

    private static boolean dflt(Node node, NodeAttribute a) {
        Node bare = node.with(a, null);
        return switch (a) {
            case FILTERS_SPAM -> bare.filtersSpam();
            case STATIC_IP -> bare.staticIp();
            case SHARED_ADDRESSES -> bare.sharedAddresses();
            case CAN_AUTHENTICATE -> bare.canAuthenticate();
            case TLS12 -> bare.tls12();
            case RELAY_RESTRICTED -> bare.relayRestricted();
            default -> false;
        };
    }

    private static String prompt(NodeAttribute a) {
        return switch (a) {
            case ADDRESSES -> "e.g. 131.107.1.17, 2001:db8::1";
            case SENDS -> "default: the first domain; 'none' = sends nothing";
            case HOSTNAME, CERTIFICATE -> "e.g. mail.contoso.com";
            case OUTBOUND_HOST -> "if not the hostname, e.g. outbound.filter.example";
            case SPF_INCLUDE -> "e.g. spf.protection.outlook.com";
            case SPF_LOOKUPS -> "default 1";
            default -> "";
        };
    }
}
