package com.mailflow.designer.model;

import java.util.List;

/** An element's {@code stages}: null means every stage; otherwise the ids, in the order the file gave them. */
final class StagePresence {
    private StagePresence() {
    }

    static List<String> copyOf(List<String> stages) {
        return stages == null ? null : List.copyOf(stages);
    }

    static boolean includes(List<String> stages, String stageId) {
        return stages == null || stages.contains(stageId);
    }
}
