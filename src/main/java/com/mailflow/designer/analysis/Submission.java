package com.mailflow.designer.analysis;

/**
 * How an application sender that links into the cloud service should hand it its mail
 * (device.submission): the one decision the finding, the handouts and the script read.
 */
public record Submission(String node, Method method) {
    public enum Method {
        /** Signs in as a licensed mailbox (OAuth 2.0, TLS 1.2) to smtp.office365.com port 587: no connector. */
        SMTP_AUTH("smtp-auth"),
        /** Sends to the tenant's MX endpoint through an inbound connector that identifies it. */
        SMTP_RELAY("smtp-relay");

        private final String id;

        Method(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }
}
