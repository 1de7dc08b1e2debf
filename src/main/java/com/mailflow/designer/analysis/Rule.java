package com.mailflow.designer.analysis;

import com.mailflow.designer.model.Profile;

/** One check with its stable finding code (docs/rules.md, Findings). */
public interface Rule {
    String code();

    Severity severity();

    /** Whether the rule runs under this profile; most apply to all. */
    default boolean appliesTo(Profile profile) {
        return true;
    }

    void check(AnalysisContext ctx, Findings out);
}
