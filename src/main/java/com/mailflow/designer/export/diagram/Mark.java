package com.mailflow.designer.export.diagram;

/** A small tag on a node's box: what the analysis decided about the node that a consultant looks for. */
public enum Mark {
    MX("MX", "MX target: Internet mail for a domain arrives here"),
    GATEWAY_LIST("GW", "On the IP safelist: gateway servers list"),
    INTERNAL_LIST("INT", "On the IP safelist: internal servers list"),
    CERTIFICATE("CERT", "The cloud service identifies it by its TLS certificate"),
    IP("IP", "The cloud service identifies it by its IP addresses");

    private final String tag;
    private final String meaning;

    Mark(String tag, String meaning) {
        this.tag = tag;
        this.meaning = meaning;
    }

    public String tag() {
        return tag;
    }

    public String meaning() {
        return meaning;
    }
}
