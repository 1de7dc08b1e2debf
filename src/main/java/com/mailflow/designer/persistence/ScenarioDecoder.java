package com.mailflow.designer.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Profile;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.SpfAll;
import com.mailflow.designer.model.Stage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The whole document: version gate, items, then the references between them. */
final class ScenarioDecoder {
    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    static final String FORMAT = "mailflow-scenario";
    /** A file without stages is, and is written as, version 1; one with stages is version 2 (plan.md). */
    static final int VERSION = 1;
    static final int VERSION_STAGED = 2;
    private static final Set<String> KNOWN = Set.of("format", "version", "name", "description", "profile", "tenant",
            "spfAll", "domains", "nodes", "links", "layout", "stages");

    /**
     * Canvas positions lie within this many units of the origin: room for the automatic layout of
     * the largest allowed scenario (one column of {@link #MAX_NODES} boxes), and small enough that
     * every export and the canvas can scale it (a float still tells units apart there).
     */
    public static final double POSITION_LIMIT = 10_000_000;
    /**
     * At most this many nodes (and four links per node, one domain per node). Chosen from measured
     * memory (docs/robustness.md): the largest allowed scenario analyses within the default heap of
     * a machine with 4 GB (1 GB); larger ones are refused with this message, not an out-of-memory error.
     */
    static final int MAX_NODES = 25_000;
    private static final Map<String, Integer> MAX_ITEMS = Map.of("nodes", MAX_NODES, "links", 4 * MAX_NODES,
            "domains", MAX_NODES);

    private final Decoding in = new Decoding();

    Scenario decode(JsonNode root) throws ScenarioFormatException {
        if (root == null || !root.isObject()) {
            throw new ScenarioFormatException("", "the file must hold a JSON object at the top");
        }
        checkFormatAndVersion(root);
        new TreeCheck(in).check(root, "");
        checkSize(root);
        if (!in.problems().isEmpty()) {
            throw new ScenarioFormatException(in.problems());
        }
        String name = in.string(root, "", "name", true).orElse("");
        String description = in.string(root, "", "description", false).orElse(null);
        String tenant = in.string(root, "", "tenant", false).orElse(null);
        Profile profile = in.string(root, "", "profile", false).map(this::profile).orElse(null);
        SpfAll spfAll = in.string(root, "", "spfAll", false).map(this::spfAll).orElse(null);
        if (tenant != null && !TENANT.matcher(tenant).matches()) {
            in.problem("tenant", "'" + tenant + "' is not a tenant prefix (letters, digits and '-', like contoso)");
        }
        List<Stage> stages = new StageDecoder(in).decode(root);
        List<Placed<Node>> nodes = placed(root, "nodes", new NodeDecoder(in)::decode);
        List<Placed<Domain>> domains = placed(root, "domains", new DomainDecoder(in)::decode);
        List<Placed<Link>> links = placed(root, "links", new LinkDecoder(in)::decode);
        ReferenceChecks references = new ReferenceChecks(in, nodes, domains, links);
        references.check(stages);
        Map<String, Position> layout = layout(root, references);
        if (!in.problems().isEmpty()) {
            throw new ScenarioFormatException(in.problems());
        }
        return new Scenario(name, description, profile, tenant, spfAll, items(domains), items(nodes), items(links),
                layout, Decoding.extras(root, KNOWN), stages);
    }

    private static <T> List<T> items(List<Placed<T>> placed) {
        return placed.stream().map(Placed::item).toList();
    }

    private void checkFormatAndVersion(JsonNode root) throws ScenarioFormatException {
        Optional<String> format = in.string(root, "", "format", true);
        if (format.isPresent() && !FORMAT.equals(format.get())) {
            in.problem("format", "must be \"" + FORMAT + "\", not \"" + format.get() + "\"");
        }
        JsonNode v = root.get("version");
        if (v != null && v.isIntegralNumber() && v.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(VERSION_STAGED)) > 0) {
            throw new ScenarioFormatException("version", "the file was made by a newer version than this program reads"
                    + " (format version " + v.asText() + "; this program reads versions " + VERSION + " and " + VERSION_STAGED
                    + "): update Mailflow Designer to open it");
        }
        Optional<Integer> version = in.integer(root, "", "version", true);
        if (version.isPresent() && version.get() < VERSION) {
            in.problem("version", "must be " + VERSION + " (or " + VERSION_STAGED + " with stages)");
        }
    }

    /** Refused before decoding: a file this size would exhaust memory in the analysis, not in the reader. */
    private void checkSize(JsonNode root) {
        for (String key : List.of("nodes", "links", "domains")) {
            JsonNode array = root.get(key);
            int max = MAX_ITEMS.get(key);
            if (array != null && array.isArray() && array.size() > max) {
                in.problem(key, "holds " + array.size() + " items; this program handles at most " + max
                        + " " + key + " in one scenario");
            }
        }
    }

    private Profile profile(String id) {
        return Profile.fromId(id).orElseGet(() -> {
            in.problem("profile", "'" + id + "' is not a profile (exchange-online, fope or google-workspace)");
            return null;
        });
    }

    private SpfAll spfAll(String term) {
        return SpfAll.fromTerm(term).orElseGet(() -> {
            in.problem("spfAll", "'" + term + "' must be -all or ~all");
            return null;
        });
    }

    private interface ItemDecoder<T> {
        Optional<T> decode(JsonNode obj, String path);
    }

    /** The decodable items of one array, each with its path (no-stage files keep the first of a duplicate id, too). */
    private <T> List<Placed<T>> placed(JsonNode root, String key, ItemDecoder<T> decoder) {
        JsonNode array = in.array(root, "", key, true);
        List<Placed<T>> items = new ArrayList<>();
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                String path = Decoding.at(key, i);
                decoder.decode(array.get(i), path).ifPresent(item -> items.add(new Placed<>(item, path)));
            }
        }
        // No internet node is an unfinished drawing (scenario-format.md r2): it loads, the analysis says so.
        return items;
    }

    private Map<String, Position> layout(JsonNode root, ReferenceChecks references) {
        Map<String, Position> layout = new LinkedHashMap<>();
        JsonNode obj = root.get("layout");
        if (obj == null || obj.isNull()) {
            return layout;
        }
        if (!in.isObject(obj, "layout")) {
            return layout;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = obj.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            String path = Decoding.at("layout", entry.getKey());
            if (!in.isObject(entry.getValue(), path)) {
                continue;
            }
            Optional<Double> x = in.number(entry.getValue(), path, "x", POSITION_LIMIT);
            Optional<Double> y = in.number(entry.getValue(), path, "y", POSITION_LIMIT);
            // A position for a node that no longer exists is harmless: it is dropped, not refused.
            if (x.isPresent() && y.isPresent() && references.exists(entry.getKey())) {
                layout.put(entry.getKey(), new Position(x.get(), y.get()));
            }
        }
        return layout;
    }
}
