package com.mailflow.designer.analysis;

import java.util.List;

/** A connector (or, under google-workspace, the equivalent setting) the analysis calls for. */
public sealed interface Connector permits InboundConnector, OutboundConnector {
    /** {@code inbound} or {@code outbound}. */
    String direction();

    /** {@code OnPremises}, {@code Partner}, or a google-workspace type such as {@code SmtpRelay}. */
    String type();

    String name();

    List<String> nodes();
}
