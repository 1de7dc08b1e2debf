package com.mailflow.designer.export;

import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.DnsRecord;
import com.mailflow.designer.analysis.Finding;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.analysis.OutboundConnector;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.SafelistEntry;
import com.mailflow.designer.persistence.JsonTreeWriter;
import com.mailflow.designer.routing.Flow;
import com.mailflow.designer.routing.SinglePoints;
import java.util.LinkedHashMap;
import java.util.Map;

/** The report as JSON, keys in the order of the report contract (docs/rules.md lists the values). */
public final class ReportJson {
    private ReportJson() {
    }

    public static String write(Report report) {
        return JsonTreeWriter.write(tree(report));
    }

    static Map<String, Object> tree(Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", r.scenario());
        m.put("profile", r.profile().id());
        m.put("flows", r.flows().stream().map(ReportJson::flow).toList());
        m.put("safelist", r.safelist().stream().map(ReportJson::safelist).toList());
        m.put("connectors", r.connectors().stream().map(ReportJson::connector).toList());
        m.put("dns", r.dns().stream().map(ReportJson::dns).toList());
        m.put("findings", r.findings().stream().map(ReportJson::finding).toList());
        m.put("resilience", r.resilience().stream().map(ReportJson::singlePoints).toList());
        return m;
    }

    private static Map<String, Object> singlePoints(SinglePoints s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", s.flow().kind().id());
        m.put("domain", s.flow().domain());
        m.put("from", s.flow().from());
        m.put("to", s.flow().to());
        m.put("nodes", s.nodes());
        m.put("links", s.links().stream().map(l -> {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("from", l.from());
            link.put("to", l.to());
            return link;
        }).toList());
        return m;
    }

    private static Map<String, Object> flow(Flow f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", f.kind().id());
        m.put("domain", f.domain());
        m.put("from", f.from());
        m.put("to", f.to());
        m.put("path", f.path());
        return m;
    }

    private static Map<String, Object> safelist(SafelistEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("node", e.node());
        m.put("address", e.address());
        m.put("type", e.serverType());
        m.put("purpose", e.purpose());
        m.put("add", e.add());
        if (e.list() != null) {
            m.put("list", e.list().id());
        }
        m.put("realizedBy", e.realizedBy().id());
        if (e.add()) {
            m.put("allowList", e.allowList());
        }
        if (e.entries().size() > 1) {
            m.put("blocks", e.entries());
        }
        m.put("reason", e.reason());
        return m;
    }

    private static Map<String, Object> connector(Connector c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("direction", c.direction().id());
        m.put("type", c.type().id());
        m.put("name", c.name());
        m.put("nodes", c.nodes());
        if (c instanceof InboundConnector in) {
            m.put("identifyBy", in.identifyBy().id());
            m.put("certificate", in.certificate());
            m.put("senderIpAddresses", in.senderIpAddresses());
            if (!in.leftOutAddresses().isEmpty()) {
                m.put("leftOutAddresses", in.leftOutAddresses());
            }
            m.put("enhancedFiltering", in.enhancedFiltering());
            m.put("skipAddresses", in.skipAddresses());
            m.put("requireTls", in.requireTls());
            m.put("restrictToSender", in.restrictToSender());
            if (in.rejectMailNotFromGatewayIps()) {
                m.put("rejectMailNotFromGatewayIps", true);
            }
        } else if (c instanceof OutboundConnector out) {
            m.put("smartHosts", out.smartHosts());
            m.put("recipientDomains", out.recipientDomains());
            m.put("tlsDomain", out.tlsDomain());
            m.put("routeAllViaOnPremises", out.routeAllViaOnPremises());
        }
        if (c.hybrid()) {
            m.put("hybrid", true);
        }
        return m;
    }

    private static Map<String, Object> dns(DnsRecord d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("domain", d.domain());
        m.put("name", d.name());
        m.put("type", d.type().name());
        m.put("purpose", d.purpose().id());
        m.put("value", d.value());
        if (d.priority() != null) {
            m.put("priority", d.priority());
        }
        m.put("ttl", d.ttl());
        if (d.lookups() != null) {
            m.put("lookups", d.lookups());
        }
        if (d.verify()) {
            m.put("verify", true);
        }
        m.put("why", d.why());
        return m;
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", f.code());
        m.put("severity", f.severity().id());
        m.put("nodes", f.nodes());
        m.put("domain", f.domain());
        m.put("message", f.message());
        return m;
    }

}
