package com.mailflow.designer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mailflow.designer.Main;
import com.mailflow.designer.fixtures.TopologyGenerator;
import com.mailflow.designer.persistence.ScenarioWriter;
import com.mailflow.designer.testing.ChildJvm;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** cli.md's promises about what a command writes and prints: no lost input, no raw control characters, no stack traces. */
class CliSafetyTest {
    private static final String NAME = "\"name\": \"Shared address space with the cloud-based service relaying"
            + " on-premises mail\"";

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path template() {
        Path file = dir.resolve("s.mailflow.json");
        assertEquals(0, run("new", "shared-address-space", "--out", file.toString()).status());
        return file;
    }

    private static void assertNoRawControlCharacters(String text) {
        text.lines().forEach(line -> line.chars().forEach(c ->
                assertFalse(c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f, () -> "raw U+" + Integer.toHexString(c)
                        + " in: " + line)));
    }

    @Test
    void exportAndAnalyzeRefuseToOverwriteTheirInput() throws Exception {
        Path file = template();
        byte[] before = Files.readAllBytes(file);
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), file);
        for (String[] args : List.of(new String[] {"export", file.toString(), "--format", "md", "--out", file.toString()},
                new String[] {"export", file.toString(), "--format", "csv", "--out", link.toString()},
                new String[] {"analyze", file.toString(), "--out", dir.resolve("./s.mailflow.json").toString()})) {
            CliRun r = run(args);
            assertEquals(2, r.status(), r.err());
            assertTrue(r.err().contains("is the scenario file itself"), r.err());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void newNeedsForceToReplaceAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("mine.json"), "my work");
        CliRun r = run("new", "cloud-only", "--out", file.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--force"), r.err());
        assertEquals("my work", Files.readString(file));
        assertEquals(0, run("new", "cloud-only", "--out", file.toString(), "--force").status());
        assertTrue(Files.readString(file).contains("mailflow-scenario"));
    }

    @Test
    void readOnlyAndDeviceTargetsAreRefusedWithOneLine() throws Exception {
        Path file = template();
        Path readOnly = Files.writeString(dir.resolve("ro.md"), "keep");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        CliRun r = run("export", file.toString(), "--format", "md", "--out", readOnly.toString());
        assertEquals(2, r.status());
        assertEquals("error: " + readOnly + ": can't be written (the file is read-only; make it writable or choose"
                + " another name)", r.err().strip());
        assertEquals("keep", Files.readString(readOnly));
        if (Files.exists(Path.of("/dev/full"))) {
            CliRun device = run("export", file.toString(), "--format", "md", "--out", "/dev/full");
            assertEquals(2, device.status());
            assertTrue(device.err().contains("not a regular file"), device.err());
            assertFalse(Files.isRegularFile(Path.of("/dev/full")));
        }
    }

    @Test
    void controlCharactersFromTheFileAreEscapedInMessagesAndTextReports() throws Exception {
        Path file = template();
        String json = Files.readString(file);
        Path hostile = Files.writeString(dir.resolve("hostile.json"), json.replace(NAME, "\"name\": \"\\u001b]0;pwned\\u0007\\u001b[2J\\nerror: forged\\r\"")
                .replace("\"131.107.1.17\"", "\"1.2.3.4\\n\\u001b[31mvalid\""));
        CliRun refused = run("validate", hostile.toString());
        assertEquals(2, refused.status());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        assertTrue(refused.err().contains("\\n\\u001b[31mvalid"), refused.err());
        assertNoRawControlCharacters(refused.err());

        Path named = Files.writeString(dir.resolve("named.json"), json.replace(NAME, "\"name\": \"\\u001b]0;pwned\\u0007\\u001b[2J\\nerror: forged\\r\\u009b\""));
        CliRun analyzed = run("analyze", named.toString(), "--format", "text");
        assertEquals(0, analyzed.status(), analyzed.err());
        assertTrue(analyzed.out().startsWith("\\u001b]0;pwned\\u0007\\u001b[2J\\nerror: forged\\r\\u009b\n"),
                analyzed.out().substring(0, 80));
        assertNoRawControlCharacters(analyzed.out());
        assertFalse(analyzed.out().lines().anyMatch(l -> l.startsWith("error:")));
    }

    @Test
    void aFileNameWithALineBreakStaysOnOneLine() {
        CliRun r = run("validate", dir.resolve("no\nsuch\u001b[0m.json").toString());
        assertEquals(2, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertNoRawControlCharacters(r.err());
    }

    @Test
    void runningOutOfMemoryIsOneLineExitTwoAndLeavesNothingBehind() throws Exception {
        Path big = dir.resolve("big.mailflow.json");
        ScenarioWriter.save(TopologyGenerator.generate(6_000, 7), big);
        Path temp = Files.createDirectory(dir.resolve("tmp"));
        Path out = dir.resolve("out");
        Files.createDirectory(out);
        for (String format : List.of("png", "pdf")) {
            Path target = out.resolve("d." + format);
            ChildJvm.Result r = ChildJvm.run("24m", List.of("-Djava.io.tmpdir=" + temp), Main.class,
                    "export", big.toString(), "--format", format, "--out", target.toString());
            assumeTrue(r.status() != 0, "the export fitted in 24 MB");
            assertEquals(2, r.status(), r.err());
            List<String> lines = r.err().lines().filter(l -> !l.startsWith("SLF4J")).toList();
            assertEquals(List.of(MailflowCli.OUT_OF_MEMORY), lines, r.err());
            try (var left = Files.list(temp); var written = Files.list(out)) {
                assertEquals(List.of(), left.toList(), "left in the temp folder");
                assertEquals(List.of(), written.toList(), "left beside the output");
            }
        }
        ChildJvm.Result analyzed = ChildJvm.run("16m", List.of(), Main.class, "analyze", big.toString());
        assertEquals(2, analyzed.status(), analyzed.err());
        assertTrue(analyzed.err().strip().equals(MailflowCli.OUT_OF_MEMORY), analyzed.err());
    }
}
