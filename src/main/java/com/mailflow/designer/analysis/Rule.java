package com.mailflow.designer.analysis;

import com.mailflow.designer.model.Profile;

/** One check with its stable finding code (analysis.md section 7). */
public interface Rule {
    String code();

    Severity severity();

    /** Whether the rule runs under this profile; most apply to all. */
    default boolean appliesTo(Profile profile) {
        return true;
    }

    void check(AnalysisContext ctx, Findings out);
}
