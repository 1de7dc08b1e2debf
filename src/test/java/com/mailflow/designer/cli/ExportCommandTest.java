package com.mailflow.designer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class ExportCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path scenario() {
        Path file = dir.resolve("s.mailflow.json");
        if (!java.nio.file.Files.exists(file)) {
            // new refuses to replace a file without --force (cli.md).
            assertEquals(0, run("new", "shared-address-space", "--out", file.toString()).status());
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "html", "md", "csv", "png", "svg", "ps1", "zone"})
    void everyFormatIsWrittenWithExitZero(String format) throws Exception {
        Path out = dir.resolve("out." + format);
        CliRun r = run("export", scenario().toString(), "--format", format, "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.size(out) > 0);
        assertEquals("", r.err());
    }

    @Test
    void pngScaleOptionChangesTheImageSize() throws Exception {
        Path small = dir.resolve("small.png");
        Path large = dir.resolve("large.png");
        assertEquals(0, run("export", scenario().toString(), "--format", "png", "--scale", "1", "--out",
                small.toString()).status());
        assertEquals(0, run("export", scenario().toString(), "--format", "png", "--scale", "3", "--out",
                large.toString()).status());
        int w1 = javax.imageio.ImageIO.read(small.toFile()).getWidth();
        int w3 = javax.imageio.ImageIO.read(large.toFile()).getWidth();
        assertTrue(Math.abs(w3 - 3 * w1) <= 3, w1 + " " + w3);
    }

    @Test
    void unreadableInputExitsTwoWithOneErrorLine() {
        Path out = dir.resolve("out.pdf");
        CliRun r = run("export", dir.resolve("missing.json").toString(), "--format", "pdf", "--out", out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void unwritableOutputExitsTwoWithOneErrorLineAndNoStackTrace() {
        Path out = dir.resolve("no-such-folder/out.pdf");
        CliRun r = run("export", scenario().toString(), "--format", "pdf", "--out", out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("error: " + out + ": can't be written"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void aFolderAsOutputExitsTwo() {
        CliRun r = run("export", scenario().toString(), "--format", "md", "--out", dir.toString());
        assertEquals(2, r.status());
        assertEquals("error: " + dir + ": is a folder; give the file to write\n", r.err());
    }

    @Test
    void unknownFormatExitsTwoAndListsTheFormats() {
        CliRun r = run("export", scenario().toString(), "--format", "docx", "--out", dir.resolve("x").toString());
        assertEquals(2, r.status());
        assertEquals("error: docx: unknown format; use one of pdf, html, md, csv, png, svg, ps1, zone\n", r.err());
    }

    @Test
    void badScaleExitsTwo() {
        CliRun r = run("export", scenario().toString(), "--format", "png", "--scale", "0", "--out",
                dir.resolve("x.png").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("error: "), r.err());
    }
}
