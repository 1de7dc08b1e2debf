package com.mailflow.designer.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@link Exports#write} can produce. {@link #cliName()} is the word of {@code export --format};
 * {@link #extension()} is the file extension a save dialog should suggest. CSV is a zip archive
 * with one CSV file per table, so its extension is {@code zip}.
 */
public enum ExportFormat {
    PDF("pdf", "pdf", "PDF handout"),
    HTML("html", "html", "HTML handout (one file)"),
    MARKDOWN("md", "md", "Markdown handout"),
    CSV("csv", "zip", "CSV tables (zip)"),
    PNG("png", "png", "Diagram as PNG image"),
    SVG("svg", "svg", "Diagram as SVG image"),
    POWERSHELL("ps1", "ps1", "Exchange Online PowerShell script"),
    ZONE("zone", "zone", "DNS zone file lines (BIND)");

    private final String cliName;
    private final String extension;
    private final String displayName;

    ExportFormat(String cliName, String extension, String displayName) {
        this.cliName = cliName;
        this.extension = extension;
        this.displayName = displayName;
    }

    public String cliName() {
        return cliName;
    }

    /** Without the dot. */
    public String extension() {
        return extension;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<ExportFormat> fromCliName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.cliName.equals(wanted)).findFirst();
    }
}
