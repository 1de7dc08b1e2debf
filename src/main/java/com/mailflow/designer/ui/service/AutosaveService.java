package com.mailflow.designer.ui.service;

import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.RecoveryStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps a recovery copy of the open document while it has unsaved changes: written at most
 * {@link #DELAY_MS} after an edit, by one background thread, so a drag never waits for a disk.
 * On the UI thread an edit only stores a reference to the (immutable) scenario and, if no write
 * is due yet, schedules one; the write serialises whatever is newest by then. A saved, replaced
 * with a clean one, or deliberately closed document has its copy removed.
 */
public final class AutosaveService {
    /**
     * The copy trails the newest edit by at most this, plus the time the write itself takes
     * (kill tests shorten it with -Dmailflow.autosaveDelayMs).
     */
    static final long DELAY_MS = Long.getLong("mailflow.autosaveDelayMs", 1_000);

    private record Pending(Scenario scenario, Path original) {
    }

    private final RecoveryStore store;
    private final Clock clock;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mailflow-autosave");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    /** The newest unsaved state, or null when there is nothing to keep. */
    private final AtomicReference<Pending> pending = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile IOException lastFailure;
    /** A copy may be on disk (set by the writer, cleared when removed). */
    private volatile boolean copyWritten;

    public AutosaveService(RecoveryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Follows {@code document} from now on. */
    public void watch(AutosavedDocument document) {
        document.dirtyProperty().addListener((o, a, b) -> changed(document));
        document.scenarioProperty().addListener((o, a, b) -> changed(document));
        document.fileProperty().addListener((o, a, b) -> changed(document));
        changed(document);
    }

    private void changed(AutosavedDocument document) {
        if (document.isDirty()) {
            pending.set(new Pending(document.scenario(), document.fileProperty().getValue()));
            if (scheduled.compareAndSet(false, true)) {
                writer.schedule(this::writeNewest, DELAY_MS, TimeUnit.MILLISECONDS);
            }
        } else if (pending.getAndSet(null) != null || copyWritten) {
            writer.execute(this::clearIfClean);
        }
    }

    private void writeNewest() {
        scheduled.set(false);
        Pending p = pending.get();
        if (p == null) {
            return;
        }
        try {
            store.write(p.scenario(), p.original(), clock.instant());
            copyWritten = true;
            lastFailure = null;
        } catch (IOException | RuntimeException e) {
            // The designer goes on; the next edit tries again. Nothing is shown for a copy nobody asked for.
            lastFailure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    private void clearIfClean() {
        if (pending.get() == null) {
            try {
                store.clear();
                copyWritten = false;
            } catch (IOException e) {
                lastFailure = e;
            }
        }
    }

    /** The last write that failed, if the newest one did too (for the status line and tests). */
    public IOException lastFailure() {
        return lastFailure;
    }

    /** Writes what is pending now and waits for it (tests, and a document about to be replaced). */
    public void flush() {
        try {
            writer.submit(this::writeNewest).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // A slow or failing disk: the scheduled writes go on trying; lastFailure() says why.
        }
    }

    /**
     * A clean quit: the user saved or chose to discard, so the copy goes; waits briefly for the
     * writer so no copy is written after it was removed.
     */
    public void closeCleanly() {
        pending.set(null);
        writer.execute(this::clearIfClean);
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
