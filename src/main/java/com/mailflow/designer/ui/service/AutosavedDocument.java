package com.mailflow.designer.ui.service;

import com.mailflow.designer.model.Scenario;
import java.nio.file.Path;
import javafx.beans.value.ObservableValue;

/** What {@link AutosaveService} follows of the open document; lets services stay below the view models. */
public interface AutosavedDocument {
    boolean isDirty();

    Scenario scenario();

    ObservableValue<Boolean> dirtyProperty();

    ObservableValue<Scenario> scenarioProperty();

    ObservableValue<Path> fileProperty();
}
