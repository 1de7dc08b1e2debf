package com.mailflow.designer.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioRoundTripTest {
    private static final String FILE = """
            {"version": 1, "format": "mailflow-scenario", "name": "Round trip", "futureKey": {"b": [1, 2], "a": true},
             "domains": [{"name": "contoso.com", "mailboxes": ["exo"], "color": "blue"}],
             "nodes": [{"id": "internet", "kind": "internet", "name": "Internet"},
                       {"id": "exo", "kind": "cloud-service", "name": "Exchange Online"},
                       {"id": "gw", "kind": "gateway", "name": "Gateway", "addresses": ["131.107.1.17", "2001:DB8:0::1"],
                        "reverseDns": false, "vendor": "acme"}],
             "links": [{"from": "internet", "to": "exo"}, {"from": "gw", "to": "exo", "label": "relay", "weight": 3}],
             "layout": {"gw": {"x": 300, "y": 120.5}, "ghost": {"x": 1, "y": 2}, "exo": {"x": 10, "y": 20}}}
            """;

    @TempDir
    Path dir;

    @Test
    void loadSaveLoadGivesTheSameScenario() throws Exception {
        Scenario first = ScenarioReader.read(FILE);
        Scenario second = ScenarioReader.read(ScenarioWriter.toJson(first));
        assertEquals(first, second);
    }

    @Test
    void twoSavesAreByteIdenticalWithSortedKeysAndTwoSpaceIndentation() throws Exception {
        Scenario scenario = ScenarioReader.read(FILE);
        String once = ScenarioWriter.toJson(scenario);
        String twice = ScenarioWriter.toJson(ScenarioReader.read(once));
        assertEquals(once, twice);
        assertTrue(once.startsWith("{\n  \"domains\": [\n    {\n"), once);
        assertTrue(once.indexOf("\"format\"") < once.indexOf("\"futureKey\""));
        assertTrue(once.indexOf("\"futureKey\"") < once.indexOf("\"layout\""));
        assertTrue(once.endsWith("}\n"));
    }

    @Test
    void unknownKeysAreKeptAtEveryLevel() throws Exception {
        String saved = ScenarioWriter.toJson(ScenarioReader.read(FILE));
        for (String key : List.of("\"futureKey\"", "\"color\": \"blue\"", "\"vendor\": \"acme\"", "\"weight\": 3")) {
            assertTrue(saved.contains(key), key + " lost in " + saved);
        }
    }

    @Test
    void absentAttributesStayAbsentAndExplicitOnesStay() throws Exception {
        Scenario scenario = ScenarioReader.read(FILE);
        Node gw = scenario.node("gw").orElseThrow();
        assertEquals(Boolean.FALSE, gw.raw(NodeAttribute.REVERSE_DNS).orElseThrow());
        assertTrue(gw.raw(NodeAttribute.STATIC_IP).isEmpty());
        String saved = ScenarioWriter.toJson(scenario);
        assertFalse(saved.contains("staticIp"));
        assertFalse(saved.contains("\"profile\""), "a missing profile must not be written as the default");
    }

    @Test
    void layoutForUnknownNodesIsDroppedAndWholeCoordinatesAreIntegers() throws Exception {
        Scenario scenario = ScenarioReader.read(FILE);
        assertEquals(Map.of("gw", new Position(300, 120.5), "exo", new Position(10, 20)), scenario.layout());
        String saved = ScenarioWriter.toJson(scenario);
        assertTrue(saved.contains("\"x\": 300,"), saved);
        assertTrue(saved.contains("\"y\": 120.5"), saved);
    }

    @Test
    void addressesAreKeptAsEnteredInTheFile() throws Exception {
        String saved = ScenarioWriter.toJson(ScenarioReader.read(FILE));
        assertTrue(saved.contains("\"2001:DB8:0::1\""));
    }

    @Test
    void savingWritesAtomicallyAndLeavesNoTemporaryFiles() throws Exception {
        Path target = dir.resolve("s.mailflow.json");
        Files.writeString(target, "old content");
        ScenarioWriter.save(ScenarioReader.read(FILE), target);
        assertEquals(ScenarioWriter.toJson(ScenarioReader.read(FILE)), Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void aFailedSaveLeavesTheOldFileUntouched() throws IOException {
        Path missingFolder = dir.resolve("no-such-folder").resolve("s.json");
        assertThrowsIo(() -> AtomicFiles.write(missingFolder, "x".getBytes(StandardCharsets.UTF_8)));
        Path target = dir.resolve("keep.json");
        Files.writeString(target, "precious");
        Path blocker = dir.resolve("keep.json.dir");
        Files.createDirectory(blocker);
        assertThrowsIo(() -> AtomicFiles.write(blocker, "x".getBytes(StandardCharsets.UTF_8)));
        assertEquals("precious", Files.readString(target));
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void assertThrowsIo(IoAction action) {
        try {
            action.run();
        } catch (IOException expected) {
            return;
        }
        throw new AssertionError("expected an IOException");
    }
}
