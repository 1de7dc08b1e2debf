package com.mailflow.designer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The product version: the pom's version, written into {@code version.properties} by the
 * build (a filtered resource), so the About box, {@code --version}, the handout and the
 * installer (which reads the pom) all show the same number.
 */
public final class AppVersion {
    private static final String VERSION = read();

    private AppVersion() {
    }

    /** For example {@code 0.1.0} or {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return VERSION;
    }

    /** "Mailflow Designer 0.1.0": what the About box, --version and the handout say. */
    public static String productAndVersion() {
        return "Mailflow Designer " + VERSION;
    }

    /** The line the handouts end with, so a reader knows which version's rules produced them. */
    public static String producedBy() {
        return "Produced with " + productAndVersion() + ".";
    }

    private static String read() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the build");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            if (v.isBlank() || v.startsWith("${")) {
                throw new IllegalStateException("version.properties was not filled in by the build: " + v);
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
