package com.mailflow.designer.analysis;

import com.mailflow.designer.net.IpAddress;
import java.util.HashMap;
import java.util.Map;

/**
 * Parsed addresses kept from one analysis to the next: the designer re-analyses after every
 * edit, and re-parsing every address of a big drawing each time was a tenth of the analysis's
 * garbage. Two generations: what the last run did not ask for is forgotten, so the cache never
 * outgrows the drawing. Safe to share between threads.
 */
final class ParsedAddresses {
    /** Stands for text that does not parse. */
    private static final Object UNPARSABLE = new Object();
    private Map<String, Object> previous = new HashMap<>();
    private Map<String, Object> current = new HashMap<>();

    /** The parsed address, or null when the text does not parse. */
    synchronized IpAddress parse(String text) {
        Object parsed = current.get(text);
        if (parsed == null) {
            parsed = previous.get(text);
            if (parsed == null) {
                IpAddress address = IpAddress.parseOrNull(text);
                parsed = address == null ? UNPARSABLE : address;
            }
            current.put(text, parsed);
        }
        return parsed == UNPARSABLE ? null : (IpAddress) parsed;
    }

    /** Ends a run: keeps what it used, drops the rest. */
    synchronized void nextGeneration() {
        previous = current;
        current = new HashMap<>();
    }
}
