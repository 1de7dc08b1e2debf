package com.mailflow.designer.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExportsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyFormatWritesItsFileAndNothingElse(ExportFormat format) throws IOException {
        Path out = dir.resolve("handout." + format.extension());
        Exports.write(format, ExportFixtures.scenario(), ExportFixtures.report(), out, ExportFixtures.OPTIONS);
        assertArrayEquals(Exports.render(format, ExportFixtures.scenario(), ExportFixtures.report(),
                ExportFixtures.OPTIONS), Files.readAllBytes(out));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAlone() throws IOException {
        Path missingFolder = dir.resolve("missing/handout.pdf");
        assertThrows(IOException.class, () -> Exports.write(ExportFormat.PDF, ExportFixtures.scenario(),
                ExportFixtures.report(), missingFolder));
        Path existing = dir.resolve("old.md");
        Files.writeString(existing, "old");
        Files.createDirectory(dir.resolve("old.md.dir"));
        assertThrows(IOException.class, () -> Exports.write(ExportFormat.MARKDOWN, ExportFixtures.scenario(),
                ExportFixtures.report(), dir.resolve("old.md.dir")));
        assertEquals("old", Files.readString(existing));
    }

    @Test
    void formatsAreFoundByTheirCommandLineNames() {
        for (ExportFormat f : ExportFormat.values()) {
            assertEquals(f, ExportFormat.fromCliName(f.cliName()).orElseThrow());
        }
        assertEquals(ExportFormat.CSV, ExportFormat.fromCliName("CSV").orElseThrow());
        assertTrue(ExportFormat.fromCliName("docx").isEmpty());
        assertEquals("zip", ExportFormat.CSV.extension());
    }
}
