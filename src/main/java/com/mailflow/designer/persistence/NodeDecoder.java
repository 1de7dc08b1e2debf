package com.mailflow.designer.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.mailflow.designer.model.LinkRules;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.net.DomainName;
import com.mailflow.designer.net.InvalidValueException;
import com.mailflow.designer.net.IpAddress;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One entry of {@code nodes}: id, kind, name and the typed attributes, each value checked. */
final class NodeDecoder {
    private static final Set<String> KNOWN = Stream.concat(Stream.of("id", "kind", "name", "stages"),
            Arrays.stream(NodeAttribute.values()).map(NodeAttribute::key)).collect(Collectors.toSet());
    private static final String KINDS = Arrays.stream(NodeKind.values()).map(NodeKind::id)
            .collect(Collectors.joining(", "));

    private final Decoding in;

    NodeDecoder(Decoding in) {
        this.in = in;
    }

    Optional<Node> decode(JsonNode obj, String path) {
        if (!in.isObject(obj, path)) {
            return Optional.empty();
        }
        Optional<String> id = in.string(obj, path, "id", true);
        Optional<String> kindId = in.string(obj, path, "kind", true);
        Optional<String> name = in.string(obj, path, "name", true);
        if (id.isPresent() && !LinkRules.isValidId(id.get())) {
            in.problem(Decoding.at(path, "id"), "'" + id.get() + "' is not a valid id: use letters, digits, '-', '_' and '.'");
            id = Optional.empty();
        }
        Optional<NodeKind> kind = kindId.flatMap(k -> {
            Optional<NodeKind> known = NodeKind.fromId(k);
            if (known.isEmpty()) {
                in.problem(Decoding.at(path, "kind"), "'" + k + "' is not a node kind (one of " + KINDS + ")");
            }
            return known;
        });
        Map<NodeAttribute, Object> attributes = new EnumMap<>(NodeAttribute.class);
        for (NodeAttribute attribute : NodeAttribute.values()) {
            attribute(obj, path, attribute).ifPresent(v -> attributes.put(attribute, v));
        }
        List<String> stages = in.stageIds(obj, path);
        if (id.isEmpty() || kind.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Node(id.get(), kind.get(), name.get(), attributes, Decoding.extras(obj, KNOWN),
                stages));
    }

    private Optional<Object> attribute(JsonNode obj, String path, NodeAttribute attribute) {
        String key = attribute.key();
        switch (attribute.type()) {
            case BOOLEAN:
                return in.bool(obj, path, key).map(Object.class::cast);
            case INTEGER:
                return in.integer(obj, path, key, false).filter(v -> checkLookups(path, v)).map(Object.class::cast);
            case STRING:
                return in.string(obj, path, key, false).filter(v -> checkText(Decoding.at(path, key), attribute, v))
                        .map(Object.class::cast);
            case STRING_LIST:
                return in.strings(obj, path, key).map(values -> checkList(Decoding.at(path, key), attribute, values));
            default:
                throw new IllegalStateException(attribute.type().name());
        }
    }

    private boolean checkLookups(String path, int value) {
        if (value < 0 || value > 100) {
            in.problem(Decoding.at(path, "spfLookups"), "must be between 0 and 100");
            return false;
        }
        return true;
    }

    private boolean checkText(String path, NodeAttribute attribute, String value) {
        try {
            switch (attribute) {
                case HOSTNAME, OUTBOUND_HOST -> DomainName.toAscii(value);
                case CERTIFICATE -> DomainName.certificateToAscii(value);
                case SPF_INCLUDE -> DomainName.dnsNameToAscii(value);
                default -> { }
            }
            return true;
        } catch (InvalidValueException e) {
            in.problem(path, e.getMessage());
            return false;
        }
    }

    private Object checkList(String path, NodeAttribute attribute, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            try {
                if (attribute == NodeAttribute.ADDRESSES) {
                    IpAddress.parse(values.get(i));
                } else {
                    DomainName.toAscii(values.get(i));
                }
            } catch (InvalidValueException e) {
                in.problem(Decoding.at(path, i), e.getMessage());
            }
        }
        return values;
    }
}
