package com.mailflow.designer.ui.service;

import java.util.prefs.Preferences;

/** The user's choices kept between runs (java.util.prefs): the theme, and whether the sample was shown. */
public final class UserSettings {
    private static final String SAMPLE_SHOWN = "sample-shown";
    private static final String DARK = "dark-theme";
    private final Preferences prefs;

    public UserSettings(Preferences prefs) {
        this.prefs = prefs;
    }

    public static UserSettings forUser() {
        return new UserSettings(Preferences.userRoot().node("com/mailflow/designer/settings"));
    }

    /** True the first time only: the designer opens its sample once, then the user's own files. */
    public boolean firstStart() {
        boolean first = !prefs.getBoolean(SAMPLE_SHOWN, false);
        if (first) {
            prefs.putBoolean(SAMPLE_SHOWN, true);
            flush();
        }
        return first;
    }

    public boolean darkTheme() {
        return prefs.getBoolean(DARK, false);
    }

    public void setDarkTheme(boolean dark) {
        prefs.putBoolean(DARK, dark);
        flush();
    }

    /** Written now, not at a clean exit only: a designer that is killed still remembers. */
    private void flush() {
        try {
            prefs.flush();
        } catch (java.util.prefs.BackingStoreException e) {
            // Not kept this time; the JVM tries again when it exits.
        }
    }
}
