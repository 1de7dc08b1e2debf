package com.mailflow.designer;

/** Test access to the launcher's routing decision (package-private in Main). */
public final class MainRouting {
    private MainRouting() {
    }

    public static boolean opensDesigner(String... args) {
        return Main.opensDesigner(args);
    }
}
