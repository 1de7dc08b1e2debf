package com.mailflow.designer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares an output with its golden file under src/test/resources/golden/export/. Run the
 * tests with {@code -Dgolden.update=true} to rewrite the golden files, then review the diff.
 */
final class GoldenFiles {
    static final Path ROOT = Path.of("src/test/resources/golden/export");

    private GoldenFiles() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = ROOT.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            throw new AssertionError(file + " is missing: run the tests with -Dgolden.update=true and review it");
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from " + file);
    }
}
