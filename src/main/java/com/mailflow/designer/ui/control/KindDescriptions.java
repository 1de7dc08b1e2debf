package com.mailflow.designer.ui.control;

import com.mailflow.designer.model.NodeKind;

/** What each kind of box stands for and when to draw one: the palette's and Insert menu's tooltips. */
public final class KindDescriptions {
    private KindDescriptions() {
    }

    public static String of(NodeKind kind) {
        return switch (kind) {
            case INTERNET -> "The Internet: every outside sender and recipient. Draw one per scenario; mail from"
                    + " it follows the MX records, mail to it leaves the customer.";
            case CLOUD_SERVICE -> "The cloud service (Exchange Online with EOP, or Google Workspace): the tenant."
                    + " One per scenario; its mailboxes and connectors are what the results plan.";
            case THIRD_PARTY_FILTER -> "A cloud or appliance spam filter run by someone else (shared addresses)."
                    + " Use it when the MX or outbound mail goes through another company's filtering.";
            case THIRD_PARTY_SERVICE -> "An archiving, journaling, signature or bulk-sending service run by someone"
                    + " else. Use it for mail the customer's own servers do not carry.";
            case GATEWAY -> "An SMTP relay that carries mail between places: Edge Transport, IIS SMTP, an"
                    + " appliance. Use it where mail enters or leaves the premises.";
            case MAIL_SERVER -> "An on-premises mail server holding mailboxes (Exchange 2019, Domino, ...). Use"
                    + " it for hybrid or staged migrations; domains can keep mailboxes on it.";
            case APP_SERVER -> "A server whose software sends mail: alerts, notifications, a student information"
                    + " system. Use it so its relay, addresses and sending domain are planned.";
            case DEVICE -> "A multifunction printer, scanner or fax that sends mail. Use it to plan how it"
                    + " submits: SMTP AUTH or a relay.";
        };
    }
}
