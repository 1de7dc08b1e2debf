package com.mailflow.designer.analysis;

import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Profile;
import java.util.Optional;

/**
 * The include that stands for a node's outgoing servers in SPF: the cloud service's own (or the
 * profile's default), a third party's when it publishes one; none for the organization's nodes,
 * which are listed by address. The SPF record and the simulation's SPF check both read it.
 */
public final class SpfIncludes {
    private SpfIncludes() {
    }

    public static Optional<String> of(Node node, Profile profile) {
        if (node.kind() == NodeKind.CLOUD_SERVICE) {
            return Optional.of(node.spfInclude().orElse(profile.defaultSpfInclude()));
        }
        return node.kind().isThirdParty() ? node.spfInclude() : Optional.empty();
    }
}
