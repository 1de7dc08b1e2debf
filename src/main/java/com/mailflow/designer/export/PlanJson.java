package com.mailflow.designer.export;

import com.mailflow.designer.persistence.JsonTreeWriter;
import com.mailflow.designer.plan.DnsChange;
import com.mailflow.designer.plan.Plan;
import com.mailflow.designer.plan.Step;
import com.mailflow.designer.plan.Transition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The plan as JSON (plan.md section 2), keys in the contract's order. */
public final class PlanJson {
    private PlanJson() {
    }

    public static String write(Plan plan, List<Transition> transitions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", plan.scenario());
        m.put("stages", plan.stages());
        m.put("transitions", transitions.stream().map(PlanJson::transition).toList());
        return JsonTreeWriter.write(m);
    }

    private static Map<String, Object> transition(Transition t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", t.from());
        m.put("to", t.to());
        m.put("steps", t.steps().stream().map(PlanJson::step).toList());
        return m;
    }

    private static Map<String, Object> step(Step s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", s.n());
        m.put("phase", s.phase().id());
        m.put("kind", s.kind().id());
        m.put("title", s.title());
        m.put("why", s.why());
        m.put("dns", s.dns().stream().map(PlanJson::dns).toList());
        m.put("powershell", s.powershell().isEmpty() ? null : PlanCommands.block(s));
        m.put("check", s.check());
        m.put("rollback", s.rollback());
        m.put("waitMinutes", s.waitMinutes());
        return m;
    }

    private static Map<String, Object> dns(DnsChange c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", c.action().id());
        m.put("name", c.name());
        m.put("type", c.type().name());
        m.put("from", c.from());
        m.put("to", c.to());
        m.put("ttl", c.ttl());
        return m;
    }
}
