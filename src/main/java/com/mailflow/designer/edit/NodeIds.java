package com.mailflow.designer.edit;

import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Scenario;
import java.util.HashSet;
import java.util.Set;

/** Fresh node ids that read well in files: gateway, gateway-2, gateway-3. */
public final class NodeIds {
    private NodeIds() {
    }

    public static String fresh(Scenario scenario, String base) {
        Set<String> taken = new HashSet<>();
        scenario.nodes().forEach(n -> taken.add(n.id()));
        return fresh(taken, base);
    }

    public static String fresh(Set<String> taken, String base) {
        if (!taken.contains(base)) {
            return base;
        }
        int i = 2;
        while (taken.contains(base + "-" + i)) {
            i++;
        }
        return base + "-" + i;
    }

    public static String base(NodeKind kind) {
        return switch (kind) {
            case INTERNET -> "internet";
            case CLOUD_SERVICE -> "cloud";
            case THIRD_PARTY_FILTER -> "filter";
            case THIRD_PARTY_SERVICE -> "service";
            case GATEWAY -> "gw";
            case MAIL_SERVER -> "mail";
            case APP_SERVER -> "app";
            case DEVICE -> "device";
        };
    }
}
