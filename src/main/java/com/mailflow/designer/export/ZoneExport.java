package com.mailflow.designer.export;

import com.mailflow.designer.analysis.DnsRecord;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.export.text.LineText;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.plan.DnsChange;
import com.mailflow.designer.plan.Phase;
import com.mailflow.designer.plan.Step;
import com.mailflow.designer.plan.Transition;
import com.mailflow.designer.net.DomainName;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resource records in BIND master-file format, per domain: to paste into each domain's zone
 * next to its own SOA and NS records (this file has none: they belong to whoever hosts the zone).
 * Owner names and targets are fully qualified; each record is preceded by a comment saying why.
 * A record with a placeholder (no tenant given) or an unusable name is written commented out.
 */
final class ZoneExport implements Exporter {
    @Override
    public byte[] export(Scenario scenario, Report report, ExportOptions options) {
        return render(scenario, report, options).getBytes(StandardCharsets.UTF_8);
    }

    static String render(Scenario scenario, Report report, ExportOptions options) {
        StringBuilder out = new StringBuilder();
        out.append("; DNS records for ").append(LineText.oneLine(scenario.name())).append('\n');
        out.append("; ").append(com.mailflow.designer.AppVersion.productAndVersion()).append(", ").append(options.date()).append(", profile ")
                .append(report.profile().id()).append('\n');
        out.append("; Paste each domain's lines into that domain's zone; its SOA and NS records stay as they are.\n");
        byDomain(report.dns()).forEach((domain, records) -> {
            out.append('\n').append("; ---- ").append(LineText.oneLine(domain)).append(" ----\n");
            out.append(domainLines(records));
        });
        if (report.dns().isEmpty()) {
            out.append("\n; No DNS record to publish.\n");
        }
        if (options.staged() != null && options.staged().scenario().isStaged()) {
            changes(out, options.staged());
        }
        return out.toString();
    }

    /** A staged file's zone also says which records change in which phase of the transition into its stage. */
    private static void changes(StringBuilder out, StagedExport staged) {
        Transition t = staged.transition();
        out.append("\n; ==== ").append(LineText.oneLine(PlanWording.heading(staged.scenario(), t)))
                .append(": the record changes, by phase ====\n");
        out.append("; The records above are the stage's end state; reach it in these steps, in this order.\n");
        boolean any = false;
        for (Phase phase : Phase.values()) {
            List<Step> steps = t.inPhase(phase).stream().filter(s -> !s.dns().isEmpty()).toList();
            if (steps.isEmpty()) {
                continue;
            }
            any = true;
            out.append(";\n; -- ").append(phase.title()).append(" --\n");
            for (Step s : steps) {
                for (DnsChange c : s.dns()) {
                    out.append("; step ").append(s.n()).append(": ").append(LineText.oneLine(PlanWording.dns(c)))
                            .append('\n');
                }
                if (s.waitMinutes() != null) {
                    out.append(";   ").append(PlanWording.waitText(s)).append('\n');
                }
            }
        }
        if (!any) {
            out.append("; No record changes.\n");
        }
    }

    /** The report's records grouped by the zone (domain, as A-labels) they belong to. */
    static Map<String, List<DnsRecord>> byDomain(List<DnsRecord> records) {
        Map<String, List<DnsRecord>> groups = new LinkedHashMap<>();
        for (DnsRecord r : records) {
            groups.computeIfAbsent(DomainName.asciiOrSelf(r.domain()), k -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    /** One domain's records, each with its comments; what the named-checkzone test checks. */
    static String domainLines(List<DnsRecord> records) {
        StringBuilder out = new StringBuilder();
        for (DnsRecord r : records) {
            if (r.why() != null) {
                out.append("; ").append(LineText.oneLine(r.why())).append('\n');
            }
            if (r.verify()) {
                out.append("; ").append(DnsNotes.VERIFY).append('\n');
            }
            String data = data(r);
            boolean usable = ZoneText.isPlainName(r.name()) && data != null;
            if (!usable) {
                out.append("; Fill in the placeholder before publishing; the record below is commented out:\n; ");
            }
            out.append(ZoneText.absolute(r.name())).append('\t').append(r.ttl()).append("\tIN\t").append(r.type().name())
                    .append('\t').append(data != null ? data : LineText.oneLine(r.value())).append('\n');
        }
        return out.toString();
    }

    /** The record's data in zone syntax, or null when the value is not a usable host name. */
    private static String data(DnsRecord r) {
        return switch (r.type()) {
            case TXT -> ZoneText.txtStrings(r.value());
            case MX -> ZoneText.isPlainName(r.value())
                    ? (r.priority() == null ? 0 : r.priority()) + " " + ZoneText.absolute(r.value()) : null;
            case CNAME -> ZoneText.isPlainName(r.value()) ? ZoneText.absolute(r.value()) : null;
        };
    }
}
