package com.mailflow.designer.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.analysis.DnsRecord;
import com.mailflow.designer.analysis.RecordPurpose;
import com.mailflow.designer.analysis.RecordType;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.TemplateCatalog;
import com.mailflow.designer.plan.PowerShellCommand.Verb;
import com.mailflow.designer.testing.RandomScenarios;
import com.mailflow.designer.testing.TwoStages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invariants of plan.md section 2, each a named property checked over generated transitions:
 * every ordered pair of templates as two stages, and seeded random two-stage scenarios.
 */
class PlanInvariantsTest {
    private static final int RANDOM_PAIRS = 150;

    record Case(String name, Scenario scenario, Plan plan) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> transitions() throws Exception {
        List<Case> cases = new ArrayList<>();
        List<Scenario> templates = new ArrayList<>();
        Planner planner = new Planner();
        for (String id : TemplateCatalog.ids()) {
            Scenario template = TemplateCatalog.load(id).orElseThrow();
            templates.add(template.inStage(template.lastStageId()));
            if (template.isStaged()) {
                cases.add(new Case(id, template, planner.plan(template)));
            }
        }
        for (int i = 0; i < templates.size(); i++) {
            for (int j = 0; j < templates.size(); j++) {
                Scenario s = TwoStages.of(templates.get(i), templates.get(j));
                cases.add(new Case(TemplateCatalog.ids().get(i) + " -> " + TemplateCatalog.ids().get(j), s,
                        planner.plan(s)));
            }
        }
        Random random = new Random(20261130L);
        for (int k = 0; k < RANDOM_PAIRS; k++) {
            Scenario s = TwoStages.of(RandomScenarios.of(random), RandomScenarios.of(random));
            cases.add(new Case("random #" + k, s, planner.plan(s)));
        }
        return cases.stream();
    }

    /** The properties mean something only if the generated transitions hold every kind of change. */
    @org.junit.jupiter.api.Test
    void theGeneratedTransitionsHoldEveryKindOfChange() throws Exception {
        List<Step> steps = transitions().flatMap(c -> c.plan().transitions().stream().skip(1))
                .flatMap(t -> t.steps().stream()).toList();
        for (Verb verb : List.of(Verb.CREATE, Verb.ENABLE, Verb.DISABLE, Verb.RESTRICT, Verb.REMOVE, Verb.RECONFIGURE,
                Verb.ALLOW_LIST_ADD, Verb.ALLOW_LIST_REMOVE)) {
            assertTrue(steps.stream().anyMatch(s -> s.powershell().stream().anyMatch(p -> p.verb() == verb)), verb::name);
        }
        List<DnsChange> dns = steps.stream().flatMap(s -> s.dns().stream()).toList();
        assertTrue(dns.stream().anyMatch(d -> d.type() == RecordType.MX && d.action() == DnsChange.Action.CHANGE
                && !d.ttlOnly()), "an MX change");
        assertTrue(dns.stream().anyMatch(DnsChange::ttlOnly), "a TTL lowering");
        assertTrue(dns.stream().anyMatch(d -> d.purpose() == RecordPurpose.SPF && d.action() == DnsChange.Action.CHANGE
                && !terms(d.to()).containsAll(terms(d.from()))), "SPF terms removed");
        assertTrue(steps.stream().anyMatch(s -> s.title().startsWith("Decommission")), "a decommission");
    }

    @ParameterizedTest
    @MethodSource("transitions")
    void neverRestrictsOrRemovesBeforeTheWait(Case c) {
        for (Transition t : c.plan().transitions()) {
            Optional<Step> first = t.steps().stream().filter(PlanInvariantsTest::removesOrRestricts).findFirst();
            if (first.isEmpty()) {
                continue;
            }
            Optional<Step> wait = t.steps().stream().filter(s -> s.kind() == StepKind.WAIT).findFirst();
            assertTrue(wait.isPresent() && wait.get().n() < first.get().n(), () -> t + ": " + first.get().title()
                    + " comes before any wait");
            int oldMxTtl = t.steps().stream().flatMap(s -> s.dns().stream()).filter(d -> d.type() == RecordType.MX
                    && d.action() != DnsChange.Action.ADD && !d.ttlOnly()).mapToInt(d -> DnsRecord.TTL).max().orElse(0);
            for (Step cutover : t.inPhase(Phase.CUTOVER)) {
                assertTrue(cutover.n() < wait.get().n(), "the wait follows the cutover");
            }
            assertTrue(wait.get().waitMinutes() * 60 >= oldMxTtl, "the wait lasts at least the old MX TTL");
        }
    }

    @ParameterizedTest
    @MethodSource("transitions")
    void neverMovesTheMxBeforeTheConnectorsItNeedsAreVerified(Case c) {
        for (Transition t : c.plan().transitions()) {
            for (Step mx : t.steps()) {
                if (mx.dns().stream().noneMatch(d -> d.type() == RecordType.MX && !d.ttlOnly())) {
                    continue;
                }
                for (Step create : commands(t, Verb.CREATE)) {
                    String name = create.powershell().get(0).connector().name();
                    assertTrue(create.n() < mx.n(), name + " exists before the MX moves");
                    assertTrue(t.steps().stream().anyMatch(s -> s.kind() == StepKind.CHECK && s.n() < mx.n()
                            && s.title().contains(name)), name + " is validated before the MX moves");
                }
                for (Step enable : commands(t, Verb.ENABLE)) {
                    assertTrue(enable.n() < mx.n(), "outbound connectors are on before the MX moves");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("transitions")
    void neverSendsFromANewEgressBeforeSpfAuthorizesIt(Case c) {
        List<Transition> ts = c.plan().transitions();
        for (int i = 0; i < ts.size(); i++) {
            Transition t = ts.get(i);
            Set<String> before = i == 0 ? Set.of() : spfTerms(ts.subList(0, i));
            int firstSwitch = t.steps().stream().filter(s -> s.phase() == Phase.CUTOVER).mapToInt(Step::n).min()
                    .orElse(Integer.MAX_VALUE);
            for (Step s : t.steps()) {
                for (DnsChange d : s.dns()) {
                    if (d.purpose() != RecordPurpose.SPF || d.to() == null) {
                        continue;
                    }
                    for (String term : terms(d.to())) {
                        boolean isNew = !before.contains(d.name() + " " + term)
                                && t.steps().stream().filter(p -> p.n() < s.n()).flatMap(p -> p.dns().stream())
                                .noneMatch(p -> p.name().equals(d.name()) && p.to() != null && terms(p.to()).contains(term));
                        assertTrue(!isNew || s.n() < firstSwitch, () -> term + " is authorized only at step " + s.n()
                                + ", after the switch began");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("transitions")
    void theTtlLoweringStepCarriesTheOldTtlAndIsRestoredInTighten(Case c) {
        for (Transition t : c.plan().transitions()) {
            for (Step s : t.steps()) {
                for (DnsChange d : s.dns()) {
                    if (d.ttlOnly() && s.phase() == Phase.PREPARE) {
                        assertEquals(DnsRecord.TTL / 60, s.waitMinutes(), "the old TTL in minutes");
                        assertTrue(d.ttl() < DnsRecord.TTL);
                        assertTrue(t.inPhase(Phase.TIGHTEN).stream().flatMap(x -> x.dns().stream()).anyMatch(r ->
                                r.ttlOnly() && r.name().equals(d.name()) && r.type() == d.type() && r.ttl() == DnsRecord.TTL),
                                "restored in tighten");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("transitions")
    void onlyTheLastTransitionsTightenMakesDmarcAndSpfStricter(Case c) {
        List<Transition> ts = c.plan().transitions();
        for (int i = 0; i < ts.size(); i++) {
            for (Step s : ts.get(i).steps()) {
                for (DnsChange d : s.dns()) {
                    boolean stricterDmarc = d.purpose() == RecordPurpose.DMARC && d.from() != null && d.to() != null
                            && rank(d.to()) > rank(d.from());
                    boolean hardFail = d.purpose() == RecordPurpose.SPF && d.from() != null && d.to() != null
                            && d.from().endsWith("~all") && d.to().endsWith("-all");
                    if (stricterDmarc || hardFail) {
                        assertEquals(ts.size() - 1, i, s.title());
                        assertEquals(Phase.TIGHTEN, s.phase(), s.title());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("transitions")
    void stepsRunInPhaseOrderNumberedFromOneEachWithItsRollbackOrWait(Case c) {
        for (Transition t : c.plan().transitions()) {
            for (int k = 0; k < t.steps().size(); k++) {
                Step s = t.steps().get(k);
                assertEquals(k + 1, s.n());
                if (k > 0) {
                    assertTrue(t.steps().get(k - 1).phase().compareTo(s.phase()) <= 0, "phases in order");
                }
                if (s.kind() == StepKind.DNS || s.kind() == StepKind.POWERSHELL) {
                    assertNotNull(s.rollback(), s.title());
                }
                if (s.kind() == StepKind.WAIT) {
                    assertNotNull(s.waitMinutes(), s.title());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("transitions")
    void stagesThatDifferInNothingNeedNoStep(Case c) {
        Scenario first = c.scenario().inStage(c.scenario().stageIds().get(0));
        Plan same = new Planner().plan(TwoStages.of(first, first));
        assertTrue(same.transitions().get(1).changesNothing(), () -> same.transitions().get(1).steps().toString());
    }

    private static boolean removesOrRestricts(Step s) {
        boolean dns = s.dns().stream().anyMatch(d -> d.action() == DnsChange.Action.REMOVE
                || d.purpose() == RecordPurpose.SPF && d.from() != null && d.to() != null
                && !terms(d.to()).containsAll(terms(d.from())));
        boolean command = s.powershell().stream().anyMatch(p -> p.verb() == Verb.REMOVE || p.verb() == Verb.RESTRICT
                || p.verb() == Verb.ALLOW_LIST_REMOVE);
        boolean manual = s.kind() == StepKind.MANUAL && (s.title().startsWith("Decommission")
                || s.title().startsWith("Remove") || s.title().startsWith("Restrict") || s.title().startsWith("Close"));
        return dns || command || manual;
    }

    private static int rank(String dmarc) {
        return dmarc.contains("p=reject") ? 2 : dmarc.contains("p=quarantine") ? 1 : 0;
    }

    private static List<Step> commands(Transition t, Verb verb) {
        return t.steps().stream().filter(s -> s.powershell().stream().anyMatch(p -> p.verb() == verb)).toList();
    }

    private static List<String> terms(String spf) {
        return Arrays.stream(spf.split("\\s+")).filter(x -> !x.equals("v=spf1") && !x.endsWith("all")).toList();
    }

    /** The SPF terms published by the end of these transitions, as "name term". */
    private static Set<String> spfTerms(List<Transition> done) {
        java.util.Map<String, String> last = new java.util.HashMap<>();
        done.stream().flatMap(t -> t.steps().stream()).flatMap(s -> s.dns().stream())
                .filter(d -> d.purpose() == RecordPurpose.SPF).forEach(d -> last.put(d.name(), d.to()));
        return last.entrySet().stream().filter(e -> e.getValue() != null)
                .flatMap(e -> terms(e.getValue()).stream().map(term -> e.getKey() + " " + term))
                .collect(Collectors.toSet());
    }
}
