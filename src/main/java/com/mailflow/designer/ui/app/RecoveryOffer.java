package com.mailflow.designer.ui.app;

import com.mailflow.designer.edit.Command;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.RecoveryStore;
import com.mailflow.designer.persistence.RecoveryStore.Orphan;
import com.mailflow.designer.persistence.ScenarioFormatException;
import com.mailflow.designer.persistence.ScenarioReader;
import com.mailflow.designer.ui.service.DialogService;
import com.mailflow.designer.ui.service.FileNames;
import com.mailflow.designer.ui.viewmodel.DocumentViewModel;
import com.mailflow.designer.ui.viewmodel.FileViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * At start-up: recovery copies left by a designer that crashed are offered back, newest first
 * ("Recover unsaved work"). Restore opens the work as unsaved changes to its file (Undo goes
 * back to the file as saved); Save As writes it to a file and opens that; Discard deletes the
 * copy; closing the dialog keeps it for the next start.
 */
public final class RecoveryOffer {
    private final RecoveryStore store;
    private final DialogService dialogs;
    private final FileViewModel files;
    private final DocumentViewModel document;
    private final Runnable writeOwnCopy;

    /** {@code writeOwnCopy} writes this designer's recovery copy now: restored work is never without one. */
    public RecoveryOffer(RecoveryStore store, DialogService dialogs, FileViewModel files, DocumentViewModel document,
                         Runnable writeOwnCopy) {
        this.store = store;
        this.dialogs = dialogs;
        this.files = files;
        this.document = document;
        this.writeOwnCopy = writeOwnCopy;
    }

    /** True when a copy was restored or saved and opened: the start-up file is then not opened. */
    public boolean offer() {
        for (Orphan orphan : store.orphans()) {
            String name = orphan.original() != null ? orphan.original().getFileName().toString()
                    : orphan.scenario().name();
            switch (dialogs.askRecovery(name, orphan.savedAt(), summary(orphan.scenario()))) {
                case RESTORE -> {
                    restore(orphan);
                    return true;
                }
                case SAVE_AS -> {
                    if (saveAs(orphan)) {
                        return true;
                    }
                }
                case DISCARD -> delete(orphan.copy());
                case LATER -> {
                    // Kept: offered again at the next start.
                }
            }
        }
        return false;
    }

    static String summary(Scenario s) {
        return "\u201c" + s.name() + "\u201d with " + count(s.nodes().size(), "box", "boxes") + ", "
                + count(s.links().size(), "link", "links") + " and " + count(s.domains().size(), "domain", "domains");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private void restore(Orphan orphan) {
        Path original = orphan.original();
        Scenario onDisk = original == null ? null : readQuietly(original).orElse(null);
        Scenario recovered = orphan.scenario();
        document.replace(onDisk != null ? onDisk : Scenario.empty(recovered.name()), onDisk != null ? original : null);
        document.execute(Command.of("Recover unsaved work", before -> recovered));
        document.setStatus("Recovered unsaved work from " + orphan.savedAt());
        writeOwnCopy.run();
        delete(orphan.copy());
    }

    private boolean saveAs(Orphan orphan) {
        Optional<Path> target = dialogs.chooseFileToSave(FileNames.slug(orphan.scenario().name()) + ".mailflow.json");
        if (target.isEmpty()) {
            return false;
        }
        try {
            com.mailflow.designer.persistence.ScenarioWriter.save(orphan.scenario(), target.get());
        } catch (IOException e) {
            dialogs.showError("Could not save", target.get() + ": " + e.getMessage());
            return false;
        }
        delete(orphan.copy());
        return files.load(target.get());
    }

    private static Optional<Scenario> readQuietly(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(ScenarioReader.read(file)) : Optional.empty();
        } catch (ScenarioFormatException e) {
            return Optional.empty();
        }
    }

    private static void delete(Path copy) {
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            // Offered again next time; nothing is lost.
        }
    }
}
