package com.mailflow.designer.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.Annotation;
import com.mailflow.designer.model.Annotations;
import com.mailflow.designer.model.HandoutDetails;
import com.mailflow.designer.model.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed parts of the optional "annotations" and "handout" members: the file loads whole, and
 * each part not used is a warning at its JSON path saying what is wrong.
 */
class OptionalMembersWarningTest {
    @TempDir
    Path dir;

    private static Scenario template() throws ScenarioFormatException {
        return TemplateCatalog.load("third-party-filter").orElseThrow();
    }

    private LoadedScenario load(String members) throws Exception {
        Path file = dir.resolve("s.mailflow.json");
        Files.writeString(file, ScenarioWriter.toJson(template()).replaceFirst("\\{", "{" + members + ","));
        return ScenarioReader.load(file);
    }

    private static List<String> warnings(LoadedScenario loaded) {
        return loaded.warnings().stream().map(LoadProblem::toString).toList();
    }

    @Test
    void badAnnotationEntriesAreNamedAndTheRestOfTheFileLoads() throws Exception {
        LoadedScenario loaded = load("\"annotations\": [42, {\"id\": \"a\"}, {\"id\": 7, \"text\": \"t\"},"
                + " {\"id\": \"b\", \"text\": \"ok\", \"x\": 10, \"y\": \"high\"}]");
        assertEquals(List.of(
                "annotations[0]: must be an object with an id and a text; this entry is skipped",
                "annotations[1].text: is missing; this text is skipped",
                "annotations[2].id: must be a string; this text is skipped",
                "annotations[3].y: must be a number; read as 0"), warnings(loaded));
        assertEquals(List.of(new Annotation("b", "ok", 10, 0)), Annotations.of(loaded.scenario()));
        assertEquals(template().nodes(), loaded.scenario().nodes());
        assertEquals(template().links(), loaded.scenario().links());
    }

    @Test
    void annotationsThatAreNoListAreOneWarning() throws Exception {
        LoadedScenario loaded = load("\"annotations\": {\"id\": \"a\", \"text\": \"t\"}");
        assertEquals(1, loaded.warnings().size(), warnings(loaded).toString());
        assertEquals("annotations", loaded.warnings().get(0).path());
        assertTrue(loaded.warnings().get(0).message().startsWith("must be a list"), warnings(loaded).toString());
    }

    @Test
    void badHandoutFieldsAreNamedAndTheGoodOnesKept() throws Exception {
        String notPng = Base64.getEncoder().encodeToString("GIF89a, not a PNG".getBytes());
        LoadedScenario loaded = load("\"handout\": {\"customer\": \"Contoso Ltd\", \"author\": 12,"
                + " \"custmer\": \"typo\", \"logoPng\": \"" + notPng + "\"}");
        assertEquals(List.of(
                "handout.custmer: is not a handout field (customer, author, date, logoPng); it is kept but not used",
                "handout.logoPng: is not a PNG image; the handout shows no logo",
                "handout.author: must be a string; it is left off the handout"), warnings(loaded));
        HandoutDetails details = HandoutDetails.of(loaded.scenario());
        assertEquals("Contoso Ltd", details.customer());
        assertNull(details.author());
        assertNull(details.logo(), "a logo that is no PNG is not drawn");
    }

    @Test
    void aHandoutThatIsNoObjectOrALogoThatIsNoBase64IsSaid() throws Exception {
        assertEquals("handout", load("\"handout\": \"Contoso\"").warnings().get(0).path());
        assertEquals(List.of("handout.logoPng: is not base64 text; the handout shows no logo"),
                warnings(load("\"handout\": {\"logoPng\": \"%%% not base64 %%%\"}")));
    }

    @Test
    void wellFormedMembersAndEveryTemplateLoadWithoutWarnings() throws Exception {
        String png = Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0});
        assertEquals(List.of(), warnings(load("\"annotations\": [{\"id\": \"a\", \"text\": \"t\", \"x\": 1, \"y\": 2}],"
                + " \"handout\": {\"customer\": \"C\", \"author\": \"A\", \"date\": \"today\", \"logoPng\": \"" + png + "\"}")));
        for (String id : TemplateCatalog.ids()) {
            assertEquals(List.of(), LoadedScenario.of(TemplateCatalog.load(id).orElseThrow()).warnings(), id);
        }
    }
}
