package com.mailflow.designer.ui.service;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work off the UI thread and hands the result back on it; tests substitute a synchronous one. */
public interface TaskExecutor {
    /** Runs every task submitted, in order (exports: none may be lost). */
    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * For work whose newest request makes older ones pointless (the analysis): a task still
     * waiting when a newer one arrives is dropped, so bursts of edits coalesce.
     */
    default <T> void submitLatest(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(work, onSuccess, onFailure);
    }

    /** Stops the worker threads (the window closed). */
    default void shutdown() {
    }
}
