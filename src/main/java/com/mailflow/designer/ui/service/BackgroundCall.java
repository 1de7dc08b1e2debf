package com.mailflow.designer.ui.service;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;

/**
 * Runs file work (open, save) on a worker while the window keeps painting and answering, and
 * returns its result to the caller as if it had been a plain call: the UI thread waits in a
 * nested event loop. Where no nested loop may start (an animation, a layout pass, a non-UI
 * thread) the work runs directly.
 */
public final class BackgroundCall {
    private BackgroundCall() {
    }

    private record Outcome<T>(T value, Throwable failure) {
    }

    public static <T> T run(TaskExecutor executor, Callable<T> work) throws Exception {
        if (!Platform.isFxApplicationThread() || !Platform.canStartNestedEventLoop()) {
            return work.call();
        }
        Object key = new Object();
        AtomicReference<Outcome<T>> outcome = new AtomicReference<>();
        boolean[] waiting = {false};
        executor.submit(work, value -> finish(outcome, new Outcome<>(value, null), key, waiting),
                failure -> finish(outcome, new Outcome<>(null, failure), key, waiting));
        if (outcome.get() == null) {
            waiting[0] = true;
            Platform.enterNestedEventLoop(key);
        }
        Outcome<T> done = outcome.get();
        if (done.failure() instanceof Exception e) {
            throw e;
        }
        if (done.failure() instanceof Error e) {
            throw e;
        }
        return done.value();
    }

    private static <T> void finish(AtomicReference<Outcome<T>> outcome, Outcome<T> value, Object key, boolean[] waiting) {
        outcome.set(value);
        if (waiting[0]) {
            Platform.exitNestedEventLoop(key, null);
        }
    }
}
