package com.mailflow.designer.analysis;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Node;
import java.util.ArrayList;
import java.util.List;

/** The "type of server" and "purpose" columns of the seed's safelist table. */
final class ServerRoles {
    private ServerRoles() {
    }

    static String type(Node node) {
        return switch (node.kind()) {
            case GATEWAY -> "Gateway";
            case MAIL_SERVER -> "E-mail server";
            case APP_SERVER -> "Application server";
            case DEVICE -> "Device";
            case THIRD_PARTY_FILTER -> "Third-party filter";
            case THIRD_PARTY_SERVICE -> "Third-party service";
            default -> node.kind().displayName();
        };
    }

    static String purpose(AnalysisContext ctx, Node node) {
        List<Domain> hosted = ctx.index().domainsHostedBy(node.id());
        switch (node.kind()) {
            case APP_SERVER:
                return "Sends application mail (alerts, notifications)";
            case DEVICE:
                return "Sends scanned documents and notifications";
            case THIRD_PARTY_FILTER:
                return "Filters spam and malware for the organization";
            case THIRD_PARTY_SERVICE:
                return "Third-party service (archiving, journaling, signatures or bulk mail)";
            default:
                break;
        }
        if (!hosted.isEmpty()) {
            return "Hosts mailboxes of " + String.join(", ", hosted.stream().map(Domain::name).toList());
        }
        List<String> roles = new ArrayList<>();
        if (ctx.receivesFromInternet(node)) {
            roles.add(node.filtersSpam() ? "filters Internet mail" : "receives Internet mail");
        }
        if (ctx.linksIntoCloud(node)) {
            roles.add("relays mail to the cloud service");
        }
        if (ctx.isInternetEgress(node)) {
            roles.add("routes internal mail to the Internet");
        }
        if (roles.isEmpty()) {
            return node.kind().isUserMailSender() ? "Dedicated e-mail server" : "Relays mail between internal servers";
        }
        String joined = String.join(", ", roles);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }
}
