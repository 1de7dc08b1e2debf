package com.mailflow.designer.ui.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.mailflow.designer.ui.service.UserSettings;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;

/**
 * The window's look: AtlantaFX PrimerLight or PrimerDark (View > Dark Theme), remembered in the
 * user's settings when there are any. designer.css colours by the theme's variables, and marks
 * what it colours by hand with {@code .dark} overrides.
 */
final class Theme {
    private static final String DARK_CLASS = "dark";
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private UserSettings settings;

    Theme(Parent root) {
        dark.addListener((o, was, isDark) -> {
            apply(isDark);
            root.getStyleClass().remove(DARK_CLASS);
            if (isDark) {
                root.getStyleClass().add(DARK_CLASS);
            }
            if (settings != null) {
                settings.setDarkTheme(isDark);
            }
        });
    }

    /** The light theme, the one a window starts with (before any control is made: see MainWindow). */
    static void applyLight() {
        apply(false);
    }

    /** The binary stylesheets load much faster than the text ones (no CSS parsing at start-up). */
    private static void apply(boolean isDark) {
        Application.setUserAgentStylesheet(isDark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }

    /** Follows and keeps the user's choice from now on. */
    void remember(UserSettings userSettings) {
        dark.set(userSettings.darkTheme());
        settings = userSettings;
    }

    BooleanProperty darkProperty() {
        return dark;
    }
}
