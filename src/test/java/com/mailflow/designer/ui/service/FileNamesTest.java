package com.mailflow.designer.ui.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileNamesTest {
    @Test
    void slugsHaveOneHyphenBetweenWordsAndNoAccents() {
        assertEquals("contoso-hybrid-v2", FileNames.slug("Contoso \u2013 hybrid (v2)"));
        assertEquals("contoso-hybrid-v2", FileNames.slug("Contoso - hybrid - v2"));
        assertEquals("zurich-ag-mail.flow", FileNames.slug("Z\u00fcrich AG -- mail . flow!"));
        assertEquals("scenario", FileNames.slug(" --- "));
    }

    @Test
    void aSavedScenarioExportsUnderItsFilesName() {
        assertEquals("fabrikam", FileNames.exportStem(java.nio.file.Path.of("/x/fabrikam.mailflow.json"), "Untitled scenario"));
        assertEquals("Old Design", FileNames.exportStem(java.nio.file.Path.of("Old Design.JSON"), "n"));
        assertEquals("untitled-scenario", FileNames.exportStem(null, "Untitled scenario"));
    }
}
