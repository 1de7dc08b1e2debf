package com.mailflow.designer.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.edit.AnnotationEdits;
import com.mailflow.designer.model.Annotation;
import com.mailflow.designer.model.Annotations;
import com.mailflow.designer.model.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optional top-level "annotations" array: kept through save and load, absent when there are none. */
class AnnotationsFileTest {
    @Test
    void annotationsSurviveSaveAndLoad() throws Exception {
        Scenario s = TemplateCatalog.load("third-party-filter").orElseThrow();
        Scenario annotated = AnnotationEdits.add("Site A\nRack 4", 120, 40).apply(s);
        annotated = AnnotationEdits.add("Provider", 400, 300).apply(annotated);
        String json = ScenarioWriter.toJson(annotated);
        assertTrue(json.contains("\"annotations\""));
        List<Annotation> back = Annotations.of(ScenarioReader.read(json));
        assertEquals(Annotations.of(annotated), back);
        assertEquals("Site A\nRack 4", back.get(0).text());
    }

    @Test
    void aFileWithoutAnnotationsSavesExactlyAsBefore() throws Exception {
        for (String id : TemplateCatalog.ids()) {
            Scenario s = TemplateCatalog.load(id).orElseThrow();
            String before = ScenarioWriter.toJson(s);
            Scenario added = AnnotationEdits.add("x", 0, 0).apply(s);
            Scenario removed = AnnotationEdits.delete(Annotations.of(added).get(0).id()).apply(added);
            assertFalse(before.contains("\"annotations\""), id);
            assertEquals(before, ScenarioWriter.toJson(removed), id);
            assertEquals(before, ScenarioWriter.toJson(ScenarioReader.read(before)), id);
        }
    }

    @Test
    void malformedEntriesAreSkippedNotFatal() throws Exception {
        Scenario s = TemplateCatalog.load("third-party-filter").orElseThrow();
        String json = ScenarioWriter.toJson(s).replaceFirst("\\{", "{\"annotations\": [42, {\"id\": \"a\"},"
                + " {\"id\": \"b\", \"text\": \"ok\", \"x\": 10, \"y\": \"high\"}],");
        List<Annotation> read = Annotations.of(ScenarioReader.read(json));
        assertEquals(List.of(new Annotation("b", "ok", 10, 0)), read);
    }
}
