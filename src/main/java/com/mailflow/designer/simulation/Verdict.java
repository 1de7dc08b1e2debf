package com.mailflow.designer.simulation;

/** What one decision means for the message. */
public enum Verdict {
    /** It goes on. */
    PASS,
    /** Worth knowing; the message goes on. */
    NOTE,
    /** It goes on, but a real message may land in junk or be distrusted. */
    WARN,
    /** The message stops here: the sender gets a non-delivery report. */
    FAIL;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
