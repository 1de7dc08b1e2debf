package com.mailflow.designer.ui.app;

import java.util.List;
import javafx.application.Application;

/** Starts the desktop designer. The only class Main touches in this package. */
public final class DesignerLauncher {
    private DesignerLauncher() {
    }

    public static void launch(String[] args) {
        StartupProbe.mark("main");
        DesignerApp.preload(List.of(args));
        Application.launch(DesignerApp.class, args);
    }
}
