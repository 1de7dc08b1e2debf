package com.mailflow.designer.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.edit.Scenarios;
import com.mailflow.designer.edit.Selection;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.LinkRules;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.ui.service.CurrentThreadTaskExecutor;
import com.mailflow.designer.ui.service.DialogService;
import com.mailflow.designer.ui.service.RecentFiles;
import com.mailflow.designer.ui.service.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view models without a window: they only need JavaFX properties, not the toolkit. */
class ViewModelTest {
    private final Preferences prefs = Preferences.userRoot().node("mailflow-test-" + UUID.randomUUID());
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final DocumentViewModel doc = new DocumentViewModel(Scenarios.hybrid());
    private final EditViewModel edits = new EditViewModel(doc);
    private final FileViewModel files = new FileViewModel(doc, dialogs, new RecentFiles(prefs));
    @TempDir
    Path dir;

    @AfterEach
    void dropPrefs() throws Exception {
        prefs.removeNode();
    }

    @Test
    void secondInternetIsRefusedWithTheReason() {
        assertTrue(edits.addNode(NodeKind.INTERNET, new Position(0, 0)).isEmpty());
        assertTrue(doc.statusProperty().get().contains("only one Internet"), doc.statusProperty().get());
        assertFalse(doc.canUndoProperty().get());
    }

    @Test
    void addedNodeIsSelectedAndSnapped() {
        String id = edits.addNode(NodeKind.DEVICE, new Position(13, 27)).orElseThrow();
        assertEquals(Selection.ofNode(id), doc.selection());
        assertEquals(new Position(20, 20), doc.scenario().position(id).orElseThrow());
    }

    @Test
    void aLinkDrawnFromTheCloudToAMailboxServerCarriesItsDomainsAndSaysWhatUnscopedWouldMean() {
        assertTrue(edits.connect("exo", "exch"));
        Link drawn = doc.scenario().links().get(doc.scenario().links().size() - 1);
        assertEquals(List.of("contoso.com"), drawn.domains());
        assertTrue(LinkRules.scopeMeaning(doc.scenario(), drawn).contains("Internet-bound mail never takes it"));
        Link unscoped = doc.scenario().links().stream().filter(l -> l.joins("exo", "gw")).findFirst().orElseThrow();
        assertTrue(unscoped.carriesAll(), "the gateway hosts no mailboxes: the link starts unscoped");
        assertTrue(LinkRules.scopeMeaning(doc.scenario(), unscoped).contains("centralized transport"));
        assertTrue(edits.connect("exch", "exo"));
        assertTrue(doc.scenario().links().get(doc.scenario().links().size() - 1).carriesAll(),
                "only links from the cloud service are scoped for the user");
    }

    @Test
    void forbiddenLinkIsRefused() {
        assertFalse(edits.connect("gw", "exch"));
        assertTrue(doc.statusProperty().get().contains("already a link"));
    }

    @Test
    void deleteClearsSelectionAndTitleShowsUnsaved() {
        doc.select(Selection.ofNode("gw"));
        edits.deleteSelection();
        assertTrue(doc.selection().isEmpty());
        assertTrue(doc.titleProperty().get().startsWith("\u2022 "));
    }

    @Test
    void saveThenOpenGivesTheSameScenario() {
        dialogs.saveAnswer = dir.resolve("hybrid.mailflow.json");
        edits.rename("gw", "Edge gateway");
        assertTrue(files.save());
        assertFalse(doc.isDirty());
        Scenario saved = doc.scenario();
        doc.replace(Scenario.empty("other"), null);
        assertTrue(files.load(dialogs.saveAnswer));
        assertEquals(saved, doc.scenario());
        assertEquals(dialogs.saveAnswer.toAbsolutePath().normalize(), files.recentFiles().get(0));
    }

    @Test
    void brokenFileShowsItsProblemsAndKeepsTheDocument() throws Exception {
        Path broken = dir.resolve("broken.mailflow.json");
        Files.writeString(broken, "{\"format\": \"mailflow-scenario\", \"version\": 1, \"nodes\": 3}");
        Scenario before = doc.scenario();
        dialogs.openAnswer = broken;
        files.open();
        assertFalse(dialogs.shownProblems.isEmpty());
        assertSame(before, doc.scenario());
    }

    @Test
    void aFileWithAMalformedAnnotationOpensAndSaysWhichPartWasNotUsed() throws Exception {
        Path file = dir.resolve("notes.mailflow.json");
        Files.writeString(file, com.mailflow.designer.persistence.ScenarioWriter.toJson(Scenarios.hybrid())
                .replaceFirst("\\{", "{\"annotations\": [{\"id\": \"n1\", \"text\": [\"Site A\"]}],"));
        assertTrue(files.load(file));
        assertEquals(Scenarios.hybrid().nodes(), doc.scenario().nodes(), "the rest of the file is open");
        assertEquals(List.of("annotations[0].text: must be a string; this text is skipped"),
                dialogs.shownWarnings.stream().map(Object::toString).toList());
        assertEquals("Opened notes.mailflow.json; 1 part of it was not used", doc.statusProperty().get());
        var text = com.mailflow.designer.ui.service.LoadProblemsText.warnings(file, dialogs.shownWarnings);
        assertEquals("notes.mailflow.json opened, but 1 part of it was not used", text.headline());
        assertEquals("Annotations[0].text: must be a string; this text is skipped. The rest of the file opened as usual.",
                text.sentence());
        assertTrue(dialogs.shownProblems.isEmpty());
    }

    @Test
    void unsavedChangesCanCancelNew() {
        edits.rename("gw", "Edge");
        dialogs.unsavedAnswer = DialogService.UnsavedChoice.CANCEL;
        dialogs.templateAnswer = DialogService.EMPTY;
        files.newDocument();
        assertEquals("Edge", doc.scenario().node("gw").orElseThrow().name());
        dialogs.unsavedAnswer = DialogService.UnsavedChoice.DISCARD;
        files.newDocument();
        assertTrue(doc.scenario().nodes().isEmpty());
        assertEquals(2, dialogs.unsavedQuestions);
    }

    @Test
    void analysisKeepsOnlyTheLatestResult() {
        AnalysisViewModel analysis = new AnalysisViewModel(doc, new CurrentThreadTaskExecutor());
        edits.rename("gw", "Edge");
        assertEquals(doc.scenario().name(), analysis.reportProperty().get().scenario());
        assertFalse(analysis.reportProperty().get().flows().isEmpty());
    }

    @Test
    void copyPasteSelectsThePastedNodes() {
        doc.select(Selection.ofNodes(java.util.Set.of("gw", "exch")));
        edits.copy();
        edits.paste();
        assertEquals(java.util.Set.of("gw-2", "exch-2"), doc.selection().nodes());
        doc.undo();
        assertEquals(4, doc.scenario().nodes().size());
    }
}
