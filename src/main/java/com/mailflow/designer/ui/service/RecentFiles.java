package com.mailflow.designer.ui.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The last files opened or saved, most recent first, kept in java.util.prefs between runs. */
public final class RecentFiles {
    private static final int MAX = 8;
    private final Preferences prefs;

    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
    }

    public static RecentFiles forUser() {
        return new RecentFiles(Preferences.userRoot().node("com/mailflow/designer/recent"));
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String v = prefs.get("file" + i, null);
            if (v != null) {
                out.add(Path.of(v));
            }
        }
        return out;
    }

    public void add(Path file) {
        List<Path> files = list();
        Path abs = file.toAbsolutePath().normalize();
        files.remove(abs);
        files.add(0, abs);
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                prefs.put("file" + i, files.get(i).toString());
            } else {
                prefs.remove("file" + i);
            }
        }
    }
}
