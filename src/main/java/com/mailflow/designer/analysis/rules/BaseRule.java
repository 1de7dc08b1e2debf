package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.Rule;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Node;

/** Code and severity held once; subclasses say only what they check. */
abstract class BaseRule implements Rule {
    private final String code;
    private final Severity severity;

    BaseRule(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    /** How messages name a node: its name as drawn. */
    static String name(Node node) {
        return "'" + node.name() + "'";
    }
}
