package com.mailflow.designer.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.edit.NodeEdits;
import com.mailflow.designer.export.ExportFormat;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.persistence.TemplateCatalog;
import com.mailflow.designer.ui.service.CurrentThreadTaskExecutor;
import com.mailflow.designer.ui.service.ExportRequest;
import com.mailflow.designer.ui.service.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Export without a window: the scripted dialog answers, the export runs synchronously. */
class ExportViewModelTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Path> opened = new ArrayList<>();
    private final DocumentViewModel doc;
    private final ExportViewModel exports;
    @TempDir
    Path dir;

    ExportViewModelTest() throws Exception {
        doc = new DocumentViewModel(TemplateCatalog.load("shared-address-space").orElseThrow());
        exports = new ExportViewModel(doc, dialogs, new CurrentThreadTaskExecutor(), opened::add);
    }

    @Test
    void exportingOverTheOpenScenarioFileIsRefused() throws Exception {
        Path file = dir.resolve("s.mailflow.json");
        com.mailflow.designer.persistence.ScenarioWriter.save(doc.scenario(), file);
        byte[] before = Files.readAllBytes(file);
        doc.markSaved(file);
        exports.export(new ExportRequest(ExportFormat.PDF, dir.resolve("./s.mailflow.json"), false));
        assertTrue(dialogs.shownErrors.stream().anyMatch(e -> e.contains("scenario file itself")), dialogs.shownErrors::toString);
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void markdownExportOfTheCurrentScenarioHoldsItsSafelist() throws Exception {
        Path out = dir.resolve("handout.md");
        dialogs.exportAnswer = new ExportRequest(ExportFormat.MARKDOWN, out, false);
        exports.export();
        String md = Files.readString(out);
        assertTrue(md.contains("## IP safelist"), md);
        assertTrue(md.contains("| 131.107.1.17 | Gateway | Relays mail to the cloud service | Yes | Internal servers |"), md);
        assertTrue(doc.statusProperty().get().startsWith("Exported Markdown handout"), doc.statusProperty().get());
        assertTrue(opened.isEmpty());
        assertFalse(exports.runningProperty().get());
    }

    @Test
    void exportUsesTheScenarioAsEditedNotAnOlderReport() throws Exception {
        doc.execute(NodeEdits.setAttribute("gw", NodeAttribute.ADDRESSES, List.of("131.107.9.9")));
        Path out = dir.resolve("edited.md");
        exports.export(new ExportRequest(ExportFormat.MARKDOWN, out, false));
        String md = Files.readString(out);
        assertTrue(md.contains("| 131.107.9.9 | Gateway |"), md);
        assertFalse(md.contains("131.107.1.17"), md);
    }

    @Test
    void openAfterExportHandsTheWrittenFileToTheDesktop() {
        Path out = dir.resolve("tables.zip");
        exports.export(new ExportRequest(ExportFormat.CSV, out, true));
        assertEquals(List.of(out), opened);
        assertTrue(Files.exists(out));
    }

    @Test
    void csvZipHoldsOneFilePerTable() throws Exception {
        Path out = dir.resolve("tables.zip");
        exports.export(new ExportRequest(ExportFormat.CSV, out, false));
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertTrue(zip.getEntry("safelist.csv") != null);
        }
    }

    @Test
    void suggestionUsesTheScenarioNameAndRemembersTheLastChoice() {
        exports.export();
        assertEquals(ExportFormat.PDF, dialogs.exportSuggestion.format());
        assertTrue(dialogs.exportSuggestion.file().getFileName().toString().endsWith(".pdf"));
        exports.export(new ExportRequest(ExportFormat.ZONE, dir.resolve("records.zone"), true));
        exports.export();
        assertEquals(ExportFormat.ZONE, dialogs.exportSuggestion.format());
        assertEquals(dir, dialogs.exportSuggestion.file().getParent());
        assertTrue(dialogs.exportSuggestion.openAfter());
    }

    @Test
    void exportIntoAFolderSaysSoWithoutAStackTrace() {
        exports.export(new ExportRequest(ExportFormat.MARKDOWN, dir, true));
        assertEquals(1, dialogs.shownErrors.size());
        String error = dialogs.shownErrors.get(0);
        assertTrue(error.contains("is a folder"), error);
        assertFalse(error.contains("Exception"), error);
        assertTrue(opened.isEmpty());
        assertTrue(doc.statusProperty().get().startsWith("Export failed"));
    }

    @Test
    void changingTheFormatKeepsTheNameAndSwapsTheExtension() {
        ExportRequest r = new ExportRequest(ExportFormat.PDF, dir.resolve("contoso.pdf"), false);
        assertEquals(dir.resolve("contoso.ps1"), r.withFormat(ExportFormat.POWERSHELL).file());
    }
}
