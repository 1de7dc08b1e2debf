package com.mailflow.designer.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The fixed PowerShell the generated scripts include, kept as .ps1 files so they read as code. */
final class ScriptResources {
    /** Functions that inventory the tenant's connectors and find conflicts with a design. */
    static final String PREFLIGHT = load("preflight.ps1");

    private ScriptResources() {
    }

    private static String load(String name) {
        try (InputStream in = ScriptResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
