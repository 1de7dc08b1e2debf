package com.mailflow.designer.edit;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The Domains panel's commands in a stage (plan.md section 4). {@code index} counts the domains
 * of that stage. An edit or removal acts from the stage on, like add and delete on the canvas:
 * an entry that is also in earlier stages is split, the earlier stages keep it as it was (the
 * format draws a domain whose mailboxes move as two entries). Without stages, or in the first
 * stage, these are the plain edits.
 */
public final class DomainEdits {
    private DomainEdits() {
    }

    /** A new domain in the stage and every later one; refused when one of them has a domain of that name. */
    public static Command add(Domain domain, String stageId) {
        return Command.of("Add domain " + domain.name(), s -> {
            List<String> reach = StageScope.fromOn(s, stageId);
            if (reach.stream().anyMatch(id -> s.inStage(id).domain(domain.name()).isPresent())) {
                return s;
            }
            List<Domain> domains = new ArrayList<>(s.domains());
            domains.add(domain.withStages(StageScope.tidy(s, reach)));
            return s.withDomains(domains);
        });
    }

    public static Command replace(String stageId, int index, Domain edited) {
        return Command.of("Edit domain " + edited.name(), s -> atIndex(s, stageId, index, (domains, at, earlier) -> {
            Domain was = domains.get(at);
            if (earlier.isEmpty()) {
                domains.set(at, edited.withStages(was.stages()));
            } else {
                domains.set(at, was.withStages(StageScope.tidy(s, earlier)));
                domains.add(at + 1, edited.withStages(StageScope.tidy(s, later(s, was, earlier))));
            }
        }));
    }

    public static Command remove(String stageId, int index) {
        return Command.of("Remove domain", s -> atIndex(s, stageId, index, (domains, at, earlier) -> {
            if (earlier.isEmpty()) {
                domains.remove(at);
            } else {
                domains.set(at, domains.get(at).withStages(StageScope.tidy(s, earlier)));
            }
        }));
    }

    private interface DomainChange {
        /** Changes {@code domains} (a copy) at {@code at}; {@code earlier}: the entry's stages before the edited one. */
        void apply(List<Domain> domains, int at, List<String> earlier);
    }

    private static Scenario atIndex(Scenario s, String stageId, int index, DomainChange change) {
        int at = fullIndex(s, stageId, index);
        if (at < 0) {
            return s;
        }
        List<Domain> domains = new ArrayList<>(s.domains());
        change.apply(domains, at, earlier(s, domains.get(at), stageId));
        return s.withDomains(domains);
    }

    /** The position in the scenario's list of the stage's {@code index}-th domain, or -1. */
    private static int fullIndex(Scenario s, String stageId, int index) {
        int seen = 0;
        for (int i = 0; i < s.domains().size(); i++) {
            if (s.domains().get(i).presentIn(stageId) || !s.isStaged()) {
                if (seen++ == index) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static List<String> earlier(Scenario s, Domain d, String stageId) {
        List<String> before = StageScope.before(s, stageId);
        return StageScope.presence(s, d.stages()).stream().filter(before::contains).toList();
    }

    private static List<String> later(Scenario s, Domain d, List<String> earlier) {
        return StageScope.presence(s, d.stages()).stream().filter(id -> !earlier.contains(id)).toList();
    }
}
