package com.mailflow.designer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** simulate and check: exit 0 delivered / complete, 1 fails in the design / not yet, 2 bad input. */
class SimulateCommandTest {
    private static final String MFD = "assets/templates/multifunction-device.mailflow.json";

    @Test
    void aDeliveredMessageExitsZeroAndListsEachHop() {
        CliRun r = CliRun.of("simulate", MFD, "--from", "mfp", "--to", "outside");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("1. mfp -> exo"), r.out());
        assertTrue(r.out().contains("Result: delivered"), r.out());
    }

    @Test
    void aFailingMessageExitsOneWithItsNdrInJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.mailflow.json");
        Files.writeString(file, Files.readString(Path.of(MFD)).replace("203.0.113.25", "192.168.10.25"));
        CliRun r = CliRun.of("simulate", file.toString(), "--from", "mfp", "--to", "outside", "--format", "json");
        assertEquals(1, r.status(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(false, json.get("delivered").asBoolean());
        assertEquals("550 5.7.64 TenantAttribution; Relay Access Denied", json.get("ndr").asText());
        JsonNode lastStep = json.get("hops").get(0).get("steps").get(0);
        assertEquals("fail", lastStep.get("verdict").asText());
        assertEquals("550 5.7.64", lastStep.get("ndr").get("code").asText());
        assertEquals("tenant-attribution", lastStep.get("source").asText());
    }

    @Test
    void theHtmlHandoutHasADiagramPerHop(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("hops.html");
        CliRun r = CliRun.of("simulate", MFD, "--from", "mfp", "--to", "outside", "--format", "html", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        String html = Files.readString(out);
        assertEquals(2, html.split("<svg ", -1).length - 1, "two hops, two diagrams");
    }

    @Test
    void anUnknownNodeOrDomainExitsTwoWithOneLine() {
        CliRun r = CliRun.of("simulate", MFD, "--from", "printer", "--to", "outside");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("error: ") && r.err().contains("no node 'printer'"), r.err());
        r = CliRun.of("simulate", MFD, "--from", "mfp", "--to", "fabrikam.example");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("neither 'outside' nor a domain"), r.err());
    }

    @Test
    void checkSaysWhatIsStillWrongAndExitsOne() {
        CliRun r = CliRun.of("check", "assets/exercises/device-relay.mailflow.json");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.out().startsWith("Goal: "), r.out());
        assertTrue(r.out().contains("[open] Not yet"), r.out());
    }

    @Test
    void checkRefusesAFileWithoutAnExercise() {
        CliRun r = CliRun.of("check", MFD);
        assertEquals(2, r.status());
        assertTrue(r.err().contains("has no exercise"), r.err());
    }
}
