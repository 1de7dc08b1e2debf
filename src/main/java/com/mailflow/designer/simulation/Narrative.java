package com.mailflow.designer.simulation;

import com.mailflow.designer.analysis.IdentifyBy;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.analysis.OutboundConnector;
import com.mailflow.designer.analysis.SafelistEntry;
import com.mailflow.designer.analysis.SafelistList;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Profile;
import com.mailflow.designer.net.IpAddress;

/** Every sentence the simulation says, in one place: written for trainees, naming nodes as drawn. */
final class Narrative {
    private Narrative() {
    }

    static String name(Node node) {
        return "'" + node.name() + "'";
    }

    static String mxLookup(String domain, String mx, Node entry) {
        return "The sending server looks up the MX record of " + domain + (mx == null ? "" : " (" + mx + ")")
                + " and connects to " + name(entry) + ", the domain's MX entry in this design.";
    }

    static String directFromInternet(Node cloud) {
        return name(cloud) + " receives the message straight from the sending server, so connection filtering and"
                + " spam filtering see that server's real address: the best place for filtering.";
    }

    static String leaves(Node egress, boolean toOutside) {
        return name(egress) + " looks up the MX record of the recipient's domain and delivers over the Internet"
                + (toOutside ? "." : "; the recipient's domain is one of this design's, so the message comes back in"
                + " through its MX.");
    }

    static String noReverseDns(Node node) {
        return name(node) + " has no confirmed reverse DNS (PTR) record: many receivers distrust or reject mail from"
                + " an address that does not map back to its host name.";
    }

    static String sendingServer(Node egress, IpAddress address) {
        if (address != null) {
            return name(egress) + " (" + address.canonical() + (address.isPublic() ? "" : ", a private address: the"
                    + " receiver sees whatever address NAT gives it") + ")";
        }
        return name(egress) + (egress.kind().isOrgOwned() ? " (no address in the design)" : " (one of its servers)");
    }

    static String spfPass(String domain, String record, String term, String from) {
        return "The receiver checks SPF for " + domain + " against the record this design publishes, \"" + record
                + "\": the term " + term + " matches " + from + ", so SPF passes.";
    }

    static String spfFail(String domain, String record, String from) {
        return "The receiver checks SPF for " + domain + " against the record this design publishes, \"" + record
                + "\": no term matches " + from + ", and the record ends in -all, so SPF fails and the receiver"
                + " rejects the message.";
    }

    static String spfSoftFail(String domain, String record, String from) {
        return "The receiver checks SPF for " + domain + " against \"" + record + "\": no term matches " + from
                + "; ~all makes it a soft fail, so the message is accepted but likely marked as spam.";
    }

    static String spfNeutral(String domain, String record, String from) {
        return "The receiver checks SPF for " + domain + " against \"" + record + "\": no term matches " + from
                + " and the result is neutral: SPF does not help the message.";
    }

    static String spfNone(String domain) {
        return "The receiver looks for an SPF record of " + domain + " and finds none (the analysis proposes none,"
                + " spf.no-egress): the message is unauthenticated and DMARC fails, so it may land in junk.";
    }

    static String spfPermError(String domain, String record) {
        return "The receiver checks SPF for " + domain + " against \"" + record + "\", which needs more than 10 DNS"
                + " lookups: a permanent error (permerror); many receivers treat the message as failing.";
    }

    static String smtpAuth(Node node) {
        return name(node) + " signs in as a licensed mailbox (SMTP AUTH with OAuth 2.0 over TLS 1.2,"
                + " smtp.office365.com port 587): no connector is needed to recognize it, and the service sends the"
                + " message as that mailbox.";
    }

    static String sendAsDenied(Node node, String domain) {
        return name(node) + " signs in as a mailbox but sends as " + domain + ", which is not an accepted domain of"
                + " the tenant: the mailbox may not send as that address.";
    }

    static String profileSafelist(Node node, Profile profile, boolean listed) {
        return listed ? name(node) + "'s address is on the " + profile.displayName() + " safelist, so the service"
                + " trusts its connections."
                : name(node) + " is on no safelist of " + profile.displayName() + ": its mail is filtered like any"
                + " Internet mail.";
    }

    static String anonymousRelay(Node node) {
        return "No inbound connector of this design recognizes " + name(node) + ", so the service treats it as an"
                + " anonymous Internet server, which may deliver to the tenant's own domains only, not relay to the"
                + " Internet.";
    }

    static String anonymous(Node node) {
        return "No inbound connector recognizes " + name(node) + ": the message is accepted like any Internet"
                + " mail for the tenant's domains, with full spam filtering.";
    }

    static String certificateMatch(Node node, InboundConnector c) {
        return "The service matches " + name(node) + " to the " + c.type().id() + " connector '" + c.name()
                + "' by the certificate it presents, " + c.certificate() + " (TlsSenderCertificateName): the"
                + " recommended way to identify a server.";
    }

    static String addressMatch(Node node, InboundConnector c, IpAddress address) {
        return "The service matches " + name(node) + " to the " + c.type().id() + " connector '" + c.name()
                + "' because it connects from " + address.canonical() + ", which the connector's SenderIPAddresses"
                + " list.";
    }

    static String addressMismatch(Node node, InboundConnector c, IpAddress address) {
        return "The connector '" + c.name() + "' identifies " + name(node) + " by address and lists "
                + (c.senderIpAddresses().isEmpty() ? "no usable address" : String.join(", ", c.senderIpAddresses()))
                + ", but " + name(node) + " connects from " + (address == null ? "an address the design does not name"
                : address.canonical() + (address.isPublic() ? "" : " (private: the service sees the NAT address)"))
                + ", so the connector does not match.";
    }

    static String relayDenied() {
        return " Without a matching connector the service does not know the message is the organization's and"
                + " refuses to relay it to the Internet.";
    }

    static String throttled(Node node) {
        return " The service treats " + name(node) + " as an unknown Internet server; a server that hands over a"
                + " whole organization's mail from an unknown address is throttled (graylisting).";
    }

    static String treatedAsInternetMail() {
        return " The message is accepted like any Internet mail for the tenant, with full spam filtering.";
    }

    static String safelist(Node node, SafelistEntry row, boolean allowList) {
        if (allowList) {
            return name(node) + "'s address " + row.address() + " is on the connection filter's IP Allow List"
                    + " (internal servers list): its messages skip connection filtering.";
        }
        String how = " list, trusted through its connector (" + row.realizedBy().id() + "), not the IP Allow List: ";
        return name(node) + " is on the " + row.list().id() + how + (row.list() == SafelistList.GATEWAY_SERVERS
                ? "the Internet mail it relays is still spam filtered." : "its organization's mail is recognized,"
                + " and any Internet mail it carries is still spam filtered.");
    }

    static String enhancedFiltering(InboundConnector c) {
        return "Enhanced Filtering on '" + c.name() + "' skips the trusted hops"
                + (c.skipAddresses().isEmpty() ? "" : " (" + String.join(", ", c.skipAddresses()) + ")")
                + " and finds the original sender's address, so SPF, DKIM, DMARC and spam filtering judge the"
                + " real sender, not the last hop.";
    }

    static String noEnhancedFiltering(Node node) {
        return "The message came from the Internet through " + name(node) + ", and without Enhanced Filtering the"
                + " service sees " + name(node) + "'s address as the sender's: SPF of outside senders fails and"
                + " filtering is less effective.";
    }

    static String relayAllowed(String senderDomain, boolean senderAccepted, String certificate) {
        return "The recipient is outside the tenant, so the service checks it may relay: "
                + (senderAccepted ? "the sender domain " + senderDomain + " is an accepted domain"
                : "the certificate's domain " + certificate + " is accepted") + ". Relay allowed.";
    }

    static String relayRefused(String senderDomain, InboundConnector c) {
        return "The recipient is outside the tenant, but neither the sender domain " + senderDomain
                + (c.identifyBy() == IdentifyBy.CERTIFICATE ? " nor the certificate's domain " + c.certificate() : "")
                + " is an accepted domain: the service refuses to relay.";
    }

    static String outboundConnector(Node to, OutboundConnector c) {
        if (c == null) {
            return "The service hands the message to " + name(to) + ".";
        }
        return "The service routes the message through its outbound connector '" + c.name() + "' (smart host "
                + String.join(", ", c.smartHosts()) + ", recipient domains " + String.join(", ", c.recipientDomains())
                + ") to " + name(to) + ".";
    }

    static String handoff(Node from, Node to) {
        return name(from) + " relays the message to " + name(to) + " over SMTP.";
    }

    static String filters(Node node) {
        return name(node) + " filters the message for spam and malware before passing it on.";
    }

    static String delivered(Node node, String recipient) {
        return Simulator.OUTSIDE.equals(recipient) ? "The recipient's server accepts the message: delivered."
                : "Delivered to the recipient's mailbox on " + name(node) + ".";
    }

    static String localDelivery(Node node, String domain) {
        return "The recipient's mailbox (" + domain + ") is on " + name(node) + " itself: delivered without leaving it.";
    }

    static String down(Node node) {
        return name(node) + " is down (failed in training): the sending server can't connect, keeps the message"
                + " in its queue and retries until the message expires. The design has no other way for it.";
    }

    static String linkDown(Node from, Node to) {
        return "The connection from " + name(from) + " to " + name(to) + " is down (failed in training): "
                + name(from) + " keeps the message in its queue and retries until it expires.";
    }

    static String noRoute(Node sender, String recipient, String why) {
        return "The design has no path for mail from " + name(sender) + " to "
                + (Simulator.OUTSIDE.equals(recipient) ? "the Internet" : recipient) + ": the message waits in the"
                + " queue until it expires." + (why == null ? "" : " The analysis says: " + why);
    }
}
