package com.mailflow.designer.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** SPF and DMARC values: terms merged, policies made stricter one step at a time. */
final class Policies {
    private static final String HARD = "-all";

    private Policies() {
    }

    private static List<String> terms(String spf) {
        return Arrays.stream(spf.trim().split("\\s+")).filter(t -> !t.equalsIgnoreCase("v=spf1") && !isAll(t))
                .toList();
    }

    private static boolean isAll(String term) {
        return term.toLowerCase(Locale.ROOT).matches("[-~?+]?all");
    }

    /** The record's all term ({@code -all} when it has none: the analysis always writes one). */
    static String all(String spf) {
        return Arrays.stream(spf.trim().split("\\s+")).filter(Policies::isAll).findFirst().orElse(HARD);
    }

    /** The weaker of two records' all terms: during a change nothing may fail that passed before. */
    static String weakerAll(String a, String b) {
        return all(a).equals(HARD) ? all(b) : all(a);
    }

    static String withAll(String spf, String all) {
        return record(terms(spf), all);
    }

    /** The old terms and the new ones together, under the weaker policy. */
    static String spfUnion(String old, String now) {
        List<String> merged = new ArrayList<>(terms(old));
        terms(now).stream().filter(t -> !merged.contains(t)).forEach(merged::add);
        return record(merged, weakerAll(old, now));
    }

    private static String record(List<String> terms, String all) {
        return "v=spf1 " + (terms.isEmpty() ? "" : String.join(" ", terms) + " ") + all;
    }

    /** The next stricter DMARC record (none to quarantine, quarantine to reject), or null at reject. */
    static String nextDmarc(String value) {
        if (value.contains("p=none")) {
            return value.replace("p=none", "p=quarantine");
        }
        if (value.contains("p=quarantine")) {
            return value.replace("p=quarantine", "p=reject");
        }
        return null;
    }

    /** none 0, quarantine 1, reject 2. */
    static int dmarcRank(String value) {
        return value.contains("p=reject") ? 2 : value.contains("p=quarantine") ? 1 : 0;
    }

    static String dmarcPolicy(String value) {
        return value.contains("p=quarantine") ? "quarantine" : value.contains("p=reject") ? "reject" : "none";
    }
}
