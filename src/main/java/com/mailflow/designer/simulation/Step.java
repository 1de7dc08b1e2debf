package com.mailflow.designer.simulation;

/**
 * One decision at a hop, in words a trainee understands.
 *
 * @param ndr the report the sender gets when {@code verdict} is FAIL, else null
 */
public record Step(StepKind kind, Verdict verdict, String text, Source source, Ndr ndr) {
    static Step of(StepKind kind, Verdict verdict, String text, Source source) {
        return new Step(kind, verdict, text, source, null);
    }

    static Step fail(StepKind kind, String text, Source source, Ndr ndr) {
        return new Step(kind, Verdict.FAIL, text, source, ndr);
    }
}
