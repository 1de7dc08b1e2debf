package com.mailflow.designer.ui.service;

import java.nio.file.Path;
import java.util.Locale;

/** File names suggested in save dialogs, made from a scenario's name. */
public final class FileNames {
    private FileNames() {
    }

    /**
     * "Contoso – hybrid (v2)" and "Contoso - hybrid - v2" become "contoso-hybrid-v2": accents dropped,
     * every run of other characters one hyphen (never "---"); a name with nothing usable becomes "scenario".
     */
    public static String slug(String scenarioName) {
        String plain = java.text.Normalizer.normalize(scenarioName, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String base = plain.replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("-*\\.[-.]*", ".")
                .replaceAll("^[-.]+|[-.]+$", "");
        return base.isEmpty() ? "scenario" : base.toLowerCase(Locale.ROOT);
    }

    /**
     * The name an export of a saved scenario starts from: its file's name without
     * {@code .mailflow.json} (or {@code .json}), so "fabrikam.mailflow.json" exports as "fabrikam.pdf";
     * an unsaved scenario's name is made a slug.
     */
    public static String exportStem(Path scenarioFile, String scenarioName) {
        if (scenarioFile == null) {
            return slug(scenarioName);
        }
        String name = scenarioFile.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String stem = lower.endsWith(".mailflow.json") ? name.substring(0, name.length() - ".mailflow.json".length())
                : lower.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return stem.isBlank() ? slug(scenarioName) : stem;
    }

    /** Replaces what follows the last dot of the file name (or appends) with {@code extension}. */
    public static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(stem + "." + extension);
    }
}
