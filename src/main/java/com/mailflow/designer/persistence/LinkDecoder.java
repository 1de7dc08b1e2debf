package com.mailflow.designer.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.net.DomainName;
import com.mailflow.designer.net.InvalidValueException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One entry of {@code links}; whether its ends exist is checked by the scenario decoder. */
final class LinkDecoder {
    private static final Set<String> KNOWN = Set.of("from", "to", "domains", "label", "stages");

    private final Decoding in;

    LinkDecoder(Decoding in) {
        this.in = in;
    }

    Optional<Link> decode(JsonNode obj, String path) {
        if (!in.isObject(obj, path)) {
            return Optional.empty();
        }
        Optional<String> from = in.string(obj, path, "from", true);
        Optional<String> to = in.string(obj, path, "to", true);
        Optional<List<String>> domains = in.strings(obj, path, "domains");
        String label = in.string(obj, path, "label", false).orElse(null);
        List<String> stages = in.stageIds(obj, path);
        if (domains.isPresent()) {
            checkDomains(Decoding.at(path, "domains"), domains.get());
        }
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Link(from.get(), to.get(), domains.orElse(null), label, Decoding.extras(obj, KNOWN),
                stages));
    }

    private void checkDomains(String path, List<String> domains) {
        if (domains.isEmpty()) {
            in.problem(path, "is empty: leave the key out (or use \"*\") for a route that carries all recipients");
        }
        for (int i = 0; i < domains.size(); i++) {
            if (Link.ALL_DOMAINS.equals(domains.get(i))) {
                continue;
            }
            try {
                DomainName.toAscii(domains.get(i));
            } catch (InvalidValueException e) {
                in.problem(Decoding.at(path, i), e.getMessage());
            }
        }
    }
}
