package com.mailflow.designer.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.mailflow.designer.model.SpfAll;
import com.mailflow.designer.model.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The top-level {@code stages} of a version 2 file (plan.md section 1): ids checked and unique. */
final class StageDecoder {
    private static final Set<String> KNOWN = Set.of("id", "name", "notes", "spfAll");

    private final Decoding in;

    StageDecoder(Decoding in) {
        this.in = in;
    }

    List<Stage> decode(JsonNode root) {
        List<Stage> stages = new ArrayList<>();
        JsonNode array = in.array(root, "", "stages", false);
        if (array == null) {
            return stages;
        }
        if (array.isEmpty()) {
            in.problem("stages", "is empty: leave the key out for a scenario without stages");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String path = Decoding.at("stages", i);
            JsonNode obj = array.get(i);
            if (!in.isObject(obj, path)) {
                continue;
            }
            Optional<String> id = in.string(obj, path, "id", true);
            Optional<String> name = in.string(obj, path, "name", true);
            String notes = in.string(obj, path, "notes", false).orElse(null);
            SpfAll spfAll = in.string(obj, path, "spfAll", false).flatMap(t -> {
                Optional<SpfAll> known = SpfAll.fromTerm(t);
                if (known.isEmpty()) {
                    in.problem(Decoding.at(path, "spfAll"), "'" + t + "' must be -all or ~all");
                }
                return known;
            }).orElse(null);
            if (id.isPresent() && !Stage.isValidId(id.get())) {
                in.problem(Decoding.at(path, "id"), "'" + id.get() + "' is not a valid stage id: use lower-case"
                        + " letters, digits and '-', starting with a letter or digit");
            } else if (id.isPresent() && !ids.add(id.get())) {
                in.problem(Decoding.at(path, "id"), "the stage id '" + id.get() + "' is used by another stage already");
            } else if (id.isPresent() && name.isPresent()) {
                stages.add(new Stage(id.get(), name.get(), notes, spfAll, Decoding.extras(obj, KNOWN)));
            }
        }
        return stages;
    }
}
