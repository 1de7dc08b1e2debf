package com.mailflow.designer.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes scenarios with sorted keys and two-space indentation, so two saves are byte-identical. */
public final class ScenarioWriter {
    private ScenarioWriter() {
    }

    public static void save(Scenario scenario, Path file) throws IOException {
        AtomicFiles.write(file, toJson(scenario).getBytes(StandardCharsets.UTF_8));
    }

    public static String toJson(Scenario scenario) {
        try {
            return Json.PRETTY.writeValueAsString(tree(scenario)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a scenario value JSON can't carry", e);
        }
    }

    private static Map<String, Object> tree(Scenario s) {
        Map<String, Object> root = new TreeMap<>(s.extras());
        root.put("format", ScenarioDecoder.FORMAT);
        root.put("version", s.isStaged() ? ScenarioDecoder.VERSION_STAGED : ScenarioDecoder.VERSION);
        root.put("name", s.name());
        putIfPresent(root, "description", s.description());
        putIfPresent(root, "profile", s.profile() == null ? null : s.profile().id());
        putIfPresent(root, "tenant", s.tenant());
        putIfPresent(root, "spfAll", s.spfAll() == null ? null : s.spfAll().term());
        root.put("domains", s.domains().stream().map(ScenarioWriter::domain).toList());
        root.put("nodes", s.nodes().stream().map(ScenarioWriter::node).toList());
        root.put("links", s.links().stream().map(ScenarioWriter::link).toList());
        if (s.isStaged()) {
            root.put("stages", s.stages().stream().map(ScenarioWriter::stage).toList());
        }
        if (!s.layout().isEmpty()) {
            Map<String, Object> layout = new TreeMap<>();
            s.layout().forEach((id, p) -> layout.put(id, position(p)));
            root.put("layout", layout);
        }
        return root;
    }

    private static Map<String, Object> domain(Domain d) {
        Map<String, Object> m = new TreeMap<>(d.extras());
        m.put("name", d.name());
        putIfPresent(m, "purpose", d.purpose() == null ? null : d.purpose().id());
        if (!d.mailboxes().isEmpty()) {
            m.put("mailboxes", d.mailboxes());
        }
        putIfPresent(m, "mx", d.mx());
        putIfPresent(m, "stages", d.stages());
        return m;
    }

    private static Map<String, Object> node(Node n) {
        Map<String, Object> m = new TreeMap<>(n.extras());
        m.put("id", n.id());
        m.put("kind", n.kind().id());
        m.put("name", n.name());
        n.attributes().forEach((attribute, value) -> m.put(attribute.key(), value));
        putIfPresent(m, "stages", n.stages());
        return m;
    }

    private static Map<String, Object> link(Link l) {
        Map<String, Object> m = new TreeMap<>(l.extras());
        m.put("from", l.from());
        m.put("to", l.to());
        putIfPresent(m, "domains", l.domains() == null ? null : new ArrayList<>(l.domains()));
        putIfPresent(m, "label", l.label());
        putIfPresent(m, "stages", l.stages());
        return m;
    }

    private static Map<String, Object> stage(Stage st) {
        Map<String, Object> m = new TreeMap<>(st.extras());
        m.put("id", st.id());
        m.put("name", st.name());
        putIfPresent(m, "notes", st.notes());
        putIfPresent(m, "spfAll", st.spfAll() == null ? null : st.spfAll().term());
        return m;
    }

    private static Map<String, Object> position(Position p) {
        Map<String, Object> m = new TreeMap<>();
        m.put("x", number(p.x()));
        m.put("y", number(p.y()));
        return m;
    }

    /**
     * Whole coordinates are written as integers: {@code 120}, not {@code 120.0}. A position beyond
     * the format's bound is written at the bound, so what is saved always opens again.
     */
    private static Object number(double raw) {
        double limit = ScenarioDecoder.POSITION_LIMIT;
        double v = Double.isNaN(raw) ? 0 : Math.max(-limit, Math.min(limit, raw));
        return v == Math.rint(v) ? (Object) (long) v : (Object) v;
    }

    private static void putIfPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

}
