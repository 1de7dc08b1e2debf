package com.mailflow.designer.analysis;

import com.mailflow.designer.analysis.rules.RuleBook;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.ScenarioIndex;
import com.mailflow.designer.routing.Router;
import com.mailflow.designer.routing.Routing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
                findings(ctx), ctx.submissions());
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
        // Table order, then node order, then domain order; the sort is stable for the rest. The keys
        // are looked up once per finding, not once per comparison.
        List<Finding> all = out.all();
        Integer[] order = new Integer[all.size()];
        long[][] keys = new long[all.size()][];
        for (int i = 0; i < order.length; i++) {
            Finding f = all.get(i);
            order[i] = i;
            keys[i] = new long[] {ruleOrder.get(f.code()),
                f.nodes().isEmpty() ? -1 : ctx.index().orderOf(f.nodes().get(0)),
                f.domain() == null ? -1 : ctx.index().orderOfDomain(f.domain())};
        }
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> keys[i][0]).thenComparingLong(i -> keys[i][1])
                .thenComparingLong(i -> keys[i][2]));
        List<Finding> sorted = new ArrayList<>(order.length);
        for (Integer i : order) {
            sorted.add(all.get(i));
        }
        return sorted;
    }
}
