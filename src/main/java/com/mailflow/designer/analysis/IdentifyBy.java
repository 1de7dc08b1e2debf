package com.mailflow.designer.analysis;

/** How the service recognizes mail from a node as that node's. */
public enum IdentifyBy {
    /** The TLS certificate name it presents (TlsSenderCertificateName): recommended. */
    CERTIFICATE("certificate"),
    /** The addresses it connects from (SenderIPAddresses). */
    IP("ip"),
    /** It signs in as a mailbox: no connector identifies it. */
    SMTP_AUTH("smtp-auth");

    private final String id;

    IdentifyBy(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
