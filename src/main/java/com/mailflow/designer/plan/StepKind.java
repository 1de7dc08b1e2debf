package com.mailflow.designer.plan;

import java.util.Locale;

/** What a person does in a step (plan.md section 2). */
public enum StepKind {
    DNS, POWERSHELL, CHECK, WAIT, MANUAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
