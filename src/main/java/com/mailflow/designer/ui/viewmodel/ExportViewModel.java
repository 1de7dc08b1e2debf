package com.mailflow.designer.ui.viewmodel;

import com.mailflow.designer.export.ExportFormat;
import com.mailflow.designer.export.ExportOptions;
import com.mailflow.designer.export.Exports;
import com.mailflow.designer.export.StagedExport;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.AtomicFiles;
import com.mailflow.designer.ui.service.DialogService;
import com.mailflow.designer.ui.service.DocumentOpener;
import com.mailflow.designer.ui.service.ExportRequest;
import com.mailflow.designer.ui.service.FileNames;
import com.mailflow.designer.ui.service.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * File > Export: asks for format, file and "open after export", then analyses and writes the
 * scenario as it is now, off the UI thread, and reports in the status line. The last choice is
 * offered again next time.
 */
public final class ExportViewModel {
    private final DocumentViewModel document;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final DocumentOpener opener;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private ExportRequest last;

    public ExportViewModel(DocumentViewModel document, DialogService dialogs, TaskExecutor executor,
                           DocumentOpener opener) {
        this.document = document;
        this.dialogs = dialogs;
        this.executor = executor;
        this.opener = opener;
    }

    /** True while an export is being written: the menu item waits for it. */
    public BooleanProperty runningProperty() {
        return running;
    }

    /**
     * Closing the window waits here for a running export to finish writing (its file is then
     * whole, or was never created), the window still painting; tests' exports finish at once.
     */
    public void awaitIdle() {
        if (!running.get() || !javafx.application.Platform.canStartNestedEventLoop()) {
            return;
        }
        document.setStatus("Waiting for the export to finish\u2026");
        Object key = new Object();
        javafx.beans.value.ChangeListener<Boolean> done = (o, was, now) -> {
            if (!now) {
                javafx.application.Platform.exitNestedEventLoop(key, null);
            }
        };
        running.addListener(done);
        javafx.application.Platform.enterNestedEventLoop(key);
        running.removeListener(done);
    }

    public void export() {
        dialogs.chooseExport(suggestion()).ifPresent(this::export);
    }

    /** Writes {@code request} for the current scenario; the report is made for exactly that scenario. */
    public void export(ExportRequest request) {
        last = request;
        Scenario scenario = document.scenario();
        Path file = request.file();
        Path open = document.fileProperty().get();
        if (open != null && AtomicFiles.sameFile(open, file)) {
            dialogs.showError("Could not export", file + " is the scenario file itself: exporting over it would"
                    + " destroy the drawing. Choose another file name.");
            return;
        }
        String what = request.format().displayName();
        running.set(true);
        document.setStatus("Exporting " + what + " to " + file.getFileName() + "\u2026");
        executor.submit(() -> {
            // A staged file exports its last stage, with every stage and the plan in the handouts.
            StagedExport staged = StagedExport.of(scenario, scenario.lastStageId(), null);
            Exports.write(request.format(), scenario.inStage(scenario.lastStageId()), staged.report(), file,
                    ExportOptions.defaults().withStaged(staged));
            return file;
        }, written -> {
            running.set(false);
            document.setStatus("Exported " + what + " to " + written);
            if (request.openAfter()) {
                opener.open(written);
            }
        }, failure -> {
            running.set(false);
            document.setStatus("Export failed: " + file.getFileName());
            dialogs.showError("Could not export", reason(file, failure));
        });
    }

    private ExportRequest suggestion() {
        ExportFormat format = last == null ? ExportFormat.PDF : last.format();
        Path folder = last != null ? last.file().toAbsolutePath().getParent()
                : document.fileProperty().get() != null ? document.fileProperty().get().toAbsolutePath().getParent()
                : Path.of(System.getProperty("user.home"));
        String name = FileNames.exportStem(document.fileProperty().get(), document.scenario().name()) + "."
                + format.extension();
        return new ExportRequest(format, folder.resolve(name), last != null && last.openAfter());
    }

    /** One readable sentence, never a stack trace. */
    static String reason(Path file, Throwable failure) {
        if (Files.isDirectory(file)) {
            return file + " is a folder: choose a file name to export to.";
        }
        if (failure instanceof IOException) {
            String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            return "Could not write " + file + ": " + detail;
        }
        return "The export of " + file.getFileName() + " failed: "
                + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
    }
}
