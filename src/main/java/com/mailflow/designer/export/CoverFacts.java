package com.mailflow.designer.export;

import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.HandoutDetails;
import com.mailflow.designer.model.Scenario;
import java.util.LinkedHashMap;
import java.util.Map;

/** The labelled lines of a handout's cover, in order: the one list PDF, HTML and Markdown print. */
public final class CoverFacts {
    private CoverFacts() {
    }

    public static Map<String, String> of(Scenario scenario, Report report, ExportOptions options) {
        HandoutDetails d = HandoutDetails.of(scenario);
        Map<String, String> facts = new LinkedHashMap<>();
        if (d.customer() != null) {
            facts.put("Customer", d.customer());
        }
        facts.put("Profile", report.profile().displayName());
        scenario.tenantName().ifPresent(t -> facts.put("Tenant", t));
        if (d.author() != null) {
            facts.put("Prepared by", d.author());
        }
        facts.put("Date", d.date() != null ? d.date() : options.date().toString());
        return facts;
    }
}
