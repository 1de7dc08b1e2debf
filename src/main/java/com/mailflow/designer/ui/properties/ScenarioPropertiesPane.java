package com.mailflow.designer.ui.properties;

import com.mailflow.designer.model.Profile;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.SpfAll;
import com.mailflow.designer.ui.control.Parsed;
import com.mailflow.designer.ui.control.ValidatedField;
import com.mailflow.designer.ui.viewmodel.PropertiesViewModel;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** Name, description, profile, tenant and SPF policy of the scenario. */
final class ScenarioPropertiesPane extends Form {
    private final ValidatedField<String> name;
    private final ValidatedField<String> description;
    private final ValidatedField<String> tenant;
    private final ComboBox<Profile> profile = new ComboBox<>();
    private final ComboBox<SpfAll> spfAll = new ComboBox<>();
    private boolean updating;

    ScenarioPropertiesPane(PropertiesViewModel model) {
        super("Scenario");
        refusalsTo(model::refuse);
        name = new ValidatedField<>("scenario-name",
                t -> t.isBlank() ? Parsed.invalid("the scenario needs a name") : Parsed.ok(t.strip()),
                model::renameScenario);
        row("Name", name);
        description = new ValidatedField<>("scenario-description", t -> Parsed.ok(t.isBlank() ? null : t),
                model::describeScenario);
        row("Description", description);
        profile.setId("scenario-profile");
        profile.getItems().setAll(Profile.values());
        profile.setConverter(converter(Profile::displayName));
        profile.setMaxWidth(Double.MAX_VALUE);
        profile.valueProperty().addListener((o, a, v) -> {
            if (!updating && v != null) {
                model.setProfile(v);
            }
        });
        row("Profile", profile);
        tenant = new ValidatedField<>("scenario-tenant", t -> t.isBlank() ? Parsed.<String>ok(null)
                : t.strip().matches("[A-Za-z0-9-]+") ? Parsed.ok(t.strip())
                : Parsed.invalid("the tenant is the prefix of <tenant>.onmicrosoft.com: letters, digits and '-'"),
                model::setTenant);
        tenant.setPrompt("contoso (for contoso.onmicrosoft.com)");
        row("Tenant", tenant);
        spfAll.setId("scenario-spfall");
        spfAll.getItems().setAll(SpfAll.values());
        spfAll.setConverter(converter(a -> a.term() + (a == SpfAll.FAIL ? "  (fail)" : "  (soft fail)")));
        spfAll.setMaxWidth(Double.MAX_VALUE);
        spfAll.valueProperty().addListener((o, a, v) -> {
            if (!updating && v != null) {
                model.setSpfAll(v);
            }
        });
        row("SPF policy", spfAll);
        note("Select a box or an arrow to edit it. Domains have their own tab.");
        refresh(model.scenario());
    }

    void refresh(Scenario s) {
        updating = true;
        if (!name.field().isFocused()) {
            name.show(s.name());
        }
        if (!description.field().isFocused()) {
            description.show(s.description() == null ? "" : s.description());
        }
        if (!tenant.field().isFocused()) {
            tenant.show(s.tenant() == null ? "" : s.tenant());
        }
        profile.setValue(s.effectiveProfile());
        spfAll.setValue(s.effectiveSpfAll());
        updating = false;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
