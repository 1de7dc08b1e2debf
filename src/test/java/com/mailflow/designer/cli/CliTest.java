package com.mailflow.designer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.persistence.TemplateCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path template(String id) {
        Path file = dir.resolve(id + ".mailflow.json");
        assertEquals(0, run("new", id, "--out", file.toString()).status());
        return file;
    }

    @Test
    void templatesListsEveryTemplateWithItsName() {
        CliRun r = run("templates");
        assertEquals(0, r.status());
        TemplateCatalog.ids().forEach(id -> assertTrue(r.out().contains(id), id));
        assertTrue(r.out().contains("Shared address space"));
    }

    @Test
    void newWritesATemplateThatValidates() {
        Path file = template("shared-address-space");
        CliRun r = run("validate", file.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("valid"));
    }

    @Test
    void validateWarnsAboutAMalformedHandoutMemberAndStillSaysValid() throws Exception {
        Path file = template("shared-address-space");
        Files.writeString(file, Files.readString(file).replaceFirst("\\{", "{\"handout\": {\"date\": 2026},"));
        CliRun r = run("validate", file.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("warning: handout.date: must be a string; it is left off the handout\n", r.err().replace("\r", ""));
        assertTrue(r.out().contains("valid"));
    }

    @Test
    void newWithAnUnknownTemplateExitsTwo() {
        CliRun r = run("new", "no-such-template", "--out", dir.resolve("x.json").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("error: no-such-template: no such template"), r.err());
        assertFalse(Files.exists(dir.resolve("x.json")));
    }

    @Test
    void analyzeJsonPrintsTheReportOfSectionEight() {
        CliRun r = run("analyze", template("shared-address-space").toString(), "--format", "json");
        assertEquals(0, r.status(), r.err());
        for (String key : new String[] {"\"scenario\"", "\"profile\": \"exchange-online\"", "\"flows\"", "\"safelist\"",
            "\"connectors\"", "\"dns\"", "\"findings\"", "\"list\": \"internal-servers\""}) {
            assertTrue(r.out().contains(key), key);
        }
    }

    @Test
    void analyzeTextShowsTheSeedsTableAndTimingGoesToStandardError() {
        CliRun r = run("analyze", template("standalone-gateway").toString(), "--timing");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("IP address"));
        assertTrue(r.out().contains("Add to IP safelist"));
        assertTrue(r.err().matches("(?s)analysis-ms: [0-9]+\\s*"), r.err());
    }

    @Test
    void failOnWarningExitsOneWhenAWarningExists() {
        Path file = template("shared-address-space");
        assertEquals(1, run("analyze", file.toString(), "--fail-on", "warning").status());
        assertEquals(0, run("analyze", file.toString(), "--fail-on", "error").status());
    }

    @Test
    void analyzeOutWritesTheFile() throws Exception {
        Path out = dir.resolve("report.json");
        CliRun r = run("analyze", template("cloud-only").toString(), "--format", "json", "--out", out.toString());
        assertEquals(0, r.status());
        assertEquals("", r.out());
        assertTrue(Files.readString(out).contains("\"dns\""));
    }

    @Test
    void invalidFilesExitTwoWithOneLinePerProblemAndNoStackTrace() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"mailflow-scenario\", \"version\": 1, \"name\": \"x\", \"domains\": [],"
                + " \"nodes\": [{\"id\": \"internet\", \"kind\": \"internet\", \"name\": \"I\"}, {\"id\": \"g\","
                + " \"kind\": \"gateway\", \"name\": \"G\", \"addresses\": [\"1.2.3\"]}], \"links\": [{\"from\": \"g\","
                + " \"to\": \"nope\"}]}");
        for (String command : new String[] {"validate", "analyze"}) {
            CliRun r = run(command, bad.toString());
            assertEquals(2, r.status());
            String[] lines = r.err().strip().split("\n");
            assertEquals(2, lines.length, r.err());
            assertTrue(lines[0].startsWith("error: nodes[1].addresses[0]: "), lines[0]);
            assertTrue(lines[1].startsWith("error: links[0].to: "), lines[1]);
            assertFalse(r.err().contains("Exception"));
        }
    }

    @Test
    void aMissingFileIsReportedByName() {
        Path missing = dir.resolve("missing.json");
        CliRun r = run("validate", missing.toString());
        assertEquals(2, r.status());
        assertEquals("error: " + missing + ": the file does not exist", r.err().strip());
    }

    @Test
    void anUnwritableOutputExitsTwo() {
        CliRun r = run("analyze", template("cloud-only").toString(), "--out", dir.resolve("no/such/dir/r.txt").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("error: "), r.err());
    }

    @Test
    void unknownOptionsExitTwoWithUsage() {
        CliRun r = run("analyze", "--bogus");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("error: "));
    }

    @Test
    void helpAndVersionExitZero() {
        assertEquals(0, run("--help").status());
        assertTrue(run("--version").out().contains("Mailflow Designer"));
    }
}
