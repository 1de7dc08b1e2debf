package com.mailflow.designer.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work off the UI thread and hands the result back on it; tests substitute a synchronous one. */
public interface TaskExecutor {
    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Stops the worker threads (the window closed). */
    default void shutdown() {
    }
}
