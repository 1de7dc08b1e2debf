package com.mailflow.designer.analysis;

import java.util.List;

/** A connector (or, under google-workspace, the equivalent setting) the analysis calls for. */
public sealed interface Connector permits InboundConnector, OutboundConnector {
    ConnectorDirection direction();

    ConnectorType type();

    /** Unique among the report's connectors and at most {@link ConnectorNames#MAX_LENGTH} characters. */
    String name();

    List<String> nodes();

    /**
     * One end of a hybrid pair (an Exchange server sharing a domain with the cloud): exports set
     * CloudServicesMailEnabled, and the Hybrid Configuration Wizard should create it.
     */
    boolean hybrid();
}
