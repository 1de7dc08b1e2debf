package com.mailflow.designer.analysis;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Something wrong or risky, for the consultant: what, why it matters, what to do. A rule may hand
 * its message as a supplier: the designer re-analyses on every edit and shows few of thousands of
 * findings, so the text of one is written only when something reads it.
 */
public final class Finding {
    private final String code;
    private final Severity severity;
    private final List<String> nodes;
    private final String domain;
    private Supplier<String> text;
    private volatile String message;

    /** @param domain the domain it concerns, or null */
    public Finding(String code, Severity severity, List<String> nodes, String domain, String message) {
        this(code, severity, nodes, domain, () -> message);
        this.message = Objects.requireNonNull(message);
    }

    Finding(String code, Severity severity, List<String> nodes, String domain, Supplier<String> text) {
        this.code = code;
        this.severity = severity;
        this.nodes = List.copyOf(nodes);
        this.domain = domain;
        this.text = text;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    public List<String> nodes() {
        return nodes;
    }

    /** The domain it concerns, or null. */
    public String domain() {
        return domain;
    }

    public String message() {
        String m = message;
        if (m == null) {
            m = text.get(); // two threads may both write it: the same text
            message = m;
            text = null;
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && code.equals(f.code) && severity == f.severity && nodes.equals(f.nodes)
                && Objects.equals(domain, f.domain) && message().equals(f.message());
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, severity, nodes, domain, message());
    }

    @Override
    public String toString() {
        return "Finding[code=" + code + ", severity=" + severity + ", nodes=" + nodes + ", domain=" + domain
                + ", message=" + message() + "]";
    }
}
