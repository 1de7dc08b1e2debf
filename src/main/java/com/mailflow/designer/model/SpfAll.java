package com.mailflow.designer.model;

import java.util.Arrays;
import java.util.Optional;

/** The closing term of generated SPF records. */
public enum SpfAll {
    FAIL("-all"),
    SOFTFAIL("~all");

    public static final SpfAll DEFAULT = FAIL;

    private final String term;

    SpfAll(String term) {
        this.term = term;
    }

    public String term() {
        return term;
    }

    public static Optional<SpfAll> fromTerm(String term) {
        return Arrays.stream(values()).filter(a -> a.term.equals(term)).findFirst();
    }
}
