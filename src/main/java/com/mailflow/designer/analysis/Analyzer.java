package com.mailflow.designer.analysis;

import com.mailflow.designer.analysis.rules.RuleBook;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.ScenarioIndex;
import com.mailflow.designer.routing.Router;
import com.mailflow.designer.routing.Routing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives the report of docs/rules.md from a scenario. Pure: the same scenario gives the same
 * report, and the layout is never read. Stateless, so one instance may serve every thread.
 */
public final class Analyzer {
    private final List<Rule> rules;
    private final ParsedAddresses parsed = new ParsedAddresses();

    public Analyzer() {
        this(RuleBook.standard());
    }

    Analyzer(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public Report analyze(Scenario scenario) {
        ScenarioIndex index = ScenarioIndex.of(scenario);
        Routing routing = Router.route(index);
        AnalysisContext ctx = new AnalysisContext(index, routing, parsed);
        List<SafelistEntry> safelist = ctx.safelist();
        List<Connector> connectors = ctx.connectors();
        List<DnsRecord> dns = DnsPlanner.plan(ctx);
        Report report = new Report(scenario.name(), ctx.profile(), routing.flows(), safelist, connectors, dns,
                findings(ctx), ctx.submissions(), ctx.resilience());
        parsed.nextGeneration();
        return report;
    }

    private List<Finding> findings(AnalysisContext ctx) {
        Findings out = new Findings();
        Map<String, Integer> ruleOrder = new HashMap<>();
        for (Rule rule : rules) {
            ruleOrder.putIfAbsent(rule.code(), ruleOrder.size());
            if (rule.appliesTo(ctx.profile())) {
                out.startRule(rule);
                rule.check(ctx, out);
            }
        }
        // Table order, then node order, then domain order; stable for the rest. Each finding's keys are
        // looked up once and packed with its position into one long, so a primitive sort does it all:
        // rule < 2^6, node + 1 < 2^21, domain + 1 < 2^15, position < 2^21 (the format's caps are lower).
        List<Finding> all = out.all();
        long[] keys = new long[all.size()];
        for (int i = 0; i < keys.length; i++) {
            Finding f = all.get(i);
            long rule = ruleOrder.get(f.code());
            long node = f.nodes().isEmpty() ? 0 : ctx.index().orderOf(f.nodes().get(0)) + 1;
            long domain = f.domain() == null ? 0 : ctx.index().orderOfDomain(f.domain()) + 1;
            keys[i] = rule << 57 | node << 36 | domain << 21 | i;
        }
        Arrays.sort(keys);
        List<Finding> sorted = new ArrayList<>(keys.length);
        for (long key : keys) {
            sorted.add(all.get((int) (key & ((1 << 21) - 1))));
        }
        return sorted;
    }
}
