package com.mailflow.designer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under src/test/resources/golden. Run the tests with
 * {@code -Dgolden.update=true} to rewrite the files, then review the diff before committing.
 */
public final class Golden {
    private static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    public static void assertMatches(String relativePath, String output) throws IOException {
        // The product version appears in handouts and scripts; a release bump must not rewrite every golden file.
        String actual = output.replace(AppVersion.productAndVersion(), "Mailflow Designer {version}");
        Path file = ROOT.resolve(relativePath);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            throw new AssertionError("no golden file " + file + ": run with -Dgolden.update=true and review it");
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "output differs from " + file);
    }
}
