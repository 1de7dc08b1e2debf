package com.mailflow.designer.persistence;

import com.mailflow.designer.model.Annotations;
import com.mailflow.designer.model.HandoutDetails;
import com.mailflow.designer.model.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario that loaded, with what in it was not used: parts of the optional {@code annotations}
 * and {@code handout} members that are malformed. Those never stop a file from opening (they are
 * kept in the scenario's extras as they were), but the user is told, at their JSON path.
 */
public record LoadedScenario(Scenario scenario, List<LoadProblem> warnings) {
    public LoadedScenario {
        warnings = List.copyOf(warnings);
    }

    /** {@code scenario} with the warnings its optional members give, read as the canvas and handouts read them. */
    public static LoadedScenario of(Scenario scenario) {
        List<LoadProblem> warnings = new ArrayList<>();
        Annotations.read(scenario.extras().get(Annotations.KEY),
                (path, problem) -> warnings.add(new LoadProblem(Annotations.KEY + path, problem)));
        HandoutDetails.read(scenario.extras().get(HandoutDetails.KEY),
                (path, problem) -> warnings.add(new LoadProblem(HandoutDetails.KEY + path, problem)));
        return new LoadedScenario(scenario, warnings);
    }
}
