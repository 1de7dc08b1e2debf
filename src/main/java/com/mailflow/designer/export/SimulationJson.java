package com.mailflow.designer.export;

import com.mailflow.designer.persistence.JsonTreeWriter;
import com.mailflow.designer.simulation.Hop;
import com.mailflow.designer.simulation.Simulation;
import com.mailflow.designer.simulation.Step;
import java.util.LinkedHashMap;
import java.util.Map;

/** A simulation as JSON (docs/training.md lists the keys). */
public final class SimulationJson {
    private SimulationJson() {
    }

    public static String write(Simulation s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", s.scenario());
        m.put("from", s.from());
        m.put("to", s.to());
        if (s.senderDomain() != null) {
            m.put("senderDomain", s.senderDomain());
        }
        if (s.flow() != null) {
            Map<String, Object> flow = new LinkedHashMap<>();
            flow.put("kind", s.flow().kind().id());
            flow.put("domain", s.flow().domain());
            flow.put("path", s.flow().path());
            m.put("flow", flow);
        }
        m.put("delivered", s.delivered());
        s.failure().filter(f -> f.ndr() != null).ifPresent(f -> m.put("ndr", f.ndr().toString()));
        m.put("hops", s.hops().stream().map(SimulationJson::hop).toList());
        return JsonTreeWriter.write(m);
    }

    private static Map<String, Object> hop(Hop hop) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", hop.from());
        m.put("to", hop.to());
        m.put("steps", hop.steps().stream().map(SimulationJson::step).toList());
        return m;
    }

    private static Map<String, Object> step(Step step) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", step.kind().id());
        m.put("verdict", step.verdict().id());
        m.put("text", step.text());
        m.put("source", step.source().id());
        m.put("sourceTitle", step.source().title());
        m.put("sourceWhere", step.source().where());
        if (step.ndr() != null) {
            Map<String, Object> ndr = new LinkedHashMap<>();
            ndr.put("code", step.ndr().code());
            ndr.put("text", step.ndr().text());
            m.put("ndr", ndr);
        }
        return m;
    }

}
