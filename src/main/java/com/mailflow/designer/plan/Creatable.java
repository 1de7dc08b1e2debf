package com.mailflow.designer.plan;

import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.IdentifyBy;
import com.mailflow.designer.analysis.InboundConnector;

/** Which of the analysis's connectors can be created at all: the plan and the script ask the same question. */
public final class Creatable {
    private Creatable() {
    }

    /** An IP connector with no usable address identifies nobody, and is not created. */
    public static boolean connector(Connector c) {
        return !(c instanceof InboundConnector in && in.identifyBy() == IdentifyBy.IP
                && in.senderIpAddresses().isEmpty());
    }
}
