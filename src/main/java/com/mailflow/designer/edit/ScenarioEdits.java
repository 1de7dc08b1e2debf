package com.mailflow.designer.edit;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Profile;
import com.mailflow.designer.model.SpfAll;
import java.util.ArrayList;
import java.util.List;

/** Commands on the scenario as a whole and on its domains. */
public final class ScenarioEdits {
    private ScenarioEdits() {
    }

    public static Command rename(String name) {
        return Command.of("Rename scenario", s -> s.withName(name));
    }

    public static Command describe(String description) {
        return Command.of("Edit description", s -> s.withDescription(description));
    }

    public static Command profile(Profile profile) {
        return Command.of("Set profile", s -> s.withProfile(profile));
    }

    public static Command tenant(String tenant) {
        return Command.of("Set tenant", s -> s.withTenant(tenant));
    }

    public static Command spfAll(SpfAll spfAll) {
        return Command.of("Set SPF policy", s -> s.withSpfAll(spfAll));
    }

    public static Command addDomain(Domain domain) {
        return Command.of("Add domain " + domain.name(), s -> {
            if (s.domain(domain.name()).isPresent()) {
                return s;
            }
            List<Domain> domains = new ArrayList<>(s.domains());
            domains.add(domain);
            return s.withDomains(domains);
        });
    }

    public static Command replaceDomain(int index, Domain domain) {
        return Command.of("Edit domain " + domain.name(), s -> {
            if (index < 0 || index >= s.domains().size()) {
                return s;
            }
            List<Domain> domains = new ArrayList<>(s.domains());
            domains.set(index, domain);
            return s.withDomains(domains);
        });
    }

    public static Command removeDomain(int index) {
        return Command.of("Remove domain", s -> {
            if (index < 0 || index >= s.domains().size()) {
                return s;
            }
            List<Domain> domains = new ArrayList<>(s.domains());
            domains.remove(index);
            return s.withDomains(domains);
        });
    }
}
