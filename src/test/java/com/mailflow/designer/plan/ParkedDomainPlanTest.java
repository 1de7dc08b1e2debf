package com.mailflow.designer.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.analysis.RecordPurpose;
import com.mailflow.designer.persistence.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A domain that neither receives nor sends mail, added to the cutover template: its records are
 * final from the start (SPF -all, DMARC reject, null MX), and each step says why in the analysis's
 * words instead of the wording for a domain that sends.
 */
class ParkedDomainPlanTest {
    private static final String PARKED = "contoso-old.com";

    private static List<Step> parkedSteps() throws Exception {
        String json = Files.readString(Path.of("assets/templates/migration-cutover.mailflow.json"));
        String staged = json.replaceFirst("\"domains\"\\s*:\\s*\\[",
                "\"domains\": [{\"name\": \"" + PARKED + "\", \"mailboxes\": []},");
        Plan plan = new Planner().plan(ScenarioReader.read(staged));
        return plan.transitions().stream().flatMap(t -> t.steps().stream())
                .filter(s -> s.dns().stream().anyMatch(d -> d.name().endsWith(PARKED))).toList();
    }

    @Test
    void parkedDomainGetsItsFinalPoliciesAtOnceAndNeverATightenStep() throws Exception {
        List<Step> steps = parkedSteps();
        assertTrue(steps.stream().noneMatch(s -> s.phase() == Phase.TIGHTEN), steps.toString());
        Step dmarc = steps.stream().filter(s -> s.dns().get(0).purpose() == RecordPurpose.DMARC).findFirst().orElseThrow();
        assertTrue(dmarc.dns().get(0).to().contains("p=reject"), dmarc.toString());
        assertEquals(1, steps.stream().filter(s -> s.dns().get(0).purpose() == RecordPurpose.SPF).count());
    }

    @Test
    void everyStepForTheParkedDomainSaysItHandlesNoMail() throws Exception {
        for (Step s : parkedSteps()) {
            assertTrue(s.why().contains("no mail"), s.title() + ": " + s.why());
            assertTrue(!s.why().contains("starts to arrive") && !s.why().contains("before any of them sends"), s.why());
        }
    }
}
