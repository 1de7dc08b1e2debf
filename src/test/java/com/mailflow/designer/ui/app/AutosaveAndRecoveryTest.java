package com.mailflow.designer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.edit.Scenarios;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.RecoveryStore;
import com.mailflow.designer.persistence.ScenarioReader;
import com.mailflow.designer.persistence.ScenarioWriter;
import com.mailflow.designer.ui.service.AutosaveService;
import com.mailflow.designer.ui.service.DialogService;
import com.mailflow.designer.ui.service.RecentFiles;
import com.mailflow.designer.ui.service.ScriptedDialogs;
import com.mailflow.designer.ui.viewmodel.DocumentViewModel;
import com.mailflow.designer.ui.viewmodel.EditViewModel;
import com.mailflow.designer.ui.viewmodel.FileViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recovery copies while work is unsaved, and the offer at the next start; view models only, no window. */
class AutosaveAndRecoveryTest {
    private static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");
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

    private RecoveryStore store() {
        return new RecoveryStore(dir.resolve("data").resolve("recovery"));
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what);
            }
            Thread.sleep(10);
        }
    }

    @Test
    void anEditIsCopiedWithinTwoSecondsAndASaveRemovesTheCopy() throws Exception {
        RecoveryStore store = store();
        AutosaveService autosave = new AutosaveService(store, Clock.fixed(NOON, ZoneOffset.UTC));
        autosave.watch(doc);
        assertFalse(Files.exists(store.file()), "a clean document has no copy");
        long edited = System.nanoTime();
        edits.rename("gw", "Edge gateway");
        await(() -> Files.exists(store.file()), "no recovery copy 5 s after an edit");
        assertTrue(System.nanoTime() - edited < 2_000_000_000L, "the copy took more than 2 s");
        RecoveryStore.Orphan copy = RecoveryStore.read(store.file()).orElseThrow();
        assertEquals(doc.scenario(), copy.scenario());
        assertEquals(NOON, copy.savedAt());
        assertFalse(store.file().startsWith(dir.resolve("work")), "never beside the user's file");

        dialogs.saveAnswer = Files.createDirectory(dir.resolve("work")).resolve("h.mailflow.json");
        assertTrue(files.save());
        await(() -> !Files.exists(store.file()), "the copy outlived the save");
        try (var left = Files.list(dir.resolve("work"))) {
            assertEquals(1, left.count(), "only the saved file in the user's folder");
        }
    }

    @Test
    void aCleanQuitRemovesTheCopy() throws Exception {
        RecoveryStore store = store();
        AutosaveService autosave = new AutosaveService(store, Clock.systemUTC());
        autosave.watch(doc);
        edits.rename("gw", "Edge gateway");
        autosave.flush();
        assertTrue(Files.exists(store.file()));
        autosave.closeCleanly();
        assertFalse(Files.exists(store.file()));
    }

    @Test
    void undoingBackToTheSavedStateRemovesTheCopy() throws Exception {
        RecoveryStore store = store();
        new AutosaveService(store, Clock.systemUTC()).watch(doc);
        edits.rename("gw", "Edge gateway");
        await(() -> Files.exists(store.file()), "no copy");
        doc.undo();
        await(() -> !Files.exists(store.file()), "a clean document kept its copy");
    }

    /** A copy as a crashed designer leaves it: written, then its process id no longer running. */
    private Path orphan(Scenario scenario, Path original) throws Exception {
        RecoveryStore store = store();
        store.write(scenario, original, NOON);
        long dead = ProcessHandle.current().pid() + 1_000_000;
        while (ProcessHandle.of(dead).isPresent()) {
            dead++;
        }
        return Files.move(store.file(), store.file().resolveSibling("session-" + dead + "-1.mailflow-recovery.json"));
    }

    @Test
    void restoreOpensTheWorkAsUnsavedChangesToItsFile() throws Exception {
        Path file = dir.resolve("h.mailflow.json");
        ScenarioWriter.save(Scenarios.hybrid(), file);
        Scenario work = Scenarios.hybrid().withName("Work since the last save");
        Path copy = orphan(work, file);
        dialogs.recoveryAnswer = DialogService.RecoveryChoice.RESTORE;
        boolean[] ownCopyWritten = {false};
        assertTrue(new RecoveryOffer(store(), dialogs, files, doc, () -> ownCopyWritten[0] = true).offer());
        assertEquals(1, dialogs.recoveryQuestions.size());
        assertTrue(dialogs.recoveryQuestions.get(0).startsWith("h.mailflow.json | \u201cWork since the last save\u201d"),
                dialogs.recoveryQuestions.get(0));
        assertEquals(work, doc.scenario());
        assertEquals(file, doc.fileProperty().get());
        assertTrue(doc.isDirty());
        assertTrue(ownCopyWritten[0], "restored work must get this designer's copy before the old one goes");
        assertFalse(Files.exists(copy));
        doc.undo();
        assertEquals(Scenarios.hybrid(), doc.scenario());
    }

    @Test
    void saveAsWritesTheWorkAndOpensIt() throws Exception {
        Scenario work = Scenario.empty("Never saved");
        Path copy = orphan(work, null);
        dialogs.recoveryAnswer = DialogService.RecoveryChoice.SAVE_AS;
        dialogs.saveAnswer = dir.resolve("rescued.mailflow.json");
        assertTrue(new RecoveryOffer(store(), dialogs, files, doc, () -> { }).offer());
        assertEquals(work, ScenarioReader.read(dialogs.saveAnswer));
        assertEquals(work, doc.scenario());
        assertFalse(doc.isDirty());
        assertFalse(Files.exists(copy));
    }

    @Test
    void discardDeletesAndLaterKeeps() throws Exception {
        Path copy = orphan(Scenario.empty("x"), null);
        dialogs.recoveryAnswer = DialogService.RecoveryChoice.LATER;
        assertFalse(new RecoveryOffer(store(), dialogs, files, doc, () -> { }).offer());
        assertTrue(Files.exists(copy));
        dialogs.recoveryAnswer = DialogService.RecoveryChoice.DISCARD;
        assertFalse(new RecoveryOffer(store(), dialogs, files, doc, () -> { }).offer());
        assertFalse(Files.exists(copy));
    }

    @Test
    void aRunningDesignersCopyIsNotAnOrphan() throws Exception {
        RecoveryStore store = store();
        store.write(Scenario.empty("mine"), null, NOON);
        assertTrue(store.orphans().isEmpty());
    }

    @Test
    void aSaveMarksCleanOnlyWhatItWrote() throws Exception {
        Path file = dir.resolve("s.mailflow.json");
        Scenario written = doc.scenario();
        edits.rename("gw", "Changed while saving");
        doc.markSaved(file, written);
        assertTrue(doc.isDirty(), "an edit made during the save must stay unsaved");
    }

    @Test
    void theLastFileIsOfferedForReopeningWhileItExists() throws Exception {
        Path file = dir.resolve("last.mailflow.json");
        ScenarioWriter.save(Scenarios.hybrid(), file);
        assertTrue(files.load(file));
        assertEquals(file.toAbsolutePath().normalize(), files.lastFile().orElseThrow());
        Files.delete(file);
        assertTrue(files.lastFile().isEmpty());
    }
}
