package com.mailflow.designer.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.routing.FlowKind;
import com.mailflow.designer.routing.LinkEnds;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a failed box or link costs, per domain, on the seeds' scenarios. */
class WhatIfTest {
    @Test
    void theApplicationGatewayDownStopsAllApplicationMailAndNothingElse() {
        Scenario s = Seeds.template("dedicated-app-gateway");
        Report report = new Analyzer().analyze(s);
        WhatIf w = WhatIf.of(s, report, Set.of("appgw"), Set.of());
        assertEquals(List.of(new WhatIf.Loss("notify.contoso.com", FlowKind.OUTBOUND, 2, 2)), w.losses());
        assertTrue(w.losses().get(0).all());
        assertEquals("notify.contoso.com loses all its outbound mail", w.losses().get(0).describe());
    }

    @Test
    void aFailedLinkBreaksOnlyTheFlowsOverIt() {
        Scenario s = Seeds.template("hybrid-mx-onprem");
        Report report = new Analyzer().analyze(s);
        WhatIf w = WhatIf.of(s, report, Set.of(), Set.of(new LinkEnds("internet", "edge")));
        assertTrue(w.losses().stream().allMatch(l -> l.kind() == FlowKind.INBOUND && l.all()), w.losses().toString());
        assertTrue(w.broken().stream().allMatch(f -> f.kind() == FlowKind.INBOUND));
    }

    @Test
    void nothingFailedNothingLost() {
        Scenario s = Seeds.template("hybrid-mx-onprem");
        WhatIf w = WhatIf.of(s, new Analyzer().analyze(s), Set.of(), Set.of());
        assertEquals(List.of(), w.broken());
        assertEquals(List.of(), w.losses());
    }

    @Test
    void theCloudDownStopsTheHybridDomainsCrossPremisesMailToo() {
        Scenario s = Seeds.template("hybrid-mx-onprem");
        Report report = new Analyzer().analyze(s);
        WhatIf w = WhatIf.of(s, report, Set.of("exo"), Set.of());
        assertTrue(w.broken().stream().anyMatch(f -> f.kind() == FlowKind.CROSS_PREMISES), w.broken().toString());
    }
}
