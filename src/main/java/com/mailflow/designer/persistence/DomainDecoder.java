package com.mailflow.designer.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.DomainPurpose;
import com.mailflow.designer.net.DomainName;
import com.mailflow.designer.net.InvalidValueException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One entry of {@code domains}; references to nodes are checked later, once all nodes are known. */
final class DomainDecoder {
    private static final Set<String> KNOWN = Set.of("name", "purpose", "mailboxes", "mx", "stages");

    private final Decoding in;

    DomainDecoder(Decoding in) {
        this.in = in;
    }

    Optional<Domain> decode(JsonNode obj, String path) {
        if (!in.isObject(obj, path)) {
            return Optional.empty();
        }
        Optional<String> name = in.string(obj, path, "name", true).filter(n -> validName(Decoding.at(path, "name"), n));
        Optional<DomainPurpose> purpose = in.string(obj, path, "purpose", false).flatMap(p -> {
            Optional<DomainPurpose> known = DomainPurpose.fromId(p);
            if (known.isEmpty()) {
                in.problem(Decoding.at(path, "purpose"), "'" + p + "' is not a purpose (users or apps)");
            }
            return known;
        });
        List<String> mailboxes = in.strings(obj, path, "mailboxes").orElse(List.of());
        String mx = in.string(obj, path, "mx", false).orElse(null);
        List<String> stages = in.stageIds(obj, path);
        return name.map(n -> new Domain(n, purpose.orElse(null), mailboxes, mx, Decoding.extras(obj, KNOWN), stages));
    }

    private boolean validName(String path, String name) {
        try {
            DomainName.toAscii(name);
            return true;
        } catch (InvalidValueException e) {
            in.problem(path, e.getMessage());
            return false;
        }
    }
}
