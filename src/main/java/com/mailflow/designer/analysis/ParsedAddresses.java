package com.mailflow.designer.analysis;

import com.mailflow.designer.net.IpAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one cache of parsed addresses, kept from one analysis to the next: the designer re-analyses
 * after every edit, and an edit copies only the node it changes, so a node's address list is
 * usually the very list the last run parsed (looked up by identity, no hashing of its text).
 * Text is cached too, for lists that are new. Two generations: what the last run did not ask for
 * is forgotten, so the cache never outgrows the drawing. Safe to share between threads.
 */
final class ParsedAddresses {
    /** Stands for text that does not parse. */
    private static final Object UNPARSABLE = new Object();
    private Map<List<String>, List<IpAddress>> previousLists = new IdentityHashMap<>();
    private Map<List<String>, List<IpAddress>> currentLists = new IdentityHashMap<>();
    private Map<String, Object> previous = new HashMap<>();
    private Map<String, Object> current = new HashMap<>();

    /** The addresses of the list that parse, in order. */
    synchronized List<IpAddress> parseAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<IpAddress> parsed = currentLists.get(texts);
        if (parsed == null) {
            parsed = previousLists.get(texts);
            if (parsed == null) {
                parsed = parseEach(texts);
            }
            currentLists.put(texts, parsed);
        }
        return parsed;
    }

    private List<IpAddress> parseEach(List<String> texts) {
        List<IpAddress> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            IpAddress address = parse(text);
            if (address != null) {
                out.add(address);
            }
        }
        return Collections.unmodifiableList(out);
    }

    private IpAddress parse(String text) {
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

    /** Ends a run: keeps what it used, drops the rest; the next run's maps start at this run's size. */
    synchronized void nextGeneration() {
        previousLists = currentLists;
        currentLists = new IdentityHashMap<>(Math.max(32, previousLists.size()));
        previous = current;
        current = new HashMap<>(Math.max(16, previous.size() * 4 / 3 + 1));
    }
}
