package com.mailflow.designer.simulation;

import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.ScenarioIndex;
import java.util.List;

/**
 * The message on its way: who sends it as which domain, to whom, along which path. What every
 * hop's decisions read.
 *
 * @param recipient a domain of the scenario, or {@link Simulator#OUTSIDE}
 */
record Message(ScenarioIndex index, Report report, String senderDomain, String recipient, List<String> path) {
    Node node(String id) {
        return index.node(id).orElseThrow();
    }

    boolean isInternet(String id) {
        return node(id).kind() == NodeKind.INTERNET;
    }

    boolean isCloud(String id) {
        return node(id).kind() == NodeKind.CLOUD_SERVICE;
    }

    /** It was written outside the organization: it enters from the Internet at the start. */
    boolean fromOutside() {
        return isInternet(path.get(0));
    }

    /** After the hop into node {@code at}, the message still goes out to the Internet. */
    boolean leavesAfter(int at) {
        for (int i = at + 1; i < path.size(); i++) {
            if (isInternet(path.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Before hop {@code at}, the message came in from the Internet. */
    boolean cameFromInternetBefore(int at) {
        for (int i = 0; i < at; i++) {
            if (isInternet(path.get(i))) {
                return true;
            }
        }
        return false;
    }

    boolean toOutside() {
        return Simulator.OUTSIDE.equals(recipient);
    }
}
