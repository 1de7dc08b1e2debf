package com.mailflow.designer.simulation;

/** Where a hop's rule comes from: a seed article (docs/rules.md names them) or a Microsoft page. */
public enum Source {
    IP_SAFELISTING("[IP] IP Safelisting for Mail Delivery and Relay", "docs/rules.md, Safelist"),
    CONNECTORS("[Connectors] Identifying email from your email server", "docs/rules.md, Connectors"),
    RELAY("[Relay] Mail relay, gateways SMTP and Exchange Online", "docs/rules.md, SPF"),
    PRACTICES("[Practices] Mail flow best practices for Exchange Online and Office 365", "docs/rules.md, MX"),
    ENHANCED_FILTERING("Enhanced Filtering for Connectors in Exchange Online",
            "https://learn.microsoft.com/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/enhanced-filtering-for-connectors"),
    CONNECTION_FILTERING("Configure connection filtering (IP Allow List)",
            "https://learn.microsoft.com/defender-office-365/connection-filter-policies-configure"),
    TENANT_ATTRIBUTION("\"550 5.7.64 TenantAttribution\" when sending mail externally",
            "https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/relay-access-denied-smtp"),
    NDR_REFERENCE("Email non-delivery reports and SMTP errors in Exchange Online",
            "https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online"),
    IP_THROTTLING("Fix email delivery issues for error code 451 4.7.500-699 (ASxxx)",
            "https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-451-4-7-500-699-asxxx-in-exchange-online"),
    DEVICES("How to set up a multifunction device or application to send email using Microsoft 365",
            "https://learn.microsoft.com/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365"),
    SPF("RFC 7208, Sender Policy Framework", "https://www.rfc-editor.org/rfc/rfc7208");

    private final String title;
    private final String where;

    Source(String title, String where) {
        this.title = title;
        this.where = where;
    }

    public String title() {
        return title;
    }

    /** The page's address, or the section of docs/rules.md that names the seed article. */
    public String where() {
        return where;
    }

    /** Lower-case id with dashes, for JSON. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
