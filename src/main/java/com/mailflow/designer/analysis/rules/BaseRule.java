package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.Rule;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Profile;
import java.util.EnumSet;
import java.util.Set;

/** Code, severity and profiles held once; subclasses say only what they check. */
abstract class BaseRule implements Rule {
    private final String code;
    private final Severity severity;
    private final Set<Profile> profiles;

    /** A rule for every profile. */
    BaseRule(String code, Severity severity) {
        this(code, severity, EnumSet.allOf(Profile.class));
    }

    /** A rule for some profiles only (connector settings that exist in one service, say). */
    BaseRule(String code, Severity severity, Profile first, Profile... rest) {
        this(code, severity, EnumSet.of(first, rest));
    }

    private BaseRule(String code, Severity severity, Set<Profile> profiles) {
        this.code = code;
        this.severity = severity;
        this.profiles = profiles;
    }

    @Override
    public final boolean appliesTo(Profile profile) {
        return profiles.contains(profile);
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
