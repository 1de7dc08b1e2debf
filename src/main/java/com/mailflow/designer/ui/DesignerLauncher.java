package com.mailflow.designer.ui;

/** Starts the desktop designer. The only class Main touches in this package. */
public final class DesignerLauncher {
    private DesignerLauncher() {
    }

    public static void launch(String[] args) {
        System.err.println("The designer is not built yet; try 'analyze --help'.");
    }
}
